//! `torch.nn.Identity()`.

use super::{ActivationDef, Saved};

pub static IDENTITY: ActivationDef = ActivationDef {
    name: "Identity",
    torch_module: "linear",
    settings: &[],
    check: |_| Ok(()),
    forward: |x, _| (x, Saved::Nothing),
    backward: Some(|_, grad, _| grad),
    host: |_, _| {},
    host_backward: Some(|_, _, _, _| {}),
    torch_function: None,
};

#[cfg(test)]
mod tests {
    #[test]
    fn identity_is_the_identity() {
        let mut v = [1.0f32, -2.0, f32::NAN];
        (super::IDENTITY.host)(&mut v, &[]);
        assert_eq!(v[..2], [1.0, -2.0]);
        assert!(v[2].is_nan());
    }
}
