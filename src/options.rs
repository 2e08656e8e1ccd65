//! TMVA's option strings: `:`-separated entries `Key=Value`, `Flag` (true)
//! and `!Flag` (false); keys are case-insensitive. Parsed once at the edge
//! into typed configs; every key must be used, so an unknown or misspelt
//! option is an error naming it.

use crate::error::{Error, Result};

/// A boolean option value as TMVA writes and reads them (`True`, `False`,
/// `1`, `0`, `t`, `f`, `yes`, `no`, any case).
pub fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "t" | "1" | "yes" => Some(true),
        "false" | "f" | "0" | "no" => Some(false),
        _ => None,
    }
}

/// The parsed entries of one option string, consumed by typed getters.
#[derive(Debug, Clone)]
pub struct Options {
    context: String,
    entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
struct Entry {
    key: String,
    value: Option<String>,
    negated: bool,
    used: bool,
}

impl Options {
    /// Parses `text`; `context` names the caller in messages (e.g.
    /// `PrepareTrainingAndTestTree`). A key given twice is an error.
    pub fn parse(text: &str, context: &str) -> Result<Self> {
        let mut entries: Vec<Entry> = Vec::new();
        for part in text.split(':').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, value, negated) = match part.split_once('=') {
                Some((k, v)) => (k.trim(), Some(v.trim().to_string()), false),
                None => match part.strip_prefix('!') {
                    Some(k) => (k.trim(), None, true),
                    None => (part, None, false),
                },
            };
            if key.is_empty() {
                return Err(Error::option(
                    context,
                    format!("empty option name in `{part}`"),
                ));
            }
            if entries.iter().any(|e| e.key.eq_ignore_ascii_case(key)) {
                return Err(Error::option(
                    key,
                    format!("given twice in the {context} options"),
                ));
            }
            entries.push(Entry {
                key: key.to_string(),
                value,
                negated,
                used: false,
            });
        }
        Ok(Self {
            context: context.to_string(),
            entries,
        })
    }

    fn take(&mut self, key: &str) -> Option<&mut Entry> {
        let entry = self
            .entries
            .iter_mut()
            .find(|e| e.key.eq_ignore_ascii_case(key))?;
        entry.used = true;
        Some(entry)
    }

    /// A `Flag` / `!Flag` / `Flag=True|False` option.
    pub fn flag(&mut self, key: &str, default: bool) -> Result<bool> {
        let Some(entry) = self.take(key) else {
            return Ok(default);
        };
        match (&entry.value, entry.negated) {
            (None, negated) => Ok(!negated),
            (Some(v), _) => parse_bool(v)
                .ok_or_else(|| Error::option(&entry.key, format!("`{v}` is not true or false"))),
        }
    }

    /// A `Key=Value` option as text.
    pub fn string(&mut self, key: &str) -> Result<Option<String>> {
        let Some(entry) = self.take(key) else {
            return Ok(None);
        };
        match &entry.value {
            Some(v) => Ok(Some(v.clone())),
            None => Err(Error::option(&entry.key, "needs a value (`Key=Value`)")),
        }
    }

    /// A `Key=Value` option parsed as `T`.
    pub fn value<T: std::str::FromStr>(&mut self, key: &str, what: &str) -> Result<Option<T>> {
        let context = self.context.clone();
        let Some(text) = self.string(key)? else {
            return Ok(None);
        };
        text.parse().map(Some).map_err(|_| {
            Error::option(
                key,
                format!("`{text}` is not {what} (in the {context} options)"),
            )
        })
    }

    /// A `Key=Choice` option, case-insensitive, returned as written in `choices`.
    pub fn choice(&mut self, key: &str, choices: &[&'static str]) -> Result<Option<&'static str>> {
        let Some(text) = self.string(key)? else {
            return Ok(None);
        };
        choices
            .iter()
            .find(|c| c.eq_ignore_ascii_case(&text))
            .copied()
            .map(Some)
            .ok_or_else(|| {
                Error::option(
                    key,
                    format!("`{text}` is not one of {}", choices.join(", ")),
                )
            })
    }

    /// Keys not yet consumed that start with `prefix` (case-insensitive), with their values.
    pub fn take_prefixed(&mut self, prefix: &str) -> Vec<(String, Option<String>)> {
        let p = prefix.to_ascii_lowercase();
        self.entries
            .iter_mut()
            .filter(|e| !e.used && e.key.to_ascii_lowercase().starts_with(&p))
            .map(|e| {
                e.used = true;
                (e.key.clone(), e.value.clone())
            })
            .collect()
    }

    /// Every entry as TMVA's `<Option>` elements hold it: the key and its
    /// value, `True`/`False` for a flag.
    pub fn tmva_values(&self) -> Vec<(String, String)> {
        self.entries
            .iter()
            .map(|e| {
                let value = match (&e.value, e.negated) {
                    (Some(v), _) => v.clone(),
                    (None, false) => "True".to_string(),
                    (None, true) => "False".to_string(),
                };
                (e.key.clone(), value)
            })
            .collect()
    }

    /// Fails on the first option no getter asked for, listing the known ones.
    pub fn finish(self, known: &[&str]) -> Result<()> {
        match self.entries.iter().find(|e| !e.used) {
            None => Ok(()),
            Some(e) => Err(Error::option(
                &e.key,
                format!(
                    "unknown option for {}; known options: {}",
                    self.context,
                    known.join(", ")
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_values_and_unknown_keys() {
        let mut o =
            Options::parse("!V:nTrain_Signal=100:SplitMode=random: Silent ", "Test").unwrap();
        assert!(!o.flag("V", true).unwrap());
        assert!(o.flag("silent", false).unwrap());
        assert_eq!(
            o.value::<usize>("ntrain_signal", "a count").unwrap(),
            Some(100)
        );
        assert_eq!(
            o.choice("SplitMode", &["Random", "Alternate", "Block"])
                .unwrap(),
            Some("Random")
        );
        assert_eq!(o.value::<usize>("nTest_Signal", "a count").unwrap(), None);
        o.finish(&[]).unwrap();

        let mut o = Options::parse("Foo=1:V", "Test").unwrap();
        o.flag("V", false).unwrap();
        let err = o.finish(&["V"]).unwrap_err().to_string();
        assert!(
            err.contains("Foo") && err.contains("unknown option"),
            "{err}"
        );

        let mut o = Options::parse("nTrain_Signal=abc", "Test").unwrap();
        let err = o
            .value::<usize>("nTrain_Signal", "a count")
            .unwrap_err()
            .to_string();
        assert!(err.contains("`abc` is not a count"), "{err}");
        assert!(Options::parse("V:v", "Test").is_err());
        let mut o = Options::parse("SplitMode=Sideways", "Test").unwrap();
        let err = o
            .choice("SplitMode", &["Random", "Block"])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`Sideways` is not one of Random, Block"),
            "{err}"
        );
    }
}
