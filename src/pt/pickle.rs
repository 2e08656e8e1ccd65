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

use std::collections::HashMap;

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

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    limits: Limits,
    nodes: Vec<Node>,
    stack: Vec<Id>,
    marks: Vec<usize>,
    memo: HashMap<u32, Id>,
}

/// Reads a whole pickle. Trailing bytes after `STOP` are ignored, as Python does.
pub(crate) fn read(data: &[u8], limits: Limits) -> Result<Pickle, String> {
    let mut reader = Reader {
        data,
        pos: 0,
        limits,
        nodes: Vec::new(),
        stack: Vec::new(),
        marks: Vec::new(),
        memo: HashMap::new(),
    };
    let root = reader.run()?;
    Ok(Pickle {
        nodes: reader.nodes,
        root,
    })
}

impl Reader<'_> {
    fn take(&mut self, n: usize, what: &str) -> Result<&[u8], String> {
        if self.data.len() - self.pos < n {
            return Err(format!(
                "pickle ends inside {what} at byte {} (needs {n} bytes, {} left)",
                self.pos,
                self.data.len() - self.pos
            ));
        }
        let bytes = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }

    fn u8(&mut self, what: &str) -> Result<u8, String> {
        Ok(self.take(1, what)?[0])
    }

    fn le<const N: usize>(&mut self, what: &str) -> Result<[u8; N], String> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }

    fn line(&mut self, what: &str) -> Result<String, String> {
        let rest = &self.data[self.pos..];
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| format!("pickle ends inside {what} at byte {}", self.pos))?;
        let text = std::str::from_utf8(&rest[..end])
            .map_err(|_| format!("{what} at byte {} is not UTF-8", self.pos))?
            .to_string();
        self.pos += end + 1;
        Ok(text)
    }

    fn utf8(&mut self, n: usize, what: &str) -> Result<String, String> {
        let at = self.pos;
        let bytes = self.take(n, what)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| format!("{what} at byte {at} is not UTF-8"))
    }

    fn push_node(&mut self, node: Node) -> Result<Id, String> {
        if self.nodes.len() >= self.limits.max_nodes {
            return Err(format!(
                "pickle holds more than {} values (limit)",
                self.limits.max_nodes
            ));
        }
        self.nodes.push(node);
        Ok(self.nodes.len() - 1)
    }

    fn push(&mut self, node: Node) -> Result<(), String> {
        let id = self.push_node(node)?;
        self.push_id(id)
    }

    fn push_id(&mut self, id: Id) -> Result<(), String> {
        if self.stack.len() >= self.limits.max_stack {
            return Err(format!(
                "pickle stack deeper than {} (limit)",
                self.limits.max_stack
            ));
        }
        self.stack.push(id);
        Ok(())
    }

    fn pop(&mut self, op: &str) -> Result<Id, String> {
        let floor = self.marks.last().copied().unwrap_or(0);
        if self.stack.len() <= floor {
            return Err(format!("{op} at byte {} finds an empty stack", self.pos));
        }
        Ok(self.stack.pop().expect("checked non-empty"))
    }

    fn top(&self, op: &str) -> Result<Id, String> {
        self.stack
            .last()
            .copied()
            .ok_or_else(|| format!("{op} at byte {} finds an empty stack", self.pos))
    }

    fn pop_mark(&mut self, op: &str) -> Result<Vec<Id>, String> {
        let mark = self
            .marks
            .pop()
            .ok_or_else(|| format!("{op} at byte {} without a MARK", self.pos))?;
        if mark > self.stack.len() {
            return Err(format!("{op} at byte {}: corrupt MARK", self.pos));
        }
        Ok(self.stack.split_off(mark))
    }

    fn memo_put(&mut self, key: u32) -> Result<(), String> {
        let id = self.top("PUT")?;
        if self.memo.len() >= self.limits.max_memo && !self.memo.contains_key(&key) {
            return Err(format!(
                "pickle memo larger than {} entries (limit)",
                self.limits.max_memo
            ));
        }
        self.memo.insert(key, id);
        Ok(())
    }

    fn memo_get(&mut self, key: u32) -> Result<(), String> {
        let id = *self
            .memo
            .get(&key)
            .ok_or_else(|| format!("GET of memo entry {key} that was never stored"))?;
        self.push_id(id)
    }

    fn set_items(&mut self, dict: Id, items: &[Id], op: &str) -> Result<(), String> {
        if !items.len().is_multiple_of(2) {
            return Err(format!("{op} at byte {} with an odd item count", self.pos));
        }
        let pairs: Vec<(Id, Id)> = items.chunks(2).map(|kv| (kv[0], kv[1])).collect();
        match &mut self.nodes[dict] {
            Node::Dict(entries) => {
                for (k, v) in pairs {
                    entries.push((k, v));
                }
                Ok(())
            }
            other => Err(format!(
                "{op} at byte {} on a {} instead of a dict",
                self.pos,
                kind(other)
            )),
        }
    }

    fn append(&mut self, list: Id, items: Vec<Id>, op: &str) -> Result<(), String> {
        match &mut self.nodes[list] {
            Node::List(entries) => {
                entries.extend(items);
                Ok(())
            }
            other => Err(format!(
                "{op} at byte {} on a {} instead of a list",
                self.pos,
                kind(other)
            )),
        }
    }

    fn global(&mut self, module: String, name: String) -> Result<(), String> {
        if !allowed_global(&module, &name) {
            return Err(format!(
                "refused global `{module}.{name}`: model files may name only torch tensors, \
                 storages, OrderedDict and TorchScript module classes"
            ));
        }
        self.push(Node::Global { module, name })
    }

    fn run(&mut self) -> Result<Id, String> {
        loop {
            let at = self.pos;
            let op = self.u8("an opcode")?;
            match op {
                0x80 => {
                    let proto = self.u8("PROTO")?;
                    if proto > 5 {
                        return Err(format!("unsupported pickle protocol {proto}"));
                    }
                }
                0x95 => {
                    self.le::<8>("FRAME")?;
                }
                b'.' => return self.pop("STOP"),
                b'(' => {
                    if self.marks.len() >= self.limits.max_marks {
                        return Err(format!(
                            "more than {} nested MARKs (limit)",
                            self.limits.max_marks
                        ));
                    }
                    self.marks.push(self.stack.len());
                }
                b'N' => self.push(Node::None)?,
                0x88 => self.push(Node::Bool(true))?,
                0x89 => self.push(Node::Bool(false))?,
                b'J' => {
                    let v = i32::from_le_bytes(self.le("BININT")?);
                    self.push(Node::Int(v as i64))?
                }
                b'K' => {
                    let v = self.u8("BININT1")?;
                    self.push(Node::Int(v as i64))?
                }
                b'M' => {
                    let v = u16::from_le_bytes(self.le("BININT2")?);
                    self.push(Node::Int(v as i64))?
                }
                0x8a => {
                    let n = self.u8("LONG1")? as usize;
                    let bytes = self.take(n, "LONG1")?;
                    if n > 8 {
                        return Err(format!("LONG1 at byte {at}: integer wider than 64 bits"));
                    }
                    let mut buf = if bytes.last().is_some_and(|b| b & 0x80 != 0) {
                        [0xffu8; 8]
                    } else {
                        [0u8; 8]
                    };
                    buf[..n].copy_from_slice(bytes);
                    self.push(Node::Int(i64::from_le_bytes(buf)))?
                }
                b'G' => {
                    let v = f64::from_be_bytes(self.le("BINFLOAT")?);
                    self.push(Node::Float(v))?
                }
                b'X' => {
                    let n = u32::from_le_bytes(self.le("BINUNICODE")?) as usize;
                    let s = self.utf8(n, "BINUNICODE")?;
                    self.push(Node::Str(s))?
                }
                0x8c => {
                    let n = self.u8("SHORT_BINUNICODE")? as usize;
                    let s = self.utf8(n, "SHORT_BINUNICODE")?;
                    self.push(Node::Str(s))?
                }
                0x8d => {
                    let n = u64::from_le_bytes(self.le("BINUNICODE8")?);
                    let n = usize::try_from(n).map_err(|_| "BINUNICODE8 too long".to_string())?;
                    let s = self.utf8(n, "BINUNICODE8")?;
                    self.push(Node::Str(s))?
                }
                b'C' => {
                    let n = self.u8("SHORT_BINBYTES")? as usize;
                    let b = self.take(n, "SHORT_BINBYTES")?.to_vec();
                    self.push(Node::Bytes(b))?
                }
                b'B' => {
                    let n = u32::from_le_bytes(self.le("BINBYTES")?) as usize;
                    let b = self.take(n, "BINBYTES")?.to_vec();
                    self.push(Node::Bytes(b))?
                }
                b')' => self.push(Node::Tuple(Vec::new()))?,
                b't' => {
                    let items = self.pop_mark("TUPLE")?;
                    self.push(Node::Tuple(items))?
                }
                0x85..=0x87 => {
                    let n = (op - 0x84) as usize;
                    let mut items = Vec::with_capacity(n);
                    for _ in 0..n {
                        items.push(self.pop("TUPLEn")?);
                    }
                    items.reverse();
                    self.push(Node::Tuple(items))?
                }
                b']' => self.push(Node::List(Vec::new()))?,
                b'a' => {
                    let item = self.pop("APPEND")?;
                    let list = self.top("APPEND")?;
                    self.append(list, vec![item], "APPEND")?
                }
                b'e' => {
                    let items = self.pop_mark("APPENDS")?;
                    let list = self.top("APPENDS")?;
                    self.append(list, items, "APPENDS")?
                }
                b'}' => self.push(Node::Dict(Vec::new()))?,
                b's' => {
                    let value = self.pop("SETITEM")?;
                    let key = self.pop("SETITEM")?;
                    let dict = self.top("SETITEM")?;
                    self.set_items(dict, &[key, value], "SETITEM")?
                }
                b'u' => {
                    let items = self.pop_mark("SETITEMS")?;
                    let dict = self.top("SETITEMS")?;
                    self.set_items(dict, &items, "SETITEMS")?
                }
                b'q' => {
                    let key = self.u8("BINPUT")? as u32;
                    self.memo_put(key)?
                }
                b'r' => {
                    let key = u32::from_le_bytes(self.le("LONG_BINPUT")?);
                    self.memo_put(key)?
                }
                0x94 => {
                    let key = self.memo.len() as u32;
                    self.memo_put(key)?
                }
                b'h' => {
                    let key = self.u8("BINGET")? as u32;
                    self.memo_get(key)?
                }
                b'j' => {
                    let key = u32::from_le_bytes(self.le("LONG_BINGET")?);
                    self.memo_get(key)?
                }
                b'c' => {
                    let module = self.line("GLOBAL module")?;
                    let name = self.line("GLOBAL name")?;
                    self.global(module, name)?
                }
                0x93 => {
                    let name = self.pop("STACK_GLOBAL")?;
                    let module = self.pop("STACK_GLOBAL")?;
                    match (self.nodes[module].clone(), self.nodes[name].clone()) {
                        (Node::Str(m), Node::Str(n)) => self.global(m, n)?,
                        _ => return Err(format!("STACK_GLOBAL at byte {at} without two strings")),
                    }
                }
                b'Q' => {
                    let pid = self.pop("BINPERSID")?;
                    self.push(Node::Persistent(pid))?
                }
                0x81 => {
                    let args = self.pop("NEWOBJ")?;
                    let class = self.pop("NEWOBJ")?;
                    if !matches!(self.nodes[class], Node::Global { .. }) {
                        return Err(format!("NEWOBJ at byte {at} on something not a class"));
                    }
                    let _ = args;
                    self.push(Node::Object { class, state: None })?
                }
                b'R' => {
                    let args = self.pop("REDUCE")?;
                    let func = self.pop("REDUCE")?;
                    let node = match &self.nodes[func] {
                        Node::Global { module, name }
                            if module == "collections" && name == "OrderedDict" =>
                        {
                            Node::Dict(Vec::new())
                        }
                        Node::Global { .. } => Node::Call {
                            func,
                            args,
                            state: None,
                        },
                        other => {
                            return Err(format!(
                                "REDUCE at byte {at} calls a {} instead of a global",
                                kind(other)
                            ));
                        }
                    };
                    self.push(node)?
                }
                b'b' => {
                    let state = self.pop("BUILD")?;
                    let target = self.top("BUILD")?;
                    match &mut self.nodes[target] {
                        Node::Object { state: s, .. } | Node::Call { state: s, .. } => {
                            *s = Some(state)
                        }
                        // OrderedDict and tensors built as dicts take no state.
                        Node::Dict(_) => {}
                        other => {
                            return Err(format!(
                                "BUILD at byte {at} on a {} instead of an object",
                                kind(other)
                            ));
                        }
                    }
                }
                b'0' => {
                    self.pop("POP")?;
                }
                b'2' => {
                    let top = self.top("DUP")?;
                    self.push_id(top)?
                }
                other => {
                    return Err(format!(
                        "unsupported pickle opcode 0x{other:02x} at byte {at}"
                    ));
                }
            }
        }
    }
}

fn kind(node: &Node) -> &'static str {
    match node {
        Node::None => "None",
        Node::Bool(_) => "bool",
        Node::Int(_) => "int",
        Node::Float(_) => "float",
        Node::Str(_) => "str",
        Node::Bytes(_) => "bytes",
        Node::Tuple(_) => "tuple",
        Node::List(_) => "list",
        Node::Dict(_) => "dict",
        Node::Global { .. } => "global",
        Node::Object { .. } => "object",
        Node::Call { .. } => "call",
        Node::Persistent(_) => "persistent id",
    }
}

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
