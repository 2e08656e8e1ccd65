//! The unpickler: opcodes to nodes, within the limits.

use std::collections::HashMap;

use super::{Id, Limits, Node, Pickle, allowed_global};

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
