//! One error type for the whole crate: every message names the thing at fault
//! (layer, option, value, file, epoch) and what was expected.

use std::path::PathBuf;

/// Errors returned by tmva-burn.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A layer was configured with a parameter outside its valid range.
    #[error("layer {index} ({layer}): {message}")]
    InvalidLayer {
        /// Position of the layer in its Sequential (0-based).
        index: usize,
        /// PyTorch name of the layer type, e.g. `Linear`.
        layer: String,
        /// What is wrong and what was expected.
        message: String,
    },
    /// Tensor shapes do not fit together (data width vs model inputs, targets vs outputs).
    #[error("shape mismatch in {context}: expected {expected}, got {actual}")]
    Shape {
        /// Where the mismatch happened.
        context: String,
        /// What was expected.
        expected: String,
        /// What was found.
        actual: String,
    },
    /// An option or configuration value is out of range or malformed.
    #[error("invalid value for option {option}: {message}")]
    InvalidOption {
        /// The option name, as the user wrote it (TMVA spelling where there is one).
        option: String,
        /// What is wrong and what was expected.
        message: String,
    },
    /// An expression (variable, weight or cut) does not parse or cannot be evaluated.
    #[error("expression: {0}")]
    Expression(String),
    /// Input data is empty or unusable.
    #[error("invalid data: {0}")]
    Data(String),
    /// The training loss became NaN or infinite.
    #[error("training diverged: {which} loss is {value} in epoch {epoch} (batch {batch})")]
    NonFiniteLoss {
        /// `training` or `validation`.
        which: &'static str,
        /// 1-based epoch.
        epoch: usize,
        /// 0-based batch within the epoch (0 for validation).
        batch: usize,
        /// The offending value.
        value: f32,
    },
    /// A custom layer name is not in the registry.
    #[error("unknown custom layer `{name}`; registered: {registered}")]
    UnknownLayer {
        /// The name that was asked for.
        name: String,
        /// The names the registry knows, comma separated.
        registered: String,
    },
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file at fault.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A file could be read but its contents are not what was expected.
    #[error("{path}: {message}")]
    Format {
        /// The file at fault.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A Burn tensor operation failed (device errors, data conversion).
    #[error("tensor backend: {0}")]
    Backend(String),
    /// Stopped on request (Ctrl-C, SIGTERM or `interrupt::request`).
    #[error("interrupted at {0}")]
    Interrupted(String),
    /// A user-supplied callback (custom train or predict function) failed.
    #[error("{0}")]
    User(String),
}

/// Result alias used throughout the crate.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An invalid option or setting, named.
    pub fn option(option: impl Into<String>, message: impl Into<String>) -> Self {
        Error::InvalidOption {
            option: option.into(),
            message: message.into(),
        }
    }

    pub(crate) fn layer(index: usize, layer: &str, message: impl Into<String>) -> Self {
        Error::InvalidLayer {
            index,
            layer: layer.to_string(),
            message: message.into(),
        }
    }

    pub(crate) fn shape(
        context: impl Into<String>,
        expected: impl ToString,
        actual: impl ToString,
    ) -> Self {
        Error::Shape {
            context: context.into(),
            expected: expected.to_string(),
            actual: actual.to_string(),
        }
    }

    /// A failed read or write of `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
