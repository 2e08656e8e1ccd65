//! Turning a device name (`cpu`, `tch-cpu`, `tch-cuda:N`, `cuda:N`, `wgpu`)
//! into a Burn `Device`; one parser for the method option `Device=`, the CLI
//! flag `--device` and Rust callers.

use burn::tensor::Device;

use crate::error::{Error, Result};

/// Parses a device name. A backend that was not compiled in is an error
/// naming the cargo feature that enables it.
pub fn parse_device(name: &str) -> Result<Device> {
    let lower = name.trim().to_ascii_lowercase();
    let (kind, index) = match lower.split_once(':') {
        Some((kind, index)) => {
            let index: usize = index.parse().map_err(|_| {
                Error::option(
                    "Device",
                    format!("`{name}`: `{index}` is not a device index"),
                )
            })?;
            (kind.to_string(), index)
        }
        None => (lower.clone(), 0),
    };
    let missing = |feature: &str| {
        Error::option(
            "Device",
            format!(
                "`{name}` needs the cargo feature `{feature}` (build with --features {feature})"
            ),
        )
    };
    match kind.as_str() {
        "cpu" | "flex" => {
            #[cfg(feature = "flex")]
            {
                let _ = index;
                Ok(Device::flex())
            }
            #[cfg(not(feature = "flex"))]
            Err(missing("flex"))
        }
        "tch-cpu" => {
            #[cfg(feature = "tch")]
            #[allow(deprecated)] // Burn deprecates libtorch; the design card names it.
            {
                Ok(Device::libtorch())
            }
            #[cfg(not(feature = "tch"))]
            Err(missing("tch"))
        }
        "tch-cuda" => {
            #[cfg(feature = "tch")]
            #[allow(deprecated)] // Burn deprecates libtorch; the design card names it.
            {
                Ok(Device::libtorch_cuda(index))
            }
            #[cfg(not(feature = "tch"))]
            Err(missing("tch"))
        }
        "cuda" => {
            #[cfg(feature = "cuda")]
            {
                Ok(Device::cuda(index))
            }
            #[cfg(not(feature = "cuda"))]
            Err(missing("cuda"))
        }
        "wgpu" => {
            #[cfg(feature = "wgpu")]
            {
                Ok(Device::wgpu(Default::default()))
            }
            #[cfg(not(feature = "wgpu"))]
            Err(missing("wgpu"))
        }
        _ => Err(Error::option(
            "Device",
            format!("unknown device `{name}`; expected cpu, tch-cpu, tch-cuda:N, cuda:N or wgpu"),
        )),
    }
}

/// The device names this build can serve, CPU first: `cpu` always, then
/// `tch-cpu` and `wgpu` when their features are compiled in. GPU devices
/// (`tch-cuda:N`, `cuda:N`) are left out: whether one exists is a property of
/// the machine, not of the build; name them explicitly.
pub fn compiled_device_names() -> Vec<&'static str> {
    let mut names = vec!["cpu"];
    if cfg!(feature = "tch") {
        names.push("tch-cpu");
    }
    if cfg!(feature = "wgpu") {
        names.push("wgpu");
    }
    names
}

/// A device named in an option (`Device=tch-cuda:0`): parsed once, where
/// the option is read, and kept with the name it was given by (serde
/// writes and reads the name).
#[derive(Clone, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DeviceSpec {
    name: String,
    device: Device,
}

impl DeviceSpec {
    /// Parses `name` (see [`parse_device`]).
    pub fn parse(name: &str) -> Result<Self> {
        Ok(Self {
            name: name.trim().to_string(),
            device: parse_device(name)?,
        })
    }

    /// The device.
    pub fn device(&self) -> &Device {
        &self.device
    }

    /// The name as given.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl PartialEq for DeviceSpec {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl std::fmt::Debug for DeviceSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

impl TryFrom<String> for DeviceSpec {
    type Error = Error;
    fn try_from(name: String) -> Result<Self> {
        Self::parse(&name)
    }
}

impl From<DeviceSpec> for String {
    fn from(spec: DeviceSpec) -> String {
        spec.name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_devices_parse() {
        for name in compiled_device_names() {
            parse_device(name).unwrap();
        }
    }

    #[test]
    fn device_specs_are_written_and_read_by_name() {
        let spec = DeviceSpec::parse(" cpu ").unwrap();
        assert_eq!(spec.name(), "cpu");
        let json = serde_json::to_string(&spec).unwrap();
        assert_eq!(json, "\"cpu\"");
        let back: DeviceSpec = serde_json::from_str(&json).unwrap();
        assert_eq!(back, spec);
        let err = serde_json::from_str::<DeviceSpec>("\"tpu\"")
            .unwrap_err()
            .to_string();
        assert!(err.contains("tpu"), "{err}");
    }

    #[test]
    fn cpu_is_flex() {
        assert!(parse_device("cpu").is_ok());
        assert!(parse_device(" CPU ").is_ok());
    }

    #[test]
    fn unknown_and_missing_backends_are_named() {
        let e = parse_device("tpu").unwrap_err().to_string();
        assert!(e.contains("unknown device `tpu`"), "{e}");
        let e = parse_device("cuda:x").unwrap_err().to_string();
        assert!(e.contains("not a device index"), "{e}");
        #[cfg(not(feature = "wgpu"))]
        {
            let e = parse_device("wgpu").unwrap_err().to_string();
            assert!(e.contains("--features wgpu"), "{e}");
        }
    }
}
