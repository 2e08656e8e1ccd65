//! A second thread for the host training step: [`Pair::join`] runs one
//! closure there while the caller runs the other.
//!
//! Why not rayon's `join`: its idle workers sleep on a futex, and waking one
//! on a virtual machine took about 50 us, as long as half of one of W4's
//! products; a product that followed 200 us of other work gained a third
//! instead of half. The helper here keeps spinning for a while after each
//! job (the training step posts one every few hundred microseconds), as
//! OpenMP's workers do, and parks when no job has come for [`SPIN`].

use std::cell::UnsafeCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long the helper spins for the next job before it parks.
const SPIN: Duration = Duration::from_millis(2);

const IDLE: u8 = 0;
const POSTED: u8 = 1;
const DONE: u8 = 2;
const EXIT: u8 = 3;

/// The job the caller posts: a closure living on the caller's stack, its
/// lifetime erased (see [`Pair::join`] for why that is sound).
type Job = *mut (dyn FnMut() + Send);

struct Shared {
    state: AtomicU8,
    parked: AtomicBool,
    panicked: AtomicBool,
    job: UnsafeCell<Option<Job>>,
}

// SAFETY: `job` is written by the caller only while the state is IDLE and
// read by the helper only after it saw POSTED (release/acquire on `state`),
// so the two never touch it at once.
unsafe impl Sync for Shared {}
unsafe impl Send for Shared {}

/// The caller's thread and one helper thread.
pub(super) struct Pair {
    shared: Arc<Shared>,
    helper: Option<JoinHandle<()>>,
}

impl Pair {
    /// Starts the helper thread; `None` if the system refuses a thread.
    pub(super) fn new() -> Option<Self> {
        let shared = Arc::new(Shared {
            state: AtomicU8::new(IDLE),
            parked: AtomicBool::new(false),
            panicked: AtomicBool::new(false),
            job: UnsafeCell::new(None),
        });
        let theirs = Arc::clone(&shared);
        let helper = std::thread::Builder::new()
            .name("tmva-burn-train".into())
            .spawn(move || helper_loop(&theirs))
            .ok()?;
        Some(Self {
            shared,
            helper: Some(helper),
        })
    }

    /// Runs `here` on the calling thread and `there` on the helper, and
    /// returns when both have finished.
    pub(super) fn join(&self, here: impl FnOnce(), there: impl FnOnce() + Send) {
        let mut there = Some(there);
        let mut call = move || {
            if let Some(f) = there.take() {
                f()
            }
        };
        let job: &mut (dyn FnMut() + Send) = &mut call;
        // SAFETY: only the lifetime is erased. The helper calls the job
        // before it sets DONE, and this function does not return, nor
        // unwind past `wait` (a drop guard), before it has seen DONE; so
        // the closure and everything it borrows outlive every use.
        let job: Job = unsafe { std::mem::transmute::<&mut (dyn FnMut() + Send), Job>(job) };
        // SAFETY: the state is IDLE (every join waits for DONE and resets
        // it), so the helper does not read the slot now.
        unsafe { *self.shared.job.get() = Some(job) };
        self.shared.state.store(POSTED, Ordering::SeqCst);
        if self.shared.parked.load(Ordering::SeqCst)
            && let Some(helper) = &self.helper
        {
            helper.thread().unpark();
        }
        let wait = WaitForHelper(&self.shared);
        here();
        drop(wait);
        if self.shared.panicked.load(Ordering::Acquire) {
            panic!("the training step's helper thread panicked");
        }
    }
}

/// Waits for the helper's DONE when dropped, also while unwinding.
struct WaitForHelper<'a>(&'a Shared);

impl Drop for WaitForHelper<'_> {
    fn drop(&mut self) {
        let mut spins = 0u32;
        while self.0.state.load(Ordering::Acquire) != DONE {
            spins = spins.wrapping_add(1);
            if spins.is_multiple_of(1024) {
                std::thread::yield_now();
            } else {
                std::hint::spin_loop();
            }
        }
        self.0.state.store(IDLE, Ordering::Release);
    }
}

impl Drop for Pair {
    fn drop(&mut self) {
        self.shared.state.store(EXIT, Ordering::SeqCst);
        if let Some(helper) = self.helper.take() {
            helper.thread().unpark();
            let _ = helper.join();
        }
    }
}

fn helper_loop(shared: &Shared) {
    let mut idle_since = Instant::now();
    let mut spins = 0u32;
    loop {
        match shared.state.load(Ordering::Acquire) {
            POSTED => {
                // SAFETY: POSTED was stored after the slot was written
                // (acquire above), and the caller waits for DONE.
                let job = unsafe { (*shared.job.get()).take() };
                if let Some(job) = job {
                    // SAFETY: see `Pair::join`: the closure is alive until DONE.
                    let run = std::panic::AssertUnwindSafe(|| unsafe { (*job)() });
                    if std::panic::catch_unwind(run).is_err() {
                        shared.panicked.store(true, Ordering::Release);
                    }
                }
                shared.state.store(DONE, Ordering::Release);
                idle_since = Instant::now();
            }
            EXIT => return,
            _ => {
                spins = spins.wrapping_add(1);
                if !spins.is_multiple_of(256) {
                    std::hint::spin_loop();
                } else if idle_since.elapsed() > SPIN {
                    shared.parked.store(true, Ordering::SeqCst);
                    // A job posted before `parked` was seen is picked up
                    // here; one posted after finds `parked` and unparks.
                    if !matches!(shared.state.load(Ordering::SeqCst), POSTED | EXIT) {
                        std::thread::park();
                    }
                    shared.parked.store(false, Ordering::SeqCst);
                    idle_since = Instant::now();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_closures_run_and_borrow_the_callers_data() {
        let pair = Pair::new().expect("a thread");
        let mut left = vec![0u64; 1000];
        let mut right = vec![0u64; 1000];
        for round in 0..200u64 {
            pair.join(
                || left.iter_mut().for_each(|v| *v += round),
                || right.iter_mut().for_each(|v| *v += 2 * round),
            );
            if round == 100 {
                // Long enough for the helper to park: the next job wakes it.
                std::thread::sleep(SPIN * 3);
            }
        }
        let sum: u64 = (0..200).sum();
        assert!(left.iter().all(|&v| v == sum));
        assert!(right.iter().all(|&v| v == 2 * sum));
    }

    #[test]
    fn a_panic_on_the_helper_reaches_the_caller() {
        let pair = Pair::new().expect("a thread");
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            pair.join(|| {}, || panic!("job"));
        }));
        assert!(result.is_err());
    }
}
