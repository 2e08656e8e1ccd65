//! Small helpers shared by the modules.

use crate::error::{Error, Result};

/// Checks a name that becomes part of a file name (job name, dataset name,
/// method title): not empty, no path separator, no `..`, so that outputs
/// stay inside the job's folder. `what` names the setting in the error.
pub fn check_file_name_part(what: &str, name: &str) -> Result<()> {
    if name.is_empty() || name.contains(['/', '\\', '\0']) || name.contains("..") {
        return Err(Error::option(
            what,
            format!(
                "`{}` cannot be part of a file name: it must be non-empty, without `/`, `\\` or `..`",
                name.escape_debug()
            ),
        ));
    }
    Ok(())
}

/// `text` escaped for XML, HTML and SVG: attribute values and element text.
pub fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Checks that the elements of XML `text` nest at most `max` deep, scanning
/// tags only (comments, CDATA, declarations and quoted attribute values are
/// skipped); recursive XML parsers overflow their stack on deeper input.
pub fn check_xml_depth(text: &str, max: usize) -> std::result::Result<(), String> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0usize;
    let skip_past = |from: usize, end: &str| {
        text[from..]
            .find(end)
            .map_or(bytes.len(), |k| from + k + end.len())
    };
    while let Some(k) = text[i..].find('<') {
        i += k;
        let rest = &text[i..];
        if rest.starts_with("<!--") {
            i = skip_past(i, "-->");
        } else if rest.starts_with("<![CDATA[") {
            i = skip_past(i, "]]>");
        } else if rest.starts_with("<?") {
            i = skip_past(i, "?>");
        } else if rest.starts_with("<!") {
            i = skip_past(i, ">");
        } else {
            // Find the tag's end outside quoted attribute values.
            let mut j = i + 1;
            let mut quote: Option<u8> = None;
            while j < bytes.len() {
                match (quote, bytes[j]) {
                    (None, b'"' | b'\'') => quote = Some(bytes[j]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                j += 1;
            }
            let closing = rest.starts_with("</");
            let empty = j > 0 && j <= bytes.len() && bytes.get(j - 1) == Some(&b'/');
            if closing {
                depth = depth.saturating_sub(1);
            } else if !empty {
                depth += 1;
                if depth > max {
                    return Err(format!(
                        "XML elements nest more than {max} deep (at byte {i}); is the file damaged?"
                    ));
                }
            }
            i = j + 1;
        }
        if i >= bytes.len() {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_name_parts_stay_inside_the_folder() {
        for bad in ["", "../x", "a/b", "a\\b", "..", "x..y"] {
            assert!(check_file_name_part("jobName", bad).is_err(), "{bad}");
        }
        let err = check_file_name_part("jobName", "../up")
            .unwrap_err()
            .to_string();
        assert!(err.contains("jobName") && err.contains("`../up`"), "{err}");
        assert!(check_file_name_part("jobName", "TMVAClassification").is_ok());
    }

    #[test]
    fn xml_depth_counts_elements_only() {
        let ok = r#"<?xml version="1.0"?><!-- <a><a><a> --><A x="<>/>"><B/><C><![CDATA[<a><a>]]></C></A>"#;
        assert!(check_xml_depth(ok, 2).is_ok());
        assert!(check_xml_depth(ok, 1).is_err());
        let deep = "<a>".repeat(300);
        let err = check_xml_depth(&deep, 256).unwrap_err();
        assert!(err.contains("more than 256 deep"), "{err}");
    }
}
