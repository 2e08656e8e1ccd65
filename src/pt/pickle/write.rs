//! The pickler for the archives we export.

use std::collections::HashMap;

/// Writes protocol-2 pickles the way PyTorch's own pickler does (the subset
/// `torch.jit.load` and `torch.load(weights_only=True)` read).
#[derive(Default)]
pub(crate) struct Writer {
    out: Vec<u8>,
    globals: HashMap<(String, String), u32>,
    strings: HashMap<String, u32>,
    next_memo: u32,
}

impl Writer {
    pub fn new() -> Self {
        let mut w = Self::default();
        w.out.extend_from_slice(&[0x80, 2]);
        w
    }

    pub fn finish(mut self) -> Vec<u8> {
        self.out.push(b'.');
        self.out
    }

    fn put(&mut self) -> u32 {
        let key = self.next_memo;
        self.next_memo += 1;
        if key < 256 {
            self.out.extend_from_slice(&[b'q', key as u8]);
        } else {
            self.out.push(b'r');
            self.out.extend_from_slice(&key.to_le_bytes());
        }
        key
    }

    fn get(&mut self, key: u32) {
        if key < 256 {
            self.out.extend_from_slice(&[b'h', key as u8]);
        } else {
            self.out.push(b'j');
            self.out.extend_from_slice(&key.to_le_bytes());
        }
    }

    pub fn mark(&mut self) {
        self.out.push(b'(');
    }

    pub fn tuple(&mut self) {
        self.out.push(b't');
    }

    pub fn empty_tuple(&mut self) {
        self.out.push(b')');
    }

    pub fn empty_dict(&mut self) {
        self.out.push(b'}');
    }

    pub fn set_items(&mut self) {
        self.out.push(b'u');
    }

    pub fn reduce(&mut self) {
        self.out.push(b'R');
    }

    pub fn new_obj(&mut self) {
        self.out.push(0x81);
    }

    pub fn build(&mut self) {
        self.out.push(b'b');
    }

    pub fn persistent_id(&mut self) {
        self.out.push(b'Q');
    }

    pub fn none(&mut self) {
        self.out.push(b'N');
    }

    pub fn bool(&mut self, v: bool) {
        self.out.push(if v { 0x88 } else { 0x89 });
    }

    pub fn int(&mut self, v: i64) {
        if (0..256).contains(&v) {
            self.out.extend_from_slice(&[b'K', v as u8]);
        } else if (0..65536).contains(&v) {
            self.out.push(b'M');
            self.out.extend_from_slice(&(v as u16).to_le_bytes());
        } else if let Ok(v) = i32::try_from(v) {
            self.out.push(b'J');
            self.out.extend_from_slice(&v.to_le_bytes());
        } else {
            self.out.extend_from_slice(&[0x8a, 8]);
            self.out.extend_from_slice(&v.to_le_bytes());
        }
    }

    pub fn string(&mut self, s: &str) {
        if let Some(&key) = self.strings.get(s) {
            return self.get(key);
        }
        self.out.push(b'X');
        self.out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        self.out.extend_from_slice(s.as_bytes());
        let key = self.put();
        self.strings.insert(s.to_string(), key);
    }

    pub fn global(&mut self, module: &str, name: &str) {
        let id = (module.to_string(), name.to_string());
        if let Some(&key) = self.globals.get(&id) {
            return self.get(key);
        }
        self.out.push(b'c');
        self.out.extend_from_slice(module.as_bytes());
        self.out.push(b'\n');
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'\n');
        let key = self.put();
        self.globals.insert(id, key);
    }

    /// A tensor as `torch._utils._rebuild_tensor_v2(storage, 0, shape,
    /// contiguous strides, False, OrderedDict())`, its storage the archive
    /// entry `data/<key>`.
    pub fn tensor(&mut self, storage_type: &str, key: &str, shape: &[usize]) {
        let numel: usize = shape.iter().product();
        self.global("torch._utils", "_rebuild_tensor_v2");
        self.mark();
        self.mark();
        self.string("storage");
        self.global("torch", storage_type);
        self.string(key);
        self.string("cpu");
        self.int(numel as i64);
        self.tuple();
        self.persistent_id();
        self.int(0);
        self.mark();
        for &d in shape {
            self.int(d as i64);
        }
        self.tuple();
        self.mark();
        let mut stride = 1usize;
        let mut strides = vec![0usize; shape.len()];
        for (i, &d) in shape.iter().enumerate().rev() {
            strides[i] = stride;
            stride *= d.max(1);
        }
        for s in strides {
            self.int(s as i64);
        }
        self.tuple();
        self.bool(false);
        self.global("collections", "OrderedDict");
        self.empty_tuple();
        self.reduce();
        self.tuple();
        self.reduce();
    }
}
