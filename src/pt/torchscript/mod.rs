//! TorchScript archives (`torch.jit.save`): architecture and weights in, and out.

mod read;
mod write;

pub(crate) use read::is_torchscript;
pub use read::{ImportedLayer, TorchScriptModel, inspect_torchscript, read_torchscript, unmangle};
pub use write::{torchscript_bytes, write_state_dict, write_torchscript};

/// The structured module classes the importer maps, by unmangled name;
/// the elementwise activations come from the catalogue
/// ([`supported_classes`] lists both).
const STRUCTURED_CLASSES: &[&str] = &[
    "torch.nn.modules.container.Sequential",
    "torch.nn.modules.linear.Linear",
    "torch.nn.modules.activation.GELU",
    "torch.nn.modules.activation.Softmax",
    "torch.nn.modules.activation.LogSoftmax",
    "torch.nn.modules.dropout.Dropout",
    "torch.nn.modules.batchnorm.BatchNorm1d",
    "torch.nn.modules.flatten.Flatten",
];

/// Every built-in module class the importer maps, by unmangled name.
pub fn supported_classes() -> Vec<String> {
    STRUCTURED_CLASSES
        .iter()
        .map(|c| c.to_string())
        .chain(
            crate::nn::activation::CATALOGUE
                .iter()
                .map(|d| d.torch_class()),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use rand::{Rng, SeedableRng};

    use super::super::archive::{Archive, ImportLimits};
    use super::read::from_archive;
    use super::write::float_literal;
    use super::*;

    fn fixture_archives() -> Vec<(String, Vec<u8>)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/fixtures");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "pt") {
                out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
        out.sort();
        out
    }

    fn mutate(rng: &mut rand::rngs::StdRng, bytes: &mut Vec<u8>) {
        match rng.random_range(0..4) {
            0 => {
                for _ in 0..rng.random_range(1..8) {
                    let i = rng.random_range(0..bytes.len());
                    bytes[i] = rng.random();
                }
            }
            1 => {
                let n = rng.random_range(0..bytes.len());
                bytes.truncate(n);
            }
            2 => {
                let i = rng.random_range(0..=bytes.len());
                let junk: Vec<u8> = (0..rng.random_range(1..16)).map(|_| rng.random()).collect();
                bytes.splice(i..i, junk);
            }
            _ => {
                // Small integers where lengths, indices and shapes live.
                let i = rng.random_range(0..bytes.len());
                bytes[i] = [0u8, 1, 0x7f, 0x80, 0xff][rng.random_range(0..5)];
            }
        }
    }

    /// Random and mutated files (whole archives, and pickles and code inside
    /// valid archives) give errors or models, never panics or runaway allocations.
    #[test]
    fn hostile_archives_give_errors_not_panics() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(17);
        let limits = ImportLimits::default();
        let path = Path::new("fuzz.pt");
        for _ in 0..200 {
            let n = rng.random_range(0..512);
            let junk: Vec<u8> = (0..n).map(|_| rng.random()).collect();
            assert!(Archive::from_bytes(path, junk, &limits).is_err());
        }
        for (name, bytes) in fixture_archives() {
            for _ in 0..150 {
                let mut copy = bytes.clone();
                if copy.is_empty() {
                    continue;
                }
                mutate(&mut rng, &mut copy);
                if let Ok(archive) = Archive::from_bytes(path, copy, &limits) {
                    let _ = from_archive(&archive, Some(&["Scale"]), &limits);
                }
            }
            let Ok(archive) = Archive::from_bytes(path, bytes.clone(), &limits) else {
                panic!("{name} does not open");
            };
            if !is_torchscript(&archive) {
                continue;
            }
            let targets: Vec<String> = archive
                .entries
                .keys()
                .filter(|k| *k == "data.pkl" || k.ends_with(".py"))
                .cloned()
                .collect();
            for _ in 0..300 {
                let mut a = Archive {
                    path: archive.path.clone(),
                    prefix: archive.prefix.clone(),
                    entries: archive.entries.clone(),
                    // Re-read from the mutated entries.
                    data_pickle: None,
                };
                let target = &targets[rng.random_range(0..targets.len())];
                let entry = a.entries.get_mut(target).unwrap();
                if entry.is_empty() {
                    continue;
                }
                mutate(&mut rng, entry);
                let _ = from_archive(&a, Some(&["Scale"]), &limits);
            }
        }
    }

    #[test]
    fn limits_refuse_oversized_archives() {
        let (_, bytes) = fixture_archives()
            .into_iter()
            .find(|(n, _)| n.ends_with("tutorial_classification.pt"))
            .unwrap();
        let tiny = ImportLimits {
            max_total_bytes: 1000,
            ..ImportLimits::default()
        };
        let err = Archive::from_bytes(Path::new("m.pt"), bytes.clone(), &tiny)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("size limit"), "{err}");
        let few = ImportLimits {
            max_entries: 3,
            ..ImportLimits::default()
        };
        let err = Archive::from_bytes(Path::new("m.pt"), bytes.clone(), &few)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("entries"), "{err}");
        let small_pickle = ImportLimits {
            max_pickle_values: 20,
            ..ImportLimits::default()
        };
        let archive = Archive::from_bytes(Path::new("m.pt"), bytes, &small_pickle).unwrap();
        let err = from_archive(&archive, Some(&[]), &small_pickle)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("data.pkl") && err.contains("limit"), "{err}");
    }

    #[test]
    fn unmangles_class_names() {
        assert_eq!(
            unmangle("__torch__.torch.nn.modules.linear.___torch_mangle_27.Linear"),
            "torch.nn.modules.linear.Linear"
        );
        assert_eq!(unmangle("__torch__.Scale"), "Scale");
        assert_eq!(unmangle("__torch__.___torch_mangle_3.Scale"), "Scale");
    }

    #[test]
    fn float_literals_keep_a_decimal_point() {
        assert_eq!(float_literal(1.0), "1.0");
        assert_eq!(float_literal(0.2), "0.2");
        assert_eq!(float_literal(1e-5), "1e-5");
    }
}
