//! Stopping on Ctrl-C (SIGINT) or SIGTERM: the signal only sets a flag,
//! and long loops (training batches, events of a window, methods) check it
//! and return [`Error::Interrupted`]. The error unwinds like any other, so
//! staged outputs are discarded and the previous ones kept.
//!
//! The library never installs a handler by itself: the command line does
//! ([`install_handler`]); a program may call [`request`] from its own.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Error, Result};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Asks running work to stop at its next check.
pub fn request() {
    REQUESTED.store(true, Ordering::SeqCst);
}

/// Whether a stop was asked for.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}

/// `Err(Interrupted)` naming `at` (e.g. `epoch 3, batch 120`) when a stop
/// was asked for.
pub fn check(at: impl FnOnce() -> String) -> Result<()> {
    if requested() {
        Err(Error::Interrupted(at()))
    } else {
        Ok(())
    }
}

/// Installs the handler for SIGINT and SIGTERM: the first signal asks for a
/// stop; a second one ends the process at once with status 130 (what it
/// had staged is removed by the next run writing beside it).
pub fn install_handler() -> Result<()> {
    ctrlc::set_handler(|| {
        if REQUESTED.swap(true, Ordering::SeqCst) {
            eprintln!("tmva-burn: second interrupt, stopping now");
            std::process::exit(130);
        }
        eprintln!("tmva-burn: interrupt received, stopping at the next batch");
    })
    .map_err(|e| Error::Backend(format!("cannot install the interrupt handler: {e}")))
}
