//! Calls into the vendored `oxyroot`: a guard that turns its panics into
//! errors naming the file, and its errors (debug dumps) described in words.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::Once;

use crate::error::{Error, Result};

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}
static QUIET_HOOK: Once = Once::new();

/// Runs `f` (which calls into `oxyroot`), turning a panic into a format error
/// about `path` that says what was being done (`doing`) and what went wrong
/// in words (`on_panic`); the panic message itself is internal.
pub(super) fn guard<T>(
    path: &Path,
    doing: &str,
    on_panic: &str,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    QUIET_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let outcome = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    match outcome {
        Ok(result) => result,
        Err(_) => Err(Error::Format {
            path: path.to_path_buf(),
            message: format!("{doing}: {on_panic}"),
        }),
    }
}

/// `oxyroot`'s errors print as debug dumps; this says them in words.
pub(super) fn describe_oxyroot_error(e: &dyn std::fmt::Display) -> String {
    let text = e.to_string();
    let text = text.strip_prefix("IO/Root Error: ").unwrap_or(&text);
    // The value of `name: value` in a debug dump.
    let field = |name: &str| {
        text.split(&format!("{name}: "))
            .nth(1)
            .and_then(|r| r.split([',', ' ', '}']).next())
            .unwrap_or("?")
            .trim_matches('"')
            .to_string()
    };
    // The message inside a debug dump: an `error: "..."` field, the first
    // quoted text, or what the innermost parentheses hold.
    let inner = || {
        let quoted = |t: &str| t.split('"').nth(1).map(str::to_string);
        text.split("error: ")
            .nth(1)
            .and_then(quoted)
            .or_else(|| quoted(text))
            .unwrap_or_else(|| {
                text.rsplit('(')
                    .next()
                    .unwrap_or_default()
                    .trim_end_matches(')')
                    .to_string()
            })
    };
    if text.contains("UnexpectedEof") || text.contains("failed to fill whole buffer") {
        "the file ends early; is it truncated?".to_string()
    } else if text.contains("VersionTooHigh") {
        format!(
            "it holds a `{}` of class version {}, newer than this reader knows (up to {}); \
             is the file damaged?",
            field("class"),
            field("version_read"),
            field("max_expected")
        )
    } else if text.contains("InvalidPointerToStreamerInfo") {
        format!(
            "its streamer information is said to be at byte {}, outside the file ({} bytes); \
             is it truncated?",
            field("seek"),
            field("max_allowed")
        )
    } else if text.contains("RCompress") {
        format!("a compressed record is damaged ({})", inner())
    } else if text.contains("EnumNamedFromInteger") || text.contains("FromInteger") {
        format!(
            "its streamer information is damaged (unknown type code {})",
            inner()
        )
    } else if text.contains("ClassNameNotRegisteredInFactory") {
        format!(
            "it holds an object of class `{}`, which this reader does not know; is the file damaged?",
            inner()
        )
    } else if text.contains("tag == 1") {
        "the tree's record is damaged (it refers to itself)".to_string()
    } else {
        let detail = inner();
        format!(
            "the file's metadata is damaged ({})",
            detail.strip_prefix("rbytes: ").unwrap_or(&detail)
        )
    }
}
