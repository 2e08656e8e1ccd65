//! Running basket and page tasks on every core.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::Result;

/// Runs `work` on every task, on up to as many threads as the machine has
/// cores, each thread with its own `S` to reuse, and returns the results in
/// task order; the first error wins.
pub(super) fn run_parallel<T: Sync, R: Send, S: Default>(
    tasks: &[T],
    work: impl Fn(&T, &mut S) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(tasks.len());
    if threads <= 1 {
        let mut state = S::default();
        return tasks.iter().map(|t| work(t, &mut state)).collect();
    }
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<Result<R>>>> =
        Mutex::new(std::iter::repeat_with(|| None).take(tasks.len()).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut state = S::default();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(task) = tasks.get(i) else { break };
                    let result = work(task, &mut state);
                    let failed = result.is_err();
                    slots.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(result);
                    if failed {
                        // Stop handing out work; the others finish their task.
                        next.store(tasks.len(), Ordering::Relaxed);
                        break;
                    }
                }
            });
        }
    });
    let slots = slots.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut out = Vec::with_capacity(tasks.len());
    for slot in slots {
        match slot {
            Some(Ok(r)) => out.push(r),
            Some(Err(e)) => return Err(e),
            None => {}
        }
    }
    // Tasks skipped after an error only happen when an error is in `slots`.
    Ok(out)
}
