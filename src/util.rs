//! Small helpers shared by the modules.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` so that a reader sees either the old file or the
/// whole new one: write a temporary file in the same directory, flush it to
/// disk, then rename it over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |tmp| {
        (|| {
            let mut file = std::fs::File::create(tmp)?;
            file.write_all(bytes)?;
            file.sync_all()
        })()
        .map_err(|e| Error::io(path, e))
    })
}

/// Lets `write` produce the file at a temporary path beside `path` (same
/// folder and extension, for writers that go by the extension), then renames
/// it over `path`; on any error the temporary file is removed and `path` is
/// left as it was.
pub fn write_atomic_with(path: &Path, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| Error::io(path, std::io::Error::other("not a file path")))?;
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    remove_stale_temporaries(dir, &file_name.to_string_lossy());
    let tmp = dir.join(format!(
        ".{}.tmp{}{extension}",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result =
        write(&tmp).and_then(|()| std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e)));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Removes temporary files that an earlier, killed run left beside
/// `file_name` in `dir` (`.<file_name>.tmp<PID>...` of a process that no
/// longer runs). Best effort: what cannot be read or removed is left.
fn remove_stale_temporaries(dir: &Path, file_name: &str) {
    let prefix = format!(".{file_name}.tmp");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let pid: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        let alive = pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
        if !alive {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

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
    fn temporaries_of_dead_runs_are_removed_at_the_next_write() {
        let dir = std::env::temp_dir().join(format!("tmva_burn_stale_{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.root");
        // A PID above Linux's limit (2^22) never runs; our own PID does.
        let stale = dir.join(".out.root.tmp4999999.root");
        let ours = dir.join(format!(".out.root.tmp{}.partial", std::process::id()));
        let other = dir.join(".other.root.tmp4999999.root");
        for p in [&stale, &ours, &other] {
            std::fs::write(p, b"x").unwrap();
        }
        write_atomic(&path, b"new").unwrap();
        assert!(!stale.exists());
        assert!(ours.exists() && other.exists());
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        std::fs::remove_dir_all(&dir).unwrap();
    }

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

    #[test]
    fn atomic_write_replaces_whole_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("tmva_burn_atomic_{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("file.txt");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        // A directory that does not exist: an error naming the file, nothing written.
        let missing = dir.join("no/such/dir/file.txt");
        let err = write_atomic(&missing, b"x").unwrap_err().to_string();
        assert!(err.contains("no/such/dir/file.txt"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
