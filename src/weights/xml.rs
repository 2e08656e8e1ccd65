//! Reading and writing the pieces of TMVA's XML: numbers as TMVA prints
//! them, escaped attributes, and attribute and text lookups whose errors
//! name the file, the element and the attribute.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use roxmltree::Node;

use crate::error::Error;

/// `Tools::AddAttr`'s `std::scientific` with precision 16
/// (`-1.2345678901234567e+00`): every `f64` reads back exactly.
pub fn sci(value: f64) -> String {
    if !value.is_finite() {
        return if value.is_nan() {
            "nan".into()
        } else if value > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let text = format!("{value:.16e}");
    let (mantissa, exponent) = text.split_once('e').expect("`e` in scientific notation");
    let exponent: i32 = exponent.parse().expect("an integer exponent");
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exponent.abs())
}

/// `numbers` separated by spaces, each as [`sci`], with a trailing space as
/// TMVA writes matrix and histogram text.
pub fn sci_list(numbers: impl IntoIterator<Item = f64>) -> String {
    numbers.into_iter().map(|v| sci(v) + " ").collect()
}

pub use crate::util::escape_xml as escape;

/// Lookups in one weight file; errors are [`Error::Format`] naming it.
#[derive(Clone, Copy)]
pub struct Doc<'p> {
    path: &'p Path,
}

impl<'p> Doc<'p> {
    /// Lookups in the file at `path`.
    pub fn new(path: &'p Path) -> Self {
        Self { path }
    }

    /// The file's path.
    pub fn path(&self) -> PathBuf {
        self.path.to_path_buf()
    }

    /// An error about this file.
    pub fn fail(&self, message: impl Into<String>) -> Error {
        Error::Format {
            path: self.path.to_path_buf(),
            message: message.into(),
        }
    }

    /// Attribute `name` of `node`, which must be there.
    pub fn attr<'a>(&self, node: Node<'a, '_>, name: &str) -> Result<&'a str, Error> {
        node.attribute(name).ok_or_else(|| {
            self.fail(format!(
                "<{}> has no attribute {name}",
                node.tag_name().name()
            ))
        })
    }

    /// Attribute `name` of `node` as a `T` (`what` says what it should be).
    pub fn parse<T: FromStr>(&self, node: Node, name: &str, what: &str) -> Result<T, Error> {
        let text = self.attr(node, name)?;
        text.trim().parse().map_err(|_| {
            self.fail(format!(
                "<{}> {name} `{text}` is not {what}",
                node.tag_name().name()
            ))
        })
    }

    /// Attribute `name` as a count.
    pub fn count(&self, node: Node, name: &str) -> Result<usize, Error> {
        self.parse(node, name, "a count")
    }

    /// Attribute `name` as a number (C++'s `>>` accepts `nan` and `inf`;
    /// callers that need finite values check).
    pub fn number(&self, node: Node, name: &str) -> Result<f64, Error> {
        self.parse(node, name, "a number")
    }

    /// The numbers of `node`'s text, separated by white space; `expected`
    /// of them.
    pub fn numbers(&self, node: Node, expected: usize) -> Result<Vec<f64>, Error> {
        let text = node.text().unwrap_or_default();
        let values = text
            .split_ascii_whitespace()
            .map(|t| {
                t.parse::<f64>().map_err(|_| {
                    self.fail(format!(
                        "<{}> holds `{t}`, which is not a number",
                        node.tag_name().name()
                    ))
                })
            })
            .collect::<Result<Vec<f64>, Error>>()?;
        if values.len() != expected {
            return Err(self.fail(format!(
                "<{}> holds {} numbers; {expected} expected",
                node.tag_name().name(),
                values.len()
            )));
        }
        Ok(values)
    }

    /// The child elements of `node` named `name`.
    pub fn children<'a, 'i>(
        node: Node<'a, 'i>,
        name: &'a str,
    ) -> impl Iterator<Item = Node<'a, 'i>> {
        node.children().filter(move |n| n.has_tag_name(name))
    }

    /// The first child element of `node` named `name`, which must be there.
    pub fn child<'a, 'i>(&self, node: Node<'a, 'i>, name: &str) -> Result<Node<'a, 'i>, Error> {
        node.children()
            .find(|n| n.has_tag_name(name))
            .ok_or_else(|| {
                self.fail(format!(
                    "<{}> has no <{name}> element",
                    node.tag_name().name()
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_printed_as_tmvas_scientific_format_and_read_back_exactly() {
        assert_eq!(sci(-1.0), "-1.0000000000000000e+00");
        assert_eq!(sci(2f64.powi(-23)), "1.1920928955078125e-07");
        assert_eq!(sci(2f64.powi(400)), "2.5822498780869086e+120");
        assert_eq!(sci(0.0), "0.0000000000000000e+00");
        for v in [0.1, -1.0 / 3.0, 6.02214076e23, f64::MIN_POSITIVE, 1e-310] {
            assert_eq!(sci(v).parse::<f64>().unwrap(), v);
        }
        assert_eq!(
            sci_list([1.0, 2.0]),
            "1.0000000000000000e+00 2.0000000000000000e+00 "
        );
    }
}
