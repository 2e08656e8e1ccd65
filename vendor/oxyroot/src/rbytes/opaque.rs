//! tmva-burn addition: an object of a class this reader has no code for,
//! skipped by its byte count. Its class name, and its name when it starts
//! like a TNamed-derived object (branches, leaves), are kept, so that a
//! caller can say what it could not read.

use crate::rbase;
use crate::rbytes::rbuffer::RBuffer;
use crate::rbytes::Unmarshaler;
use crate::root::traits::{Named, Object};

#[derive(Debug, Default)]
pub struct Opaque {
    pub(crate) class: String,
    pub(crate) name: String,
}

impl Opaque {
    pub(crate) fn new(class: &str) -> Self {
        Opaque {
            class: class.to_string(),
            name: String::new(),
        }
    }
}

impl Object for Opaque {
    fn class(&self) -> &'_ str {
        "tmva-burn::Opaque"
    }
}

impl Named for Opaque {
    fn name(&self) -> &'_ str {
        &self.name
    }
}

impl Unmarshaler for Opaque {
    fn unmarshal(&mut self, r: &mut RBuffer) -> crate::rbytes::Result<()> {
        let hdr = r.read_header("")?;
        // A class deriving from TBranch or TLeaf streams its base first:
        // a versioned header, then TNamed. Best effort; the byte count is
        // what moves past the object.
        let at = r.pos();
        let mut named = rbase::Named::default();
        if r.read_header("").is_ok() && r.read_object(&mut named).is_ok() {
            self.name = named.name().to_string();
        }
        r.set_pos(at);
        r.skip_to_end(&hdr)
    }
}
