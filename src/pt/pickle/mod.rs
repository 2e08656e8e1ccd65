//! A small, safe reader and writer of the Python pickles inside TorchScript archives.
//!
//! The reader knows the opcodes that `torch.jit.save` (PyTorch's C++ pickler)
//! and `torch.save` write, and nothing else. It never calls anything: a
//! `GLOBAL` becomes a name, `REDUCE`/`NEWOBJ`/`BUILD` become nodes that record
//! what Python would have called, and only the globals in [`allowed_global`]
//! are accepted at all. Values live in an arena ([`Pickle::nodes`]) so that
//! memoised objects mutated after they were stored (`BUILD`, `SETITEMS`) are
//! shared the way Python shares them, without reference counting.
//!
//! Limits against hostile input: the number of nodes, the memo size, the
//! stack and mark depths are bounded ([`Limits`]); every length is checked
//! against the bytes left. Errors are messages naming the opcode and offset.

mod read;
mod write;

pub(crate) use read::read;
pub(crate) use write::Writer;

/// Index of a node in [`Pickle::nodes`].
pub(crate) type Id = usize;

/// One unpickled value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Id>),
    List(Vec<Id>),
    /// Key/value pairs in insertion order (a dict or an `OrderedDict`).
    Dict(Vec<(Id, Id)>),
    /// `module.name`, as named by `GLOBAL`; never resolved to code.
    Global {
        module: String,
        name: String,
    },
    /// `cls.__new__(cls)` (`NEWOBJ`), with the state a later `BUILD` gave it.
    Object {
        class: Id,
        state: Option<Id>,
    },
    /// `func(*args)` (`REDUCE`), not evaluated.
    Call {
        func: Id,
        args: Id,
        state: Option<Id>,
    },
    /// A persistent id (`BINPERSID`): how tensors name their storages.
    Persistent(Id),
}

/// Bounds on what one pickle may make the reader hold.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub max_nodes: usize,
    pub max_memo: usize,
    pub max_stack: usize,
    pub max_marks: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_nodes: 5_000_000,
            max_memo: 1_000_000,
            max_stack: 100_000,
            max_marks: 10_000,
        }
    }
}

/// An unpickled document.
#[derive(Debug)]
pub(crate) struct Pickle {
    pub nodes: Vec<Node>,
    pub root: Id,
}

impl Pickle {
    pub fn node(&self, id: Id) -> &Node {
        &self.nodes[id]
    }

    /// `Some(text)` when `id` is a string.
    pub fn str(&self, id: Id) -> Option<&str> {
        match self.node(id) {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }

    /// `Some(n)` when `id` is an integer.
    pub fn int(&self, id: Id) -> Option<i64> {
        match self.node(id) {
            Node::Int(n) => Some(*n),
            Node::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    /// The elements of a tuple or list.
    pub fn items(&self, id: Id) -> Option<&[Id]> {
        match self.node(id) {
            Node::Tuple(items) | Node::List(items) => Some(items),
            _ => None,
        }
    }

    /// `(module, name)` when `id` is a global.
    pub fn global(&self, id: Id) -> Option<(&str, &str)> {
        match self.node(id) {
            Node::Global { module, name } => Some((module, name)),
            _ => None,
        }
    }
}

/// Whether the reader accepts `module.name`. Module classes of TorchScript
/// (`__torch__.*`) are only recorded, so any of them is fine.
pub(crate) fn allowed_global(module: &str, name: &str) -> bool {
    match module {
        "collections" => name == "OrderedDict",
        "torch._utils" => matches!(name, "_rebuild_tensor_v2" | "_rebuild_parameter"),
        "torch" => name.ends_with("Storage"),
        "torch.jit._pickle" => matches!(
            name,
            "build_intlist"
                | "build_floatlist"
                | "build_boollist"
                | "build_doublelist"
                | "build_tensorlist"
                | "restore_type_tag"
        ),
        _ => module == "__torch__" || module.starts_with("__torch__."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writer_output_reads_back() {
        let mut w = Writer::new();
        w.global("__torch__.torch.nn.modules.container", "Sequential");
        w.empty_tuple();
        w.new_obj();
        w.empty_dict();
        w.mark();
        w.string("training");
        w.bool(false);
        w.string("w");
        w.tensor("FloatStorage", "0", &[2, 3]);
        w.string("n");
        w.int(-70_000);
        w.string("big");
        w.int(1 << 40);
        w.set_items();
        w.build();
        let bytes = w.finish();
        let p = read(&bytes, Limits::default()).unwrap();
        let Node::Object {
            class,
            state: Some(state),
        } = p.node(p.root).clone()
        else {
            panic!("not an object: {:?}", p.node(p.root));
        };
        assert_eq!(
            p.global(class),
            Some(("__torch__.torch.nn.modules.container", "Sequential"))
        );
        let Node::Dict(entries) = p.node(state) else {
            panic!()
        };
        let keys: Vec<_> = entries.iter().map(|(k, _)| p.str(*k).unwrap()).collect();
        assert_eq!(keys, ["training", "w", "n", "big"]);
        assert_eq!(p.int(entries[2].1), Some(-70_000));
        assert_eq!(p.int(entries[3].1), Some(1 << 40));
    }

    #[test]
    fn refuses_unknown_globals_and_opcodes() {
        let evil = b"\x80\x02cos\nsystem\nq\x00.";
        let err = read(evil, Limits::default()).unwrap_err();
        assert!(err.contains("os.system"), "{err}");
        let err = read(b"\x80\x02I1\n.", Limits::default()).unwrap_err();
        assert!(err.contains("opcode 0x49"), "{err}");
        let err = read(b"\x80\x02X\xff\xff\xff\x7f", Limits::default()).unwrap_err();
        assert!(err.contains("ends inside BINUNICODE"), "{err}");
    }

    #[test]
    fn limits_bound_memory() {
        // An endless list of Nones: refused at the node limit, not by running out of memory.
        let mut bomb = vec![0x80, 2, b']'];
        for _ in 0..1000 {
            bomb.extend_from_slice(b"Na");
        }
        bomb.push(b'.');
        let limits = Limits {
            max_nodes: 100,
            ..Limits::default()
        };
        let err = read(&bomb, limits).unwrap_err();
        assert!(err.contains("more than 100 values"), "{err}");
        let mut deep = vec![0x80, 2];
        deep.extend(std::iter::repeat_n(b'(', 20_000));
        let err = read(&deep, Limits::default()).unwrap_err();
        assert!(err.contains("nested MARKs"), "{err}");
    }
}
