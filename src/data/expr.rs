//! TMVA's expression language (TFormula syntax) for variables, weights and
//! cuts: numbers, branch names, `+ - * / ^`, parentheses, unary minus,
//! comparisons, `&& || !`, the functions `abs fabs sqrt exp log log10 pow min
//! max sin cos tan asin acos atan atan2 sinh cosh tanh` (also spelled
//! `TMath::Abs`, `TMath::Sqrt`, ...) and the constant `pi` (`TMath::Pi()`).
//!
//! Branches that hold a list per entry (arrays, vectors) are read as in
//! TTreeFormula: `jet_pt[0]` indexes them (the index may be an expression),
//! and `Length$(x)`, `Sum$(x)`, `Min$(x)`, `Max$(x)` reduce an expression over
//! the elements of the lists it names (`Sum$(jet_pt > 30)` counts the jets
//! above 30). A list named without an index or a reduction is an error
//! (TMVA would make one event per element; we do not). As in TTreeFormula,
//! an entry whose list has no element at an index gives the whole
//! expression no value: [`Evaluated::missing`] marks it and its value is 0,
//! and the reductions of no elements are 0.
//!
//! An expression is parsed once into a tree and evaluated column-wise: one
//! pass per node over all events, in `f64` like TFormula, then stored as
//! `f32`. Comparisons and logic give 1 or 0.

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::io::ColumnData;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    text: String,
    root: Node,
}

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Number(f64),
    Branch(String),
    Unary(UnaryOp, Box<Node>),
    Binary(BinaryOp, Box<Node>, Box<Node>),
    Call(Func, Vec<Node>),
    /// `name[index]`: one element of a list branch.
    Index(String, Box<Node>),
    /// `Length$(e)`, `Sum$(e)`, `Min$(e)`, `Max$(e)`.
    Reduce(Reduction, Box<Node>),
}

/// TTreeFormula's reductions over the elements of the lists an expression names.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Reduction {
    Length,
    Sum,
    Min,
    Max,
}

impl Reduction {
    fn lookup(name: &str) -> Option<Self> {
        Some(match name {
            "Length$" => Reduction::Length,
            "Sum$" => Reduction::Sum,
            "Min$" => Reduction::Min,
            "Max$" => Reduction::Max,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum UnaryOp {
    Neg,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Func {
    Abs,
    Sqrt,
    Exp,
    Log,
    Log10,
    Pow,
    Min,
    Max,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Sinh,
    Cosh,
    Tanh,
}

impl Func {
    fn lookup(name: &str) -> Option<(Func, usize)> {
        let name = name.strip_prefix("TMath::").unwrap_or(name);
        Some(match name.to_ascii_lowercase().as_str() {
            "abs" | "fabs" => (Func::Abs, 1),
            "sqrt" => (Func::Sqrt, 1),
            "exp" => (Func::Exp, 1),
            "log" => (Func::Log, 1),
            "log10" => (Func::Log10, 1),
            "pow" | "power" => (Func::Pow, 2),
            "min" => (Func::Min, 2),
            "max" => (Func::Max, 2),
            "sin" => (Func::Sin, 1),
            "cos" => (Func::Cos, 1),
            "tan" => (Func::Tan, 1),
            "asin" => (Func::Asin, 1),
            "acos" => (Func::Acos, 1),
            "atan" => (Func::Atan, 1),
            "atan2" => (Func::Atan2, 2),
            "sinh" => (Func::Sinh, 1),
            "cosh" => (Func::Cosh, 1),
            "tanh" => (Func::Tanh, 1),
            _ => return None,
        })
    }

    fn apply(self, a: f64, b: f64) -> f64 {
        match self {
            Func::Abs => a.abs(),
            Func::Sqrt => a.sqrt(),
            Func::Exp => a.exp(),
            Func::Log => a.ln(),
            Func::Log10 => a.log10(),
            Func::Pow => a.powf(b),
            Func::Min => a.min(b),
            Func::Max => a.max(b),
            Func::Sin => a.sin(),
            Func::Cos => a.cos(),
            Func::Tan => a.tan(),
            Func::Asin => a.asin(),
            Func::Acos => a.acos(),
            Func::Atan => a.atan(),
            Func::Atan2 => a.atan2(b),
            Func::Sinh => a.sinh(),
            Func::Cosh => a.cosh(),
            Func::Tanh => a.tanh(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(f64),
    Ident(String),
    Op(&'static str),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

const OPERATORS: [&str; 17] = [
    "&&", "||", "<=", ">=", "==", "!=", "**", "+", "-", "*", "/", "^", "<", ">", "!", "&", "|",
];

fn tokenize(text: &str) -> std::result::Result<Vec<(Token, usize)>, (usize, String)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() || (c == '.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
                let mut j = i + 1;
                if j < bytes.len() && (bytes[j] == b'+' || bytes[j] == b'-') {
                    j += 1;
                }
                if j < bytes.len() && bytes[j].is_ascii_digit() {
                    i = j;
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                }
            }
            let value = text[start..i]
                .parse::<f64>()
                .map_err(|_| (start, format!("`{}` is not a number", &text[start..i])))?;
            out.push((Token::Number(value), start));
            continue;
        }
        if c.is_ascii_alphabetic() || c == '_' {
            while i < bytes.len() {
                let b = bytes[i] as char;
                if b.is_ascii_alphanumeric() || b == '_' || b == '.' || b == '$' {
                    i += 1;
                } else if text[i..].starts_with("::") {
                    i += 2;
                } else {
                    break;
                }
            }
            out.push((Token::Ident(text[start..i].to_string()), start));
            continue;
        }
        match c {
            '(' => out.push((Token::LParen, i)),
            ')' => out.push((Token::RParen, i)),
            '[' => out.push((Token::LBracket, i)),
            ']' => out.push((Token::RBracket, i)),
            ',' => out.push((Token::Comma, i)),
            _ => {
                let op = OPERATORS
                    .iter()
                    .find(|op| text[i..].starts_with(**op))
                    .ok_or_else(|| (i, format!("unexpected character `{c}`")))?;
                // `&` and `|` alone are bitwise in C++; TMVA cuts mean the logical ones.
                let op = match *op {
                    "&" => "&&",
                    "|" => "||",
                    "**" => "^",
                    other => other,
                };
                // Bytes, not `str`: the next character may be multi-byte.
                i += if matches!(
                    text.as_bytes().get(i..i + 2),
                    Some(b"&&" | b"||" | b"<=" | b">=" | b"==" | b"!=" | b"**")
                ) {
                    2
                } else {
                    1
                };
                out.push((Token::Op(op), start));
                continue;
            }
        }
        i += 1;
    }
    Ok(out)
}

/// Expressions longer than this many tokens are refused: evaluation walks
/// the tree recursively, and no TMVA expression comes near it.
const MAX_TOKENS: usize = 2000;
/// Nesting deeper than this (parentheses, signs, calls, indexes) is refused.
const MAX_DEPTH: usize = 100;

struct Parser<'a> {
    tokens: &'a [(Token, usize)],
    pos: usize,
    end: usize,
    depth: usize,
}

type ParseResult<T> = std::result::Result<T, (usize, String)>;

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(t, _)| t)
    }
    fn here(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |(_, at)| *at)
    }
    fn eat_op(&mut self, ops: &[&'static str]) -> Option<&'static str> {
        match self.peek() {
            Some(Token::Op(op)) if ops.contains(op) => {
                let op = *op;
                self.pos += 1;
                Some(op)
            }
            _ => None,
        }
    }

    fn binary_level(
        &mut self,
        ops: &[&'static str],
        next: fn(&mut Self) -> ParseResult<Node>,
    ) -> ParseResult<Node> {
        let mut left = next(self)?;
        while let Some(op) = self.eat_op(ops) {
            let right = next(self)?;
            let op = match op {
                "||" => BinaryOp::Or,
                "&&" => BinaryOp::And,
                "<" => BinaryOp::Lt,
                "<=" => BinaryOp::Le,
                ">" => BinaryOp::Gt,
                ">=" => BinaryOp::Ge,
                "==" => BinaryOp::Eq,
                "!=" => BinaryOp::Ne,
                "+" => BinaryOp::Add,
                "-" => BinaryOp::Sub,
                "*" => BinaryOp::Mul,
                _ => BinaryOp::Div,
            };
            left = Node::Binary(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn or(&mut self) -> ParseResult<Node> {
        self.binary_level(&["||"], Self::and)
    }
    fn and(&mut self) -> ParseResult<Node> {
        self.binary_level(&["&&"], Self::comparison)
    }
    fn comparison(&mut self) -> ParseResult<Node> {
        self.binary_level(&["<", "<=", ">", ">=", "==", "!="], Self::additive)
    }
    fn additive(&mut self) -> ParseResult<Node> {
        self.binary_level(&["+", "-"], Self::multiplicative)
    }
    fn multiplicative(&mut self) -> ParseResult<Node> {
        self.binary_level(&["*", "/"], Self::unary)
    }
    fn unary(&mut self) -> ParseResult<Node> {
        // Every recursion of the grammar passes here.
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err((
                self.here(),
                format!("the expression nests more than {MAX_DEPTH} deep"),
            ));
        }
        let node = match self.eat_op(&["-", "+", "!"]) {
            Some("-") => self.unary().map(|a| Node::Unary(UnaryOp::Neg, Box::new(a))),
            Some("!") => self.unary().map(|a| Node::Unary(UnaryOp::Not, Box::new(a))),
            Some(_) => self.unary(),
            None => self.power(),
        };
        self.depth -= 1;
        node
    }
    /// `a^b^c` is `a^(b^c)`, and `-a^2` is `-(a^2)`, as in TFormula.
    fn power(&mut self) -> ParseResult<Node> {
        let base = self.primary()?;
        if self.eat_op(&["^"]).is_some() {
            let exponent = self.unary()?;
            return Ok(Node::Binary(
                BinaryOp::Pow,
                Box::new(base),
                Box::new(exponent),
            ));
        }
        Ok(base)
    }
    fn primary(&mut self) -> ParseResult<Node> {
        let at = self.here();
        match self.tokens.get(self.pos).map(|(t, _)| t.clone()) {
            Some(Token::Number(v)) => {
                self.pos += 1;
                Ok(Node::Number(v))
            }
            Some(Token::LParen) => {
                self.pos += 1;
                let inner = self.or()?;
                self.expect_rparen()?;
                Ok(inner)
            }
            Some(Token::Ident(name)) => {
                self.pos += 1;
                if self.peek() == Some(&Token::LParen)
                    && let Some(reduction) = Reduction::lookup(&name)
                {
                    self.pos += 1;
                    let inner = self.or()?;
                    self.expect_rparen()?;
                    Ok(Node::Reduce(reduction, Box::new(inner)))
                } else if self.peek() == Some(&Token::LBracket) {
                    self.pos += 1;
                    let index = self.or()?;
                    if self.peek() != Some(&Token::RBracket) {
                        return Err((self.here(), "expected `]`".into()));
                    }
                    self.pos += 1;
                    if self.peek() == Some(&Token::LBracket) {
                        return Err((
                            self.here(),
                            format!("`{name}` has more than one index; one is supported"),
                        ));
                    }
                    Ok(Node::Index(name, Box::new(index)))
                } else if self.peek() == Some(&Token::LParen) {
                    self.pos += 1;
                    let bare = name.strip_prefix("TMath::").unwrap_or(&name);
                    if bare.eq_ignore_ascii_case("pi") {
                        self.expect_rparen()?;
                        return Ok(Node::Number(std::f64::consts::PI));
                    }
                    let (func, arity) = Func::lookup(&name)
                        .ok_or_else(|| (at, format!("unknown function `{name}`")))?;
                    let mut args = Vec::new();
                    if self.peek() != Some(&Token::RParen) {
                        args.push(self.or()?);
                        while self.peek() == Some(&Token::Comma) {
                            self.pos += 1;
                            args.push(self.or()?);
                        }
                    }
                    self.expect_rparen()?;
                    if args.len() != arity {
                        return Err((
                            at,
                            format!("`{name}` takes {arity} argument(s), got {}", args.len()),
                        ));
                    }
                    Ok(Node::Call(func, args))
                } else if name.eq_ignore_ascii_case("pi") {
                    Ok(Node::Number(std::f64::consts::PI))
                } else {
                    Ok(Node::Branch(name))
                }
            }
            Some(Token::RParen) => Err((at, "unexpected `)`".into())),
            Some(Token::Comma) => Err((at, "unexpected `,`".into())),
            Some(Token::LBracket) => Err((at, "unexpected `[`".into())),
            Some(Token::RBracket) => Err((at, "unexpected `]`".into())),
            Some(Token::Op(op)) => Err((at, format!("unexpected `{op}`"))),
            None => Err((at, "the expression ends too early".into())),
        }
    }
    fn expect_rparen(&mut self) -> ParseResult<()> {
        if self.peek() == Some(&Token::RParen) {
            self.pos += 1;
            Ok(())
        } else {
            Err((self.here(), "expected `)`".into()))
        }
    }
}

impl Expr {
    /// Parses `text`. A syntax error shows the expression with a caret under
    /// the position at fault.
    pub fn parse(text: &str) -> Result<Self> {
        let fail = |(at, message): (usize, String)| {
            // Long expressions are shown around the position at fault.
            let floor = |mut i: usize| {
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let start = floor(at.saturating_sub(40));
            let end = floor((at + 40).min(text.len()));
            let (lead, tail) = (
                if start > 0 { "..." } else { "" },
                if end < text.len() { "..." } else { "" },
            );
            Error::Expression(format!(
                "{message} at position {}\n  {lead}{}{tail}\n  {}^",
                at + 1,
                &text[start..end],
                " ".repeat(lead.len() + text[start..floor(at.min(text.len()))].chars().count())
            ))
        };
        let tokens = tokenize(text).map_err(fail)?;
        if tokens.len() > MAX_TOKENS {
            return Err(Error::Expression(format!(
                "an expression of {} tokens (`{}...`); at most {MAX_TOKENS} are allowed",
                tokens.len(),
                text.chars().take(40).collect::<String>()
            )));
        }
        let mut parser = Parser {
            tokens: &tokens,
            pos: 0,
            end: text.len(),
            depth: 0,
        };
        let root = parser.or().map_err(fail)?;
        if parser.pos < tokens.len() {
            return Err(fail((
                parser.here(),
                "unexpected text after the expression".into(),
            )));
        }
        Ok(Self {
            text: text.to_string(),
            root,
        })
    }

    /// The expression as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether it is a bare branch name.
    pub fn as_branch(&self) -> Option<&str> {
        match &self.root {
            Node::Branch(name) => Some(name),
            _ => None,
        }
    }

    /// The branch names it reads, each once, in order of appearance.
    pub fn branches(&self) -> Vec<String> {
        fn walk(node: &Node, out: &mut Vec<String>) {
            match node {
                Node::Branch(name) => {
                    if !out.contains(name) {
                        out.push(name.clone());
                    }
                }
                Node::Unary(_, a) => walk(a, out),
                Node::Binary(_, a, b) => {
                    walk(a, out);
                    walk(b, out);
                }
                Node::Call(_, args) => args.iter().for_each(|a| walk(a, out)),
                Node::Index(name, index) => {
                    if !out.contains(name) {
                        out.push(name.clone());
                    }
                    walk(index, out);
                }
                Node::Reduce(_, inner) => walk(inner, out),
                Node::Number(_) => {}
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    /// Evaluates the expression for `n` events whose branches are given as
    /// columns of one value per event, by name. A branch missing from
    /// `columns` is an error naming it.
    pub fn eval(&self, columns: &HashMap<&str, &[f32]>, n: usize) -> Result<Vec<f64>> {
        let columns = Columns {
            columns: columns
                .iter()
                .map(|(&name, &values)| (name, ColumnRef::Scalar(values)))
                .collect(),
        };
        Ok(self.eval_columns(&columns, n)?.values)
    }

    /// Evaluates the expression for `n` events whose branches may hold one
    /// value or a list per event.
    pub fn eval_columns(&self, columns: &Columns, n: usize) -> Result<Evaluated> {
        let mut missing = vec![false; n];
        let mut values = eval_node(&self.root, columns, n, &mut missing)
            .map_err(|message| Error::Expression(format!("`{}` {message}", self.text)))?;
        for (v, &m) in values.iter_mut().zip(&missing) {
            if m {
                *v = 0.0;
            }
        }
        Ok(Evaluated { values, missing })
    }
}

/// An expression's value per event.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluated {
    /// The values (0 where `missing`, as TTreeFormula gives).
    pub values: Vec<f64>,
    /// Events whose lists have no element at an index the expression reads
    /// (TTreeFormula's `GetNdata() == 0`: TMVA takes no event from such an
    /// entry when the expression is an input variable).
    pub missing: Vec<bool>,
}

impl Evaluated {
    /// The first event with no value, if any.
    pub fn first_missing(&self) -> Option<usize> {
        self.missing.iter().position(|&m| m)
    }
}

/// Row-major events of `n` entries: each expression's value per entry, as
/// `f32`. An entry where an expression indexes past the end of a list is an
/// error naming `source`, the entry (counted from `first_entry`) and the
/// expression.
pub fn eval_rows(
    exprs: &[Expr],
    columns: &Columns,
    n: usize,
    source: &str,
    first_entry: usize,
) -> Result<Vec<f32>> {
    let width = exprs.len();
    let mut rows = vec![0.0f32; n * width];
    // One expression at a time, straight into its place in the rows.
    for (j, e) in exprs.iter().enumerate() {
        let evaluated = e
            .eval_columns(columns, n)
            .map_err(|err| Error::Expression(format!("{source}: {err}")))?;
        if let Some(entry) = evaluated.first_missing() {
            return Err(Error::Data(format!(
                "{source}: entry {}: `{}` indexes past the end of a list",
                first_entry + entry,
                e.text()
            )));
        }
        for (row, v) in rows.chunks_exact_mut(width).zip(&evaluated.values) {
            row[j] = *v as f32;
        }
    }
    Ok(rows)
}

/// Branch values by name, for [`Expr::eval_columns`].
#[derive(Debug, Default)]
pub struct Columns<'a> {
    columns: HashMap<&'a str, ColumnRef<'a>>,
}

#[derive(Debug)]
enum ColumnRef<'a> {
    Scalar(&'a [f32]),
    List {
        /// Where each event's values start in `values`, plus the end.
        starts: Vec<usize>,
        values: &'a [f32],
    },
}

impl<'a> Columns<'a> {
    /// The columns `data`, named by `names` (in the same order).
    pub fn new(names: &'a [String], data: &'a [ColumnData]) -> Self {
        let columns = names
            .iter()
            .zip(data)
            .map(|(name, column)| {
                let column = match column {
                    ColumnData::Scalar(v) => ColumnRef::Scalar(v),
                    ColumnData::Array { counts, values } => {
                        let mut starts = Vec::with_capacity(counts.len() + 1);
                        let mut at = 0usize;
                        starts.push(0);
                        for &c in counts {
                            at += c as usize;
                            starts.push(at);
                        }
                        ColumnRef::List { starts, values }
                    }
                };
                (name.as_str(), column)
            })
            .collect();
        Self { columns }
    }

    fn get(&self, name: &str) -> std::result::Result<&ColumnRef<'a>, String> {
        self.columns
            .get(name)
            .ok_or_else(|| format!("reads `{name}`, which is not available"))
    }

    /// The elements of list `name` in `event`.
    fn list(&self, name: &str, event: usize) -> std::result::Result<&'a [f32], String> {
        match self.get(name)? {
            ColumnRef::List { starts, values } => Ok(&values[starts[event]..starts[event + 1]]),
            ColumnRef::Scalar(_) => Err(format!(
                "indexes `{name}`, which holds one value per entry, not a list"
            )),
        }
    }
}

/// Element `index` of list `name` in `event`; `None` past its end.
fn element(
    columns: &Columns,
    name: &str,
    index: f64,
    event: usize,
) -> std::result::Result<Option<f64>, String> {
    let list = columns.list(name, event)?;
    let k = index.trunc();
    Ok((k >= 0.0 && (k as usize) < list.len()).then(|| f64::from(list[k as usize])))
}

/// Evaluates `node` for every event; events whose lists lack an indexed
/// element are marked in `missing`.
fn eval_node(
    node: &Node,
    columns: &Columns,
    n: usize,
    missing: &mut [bool],
) -> std::result::Result<Vec<f64>, String> {
    Ok(match node {
        Node::Number(v) => vec![*v; n],
        Node::Branch(name) => match columns.get(name)? {
            ColumnRef::Scalar(values) => values.iter().map(|&v| v as f64).collect(),
            ColumnRef::List { .. } => {
                return Err(format!(
                    "reads `{name}`, which holds a list per entry: index it (`{name}[0]`) \
                     or reduce it (`Length$({name})`, `Sum$({name})`, `Min$({name})`, `Max$({name})`)"
                ));
            }
        },
        Node::Index(name, index) => {
            let index = eval_node(index, columns, n, missing)?;
            let mut out = Vec::with_capacity(n);
            for (event, &k) in index.iter().enumerate() {
                out.push(element(columns, name, k, event)?.unwrap_or_else(|| {
                    missing[event] = true;
                    0.0
                }));
            }
            out
        }
        Node::Reduce(reduction, inner) => {
            let mut out = Vec::with_capacity(n);
            for event in 0..n {
                out.push(reduce(*reduction, inner, columns, event)?);
            }
            out
        }
        Node::Unary(op, a) => {
            let mut a = eval_node(a, columns, n, missing)?;
            for v in &mut a {
                *v = unary(*op, *v);
            }
            a
        }
        Node::Binary(op, a, b) => {
            let mut a = eval_node(a, columns, n, missing)?;
            let b = eval_node(b, columns, n, missing)?;
            for (x, y) in a.iter_mut().zip(&b) {
                *x = binary(*op, *x, *y);
            }
            a
        }
        Node::Call(func, args) => {
            let mut a = eval_node(&args[0], columns, n, missing)?;
            match args.get(1) {
                Some(b) => {
                    let b = eval_node(b, columns, n, missing)?;
                    for (x, y) in a.iter_mut().zip(&b) {
                        *x = func.apply(*x, *y);
                    }
                }
                None => a.iter_mut().for_each(|x| *x = func.apply(*x, 0.0)),
            }
            a
        }
    })
}

fn unary(op: UnaryOp, v: f64) -> f64 {
    match op {
        UnaryOp::Neg => -v,
        UnaryOp::Not => f64::from(u8::from(v == 0.0)),
    }
}

fn binary(op: BinaryOp, x: f64, y: f64) -> f64 {
    let truth = |b: bool| f64::from(u8::from(b));
    match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::Div => x / y,
        BinaryOp::Pow => x.powf(y),
        BinaryOp::Lt => truth(x < y),
        BinaryOp::Le => truth(x <= y),
        BinaryOp::Gt => truth(x > y),
        BinaryOp::Ge => truth(x >= y),
        BinaryOp::Eq => truth(x == y),
        BinaryOp::Ne => truth(x != y),
        BinaryOp::And => truth(x != 0.0 && y != 0.0),
        BinaryOp::Or => truth(x != 0.0 || y != 0.0),
    }
}

/// Number of elements `node` has in `event`: the shortest of the lists it
/// names without an index (as TTreeFormula), or 1 when it names none.
fn instances(node: &Node, columns: &Columns, event: usize) -> std::result::Result<usize, String> {
    fn walk(
        node: &Node,
        columns: &Columns,
        event: usize,
        shortest: &mut Option<usize>,
    ) -> std::result::Result<(), String> {
        match node {
            Node::Branch(name) => {
                if let ColumnRef::List { starts, .. } = columns.get(name)? {
                    let len = starts[event + 1] - starts[event];
                    *shortest = Some(shortest.map_or(len, |s| s.min(len)));
                }
            }
            Node::Unary(_, a) => walk(a, columns, event, shortest)?,
            Node::Binary(_, a, b) => {
                walk(a, columns, event, shortest)?;
                walk(b, columns, event, shortest)?;
            }
            Node::Call(_, args) => {
                for a in args {
                    walk(a, columns, event, shortest)?;
                }
            }
            Node::Index(_, index) => walk(index, columns, event, shortest)?,
            Node::Number(_) | Node::Reduce(..) => {}
        }
        Ok(())
    }
    let mut shortest = None;
    walk(node, columns, event, &mut shortest)?;
    Ok(shortest.unwrap_or(1))
}

fn reduce(
    reduction: Reduction,
    inner: &Node,
    columns: &Columns,
    event: usize,
) -> std::result::Result<f64, String> {
    let count = instances(inner, columns, event)?;
    let mut values = Vec::with_capacity(count);
    for k in 0..count {
        match eval_instance(inner, columns, event, k)? {
            Some(v) => values.push(v),
            // An indexed element past the end: the inner formula has no
            // instances at all (TTreeFormula's GetNdata() == 0).
            None => {
                values.clear();
                break;
            }
        }
    }
    Ok(match reduction {
        Reduction::Length => values.len() as f64,
        Reduction::Sum => values.iter().sum(),
        // TTreeFormula gives 0 for the minimum and maximum of no elements.
        Reduction::Min => values.iter().copied().reduce(f64::min).unwrap_or(0.0),
        Reduction::Max => values.iter().copied().reduce(f64::max).unwrap_or(0.0),
    })
}

/// The value of `node` for element `k` of `event` (lists named without an
/// index give their element `k`; everything else its value for the event);
/// `None` when an indexed element is past the end of its list.
fn eval_instance(
    node: &Node,
    columns: &Columns,
    event: usize,
    k: usize,
) -> std::result::Result<Option<f64>, String> {
    let value = |node: &Node| eval_instance(node, columns, event, k);
    Ok(Some(match node {
        Node::Number(v) => *v,
        Node::Branch(name) => match columns.get(name)? {
            ColumnRef::Scalar(values) => f64::from(values[event]),
            ColumnRef::List { starts, values } => f64::from(values[starts[event] + k]),
        },
        Node::Index(name, index) => {
            let Some(index) = value(index)? else {
                return Ok(None);
            };
            return element(columns, name, index, event);
        }
        Node::Reduce(reduction, inner) => reduce(*reduction, inner, columns, event)?,
        Node::Unary(op, a) => match value(a)? {
            Some(a) => unary(*op, a),
            None => return Ok(None),
        },
        Node::Binary(op, a, b) => match (value(a)?, value(b)?) {
            (Some(a), Some(b)) => binary(*op, a, b),
            _ => return Ok(None),
        },
        Node::Call(func, args) => {
            let Some(a) = value(&args[0])? else {
                return Ok(None);
            };
            let b = match args.get(1) {
                Some(b) => match value(b)? {
                    Some(b) => b,
                    None => return Ok(None),
                },
                None => 0.0,
            };
            func.apply(a, b)
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(text: &str, vars: &[(&str, f32)]) -> f64 {
        let cols: Vec<(String, Vec<f32>)> = vars
            .iter()
            .map(|(n, v)| (n.to_string(), vec![*v]))
            .collect();
        let map: HashMap<&str, &[f32]> = cols
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_slice()))
            .collect();
        Expr::parse(text).unwrap().eval(&map, 1).unwrap()[0]
    }

    #[test]
    fn arithmetic_follows_tformula_precedence() {
        assert_eq!(eval("1 + 2 * 3", &[]), 7.0);
        assert_eq!(eval("-2^2", &[]), -4.0);
        assert_eq!(eval("2^3^2", &[]), 512.0);
        assert_eq!(eval("(1 + 2) * 3", &[]), 9.0);
        assert_eq!(eval("10 / 4 - 1", &[]), 1.5);
        assert_eq!(eval("1e-1 * 2.5E1", &[]), 2.5);
        assert_eq!(eval("a*b + c", &[("a", 2.0), ("b", 3.0), ("c", -1.0)]), 5.0);
    }

    #[test]
    fn comparisons_and_logic_give_one_or_zero() {
        let v = [("x", 0.5f32), ("y", -1.0)];
        assert_eq!(eval("x > 0 && y < 0", &v), 1.0);
        assert_eq!(eval("x > 1 || y > 0", &v), 0.0);
        assert_eq!(eval("!(x > 1)", &v), 1.0);
        assert_eq!(eval("x>=0.5 & y!=0", &v), 1.0);
        assert_eq!(eval("x == 0.5", &v), 1.0);
    }

    #[test]
    fn functions_in_both_spellings() {
        let x = [("x", -4.0f32)];
        assert_eq!(eval("abs(x)", &x), 4.0);
        assert_eq!(eval("TMath::Abs(x)", &x), 4.0);
        assert_eq!(eval("sqrt(fabs(x))", &x), 2.0);
        assert_eq!(eval("TMath::Sqrt(16)", &[]), 4.0);
        assert_eq!(eval("pow(2, 10)", &[]), 1024.0);
        assert_eq!(eval("TMath::Power(3, 2)", &[]), 9.0);
        assert_eq!(eval("max(x, 1) + min(x, 1)", &x), -3.0);
        assert_eq!(eval("log10(1000)", &[]), 3.0);
        assert!((eval("log(exp(2))", &[]) - 2.0).abs() < 1e-15);
        assert!((eval("atan2(1, 1) * 4 - pi", &[])).abs() < 1e-15);
        assert!((eval("TMath::Pi()", &[]) - std::f64::consts::PI).abs() < 1e-15);
        assert!(
            (eval(
                "sin(0)+cos(0)+tan(0)+asin(0)+acos(1)+atan(0)+sinh(0)+cosh(0)+tanh(0)",
                &[]
            ) - 2.0)
                .abs()
                < 1e-15
        );
    }

    #[test]
    fn deep_or_long_expressions_are_refused_not_a_stack_overflow() {
        for text in [
            format!("{}x{}", "(".repeat(5000), ")".repeat(5000)),
            "-".repeat(30_000) + "x",
            vec!["x"; 50_000].join("+"),
            format!("{}1{}", "abs(".repeat(200), ")".repeat(200)),
        ] {
            let err = Expr::parse(&text).unwrap_err().to_string();
            assert!(err.contains("deep") || err.contains("tokens"), "{err}");
            assert!(
                err.len() < 400,
                "the message quotes too much: {} bytes",
                err.len()
            );
        }
        assert!(Expr::parse(&format!("{}x{}", "(".repeat(50), ")".repeat(50))).is_ok());
        assert!(Expr::parse(&vec!["x"; 900].join("+")).is_ok());
    }

    #[test]
    fn branches_are_listed_once() {
        let e = Expr::parse("var1*var2 + abs(var1) - var3.x").unwrap();
        assert_eq!(e.branches(), ["var1", "var2", "var3.x"]);
        assert_eq!(Expr::parse("var1").unwrap().as_branch(), Some("var1"));
    }

    #[test]
    fn an_operator_before_a_multibyte_character_is_an_error_not_a_panic() {
        // Found by tests/fuzz.rs: `*` followed by a three-byte character.
        let err = Expr::parse("v^+*\u{fffd}").unwrap_err().to_string();
        assert!(err.contains('\u{fffd}'), "{err}");
        assert!(Expr::parse("a<\u{e9}").is_err());
    }

    #[test]
    fn syntax_errors_point_at_the_position() {
        let err = Expr::parse("var1 + (var2 * 3").unwrap_err().to_string();
        assert!(err.contains("expected `)`"), "{err}");
        assert!(
            err.contains("var1 + (var2 * 3\n                  ^"),
            "{err}"
        );
        let err = Expr::parse("var1 $ 2").unwrap_err().to_string();
        assert!(
            err.contains("unexpected character `$` at position 6"),
            "{err}"
        );
        let err = Expr::parse("foo(1)").unwrap_err().to_string();
        assert!(err.contains("unknown function `foo`"), "{err}");
        let err = Expr::parse("pow(1)").unwrap_err().to_string();
        assert!(err.contains("takes 2 argument(s), got 1"), "{err}");
        let err = Expr::parse("1 2").unwrap_err().to_string();
        assert!(err.contains("unexpected text"), "{err}");
        assert!(Expr::parse("").is_err());
    }
}

#[cfg(test)]
mod list_tests {
    use super::*;

    /// Two events: `jets` = [30, 50, 10] and [], `n` = 2 and 0.
    fn eval_lists(text: &str) -> Evaluated {
        let names = vec!["jets".to_string(), "n".to_string()];
        let data = vec![
            ColumnData::Array {
                counts: vec![3, 0],
                values: vec![30.0, 50.0, 10.0],
            },
            ColumnData::Scalar(vec![2.0, 0.0]),
        ];
        let columns = Columns::new(&names, &data);
        Expr::parse(text)
            .unwrap()
            .eval_columns(&columns, 2)
            .unwrap()
    }

    #[test]
    fn indexes_read_one_element_and_past_the_end_gives_no_value() {
        let e = eval_lists("jets[1] * 2");
        assert_eq!(e.values, [100.0, 0.0]);
        assert_eq!(e.missing, [false, true]);
        // The index may be an expression.
        assert_eq!(eval_lists("jets[n - 1]").values, [50.0, 0.0]);
        assert_eq!(eval_lists("jets[n - 1]").missing, [false, true]);
        assert_eq!(eval_lists("jets[-1]").missing, [true, true]);
        // TTreeFormula: the whole expression has no value, not just the term.
        assert_eq!(eval_lists("jets[5] + 3").values, [0.0, 0.0]);
    }

    #[test]
    fn reductions_follow_ttreeformula() {
        assert_eq!(eval_lists("Length$(jets)").values, [3.0, 0.0]);
        assert_eq!(eval_lists("Sum$(jets)").values, [90.0, 0.0]);
        assert_eq!(eval_lists("Min$(jets)").values, [10.0, 0.0]);
        assert_eq!(eval_lists("Max$(jets)").values, [50.0, 0.0]);
        assert_eq!(eval_lists("Sum$(jets > 20)").values, [2.0, 0.0]);
        assert_eq!(eval_lists("Sum$(jets * n)").values, [180.0, 0.0]);
        assert_eq!(
            eval_lists("Max$(jets) / Length$(jets)").values[0],
            50.0 / 3.0
        );
        // A reduction of an index past the end has no elements.
        assert_eq!(eval_lists("Length$(jets[1])").values, [1.0, 0.0]);
        assert_eq!(eval_lists("Sum$(jets[7])").values, [0.0, 0.0]);
        assert!(eval_lists("Sum$(jets)").missing.iter().all(|m| !m));
    }

    #[test]
    fn lists_without_index_or_reduction_are_refused_in_words() {
        let names = vec!["jets".to_string()];
        let data = vec![ColumnData::Array {
            counts: vec![1],
            values: vec![1.0],
        }];
        let columns = Columns::new(&names, &data);
        let err = Expr::parse("jets * 2")
            .unwrap()
            .eval_columns(&columns, 1)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`jets * 2` reads `jets`, which holds a list"),
            "{err}"
        );
        assert!(
            err.contains("`jets[0]`") && err.contains("`Sum$(jets)`"),
            "{err}"
        );
        let scalar = vec![ColumnData::Scalar(vec![1.0])];
        let columns = Columns::new(&names, &scalar);
        let err = Expr::parse("jets[0]")
            .unwrap()
            .eval_columns(&columns, 1)
            .unwrap_err()
            .to_string();
        assert!(err.contains("not a list"), "{err}");
    }

    #[test]
    fn index_syntax_errors_point_at_the_position() {
        let err = Expr::parse("jets[0").unwrap_err().to_string();
        assert!(err.contains("expected `]`"), "{err}");
        let err = Expr::parse("m[0][1]").unwrap_err().to_string();
        assert!(err.contains("more than one index"), "{err}");
        assert_eq!(
            Expr::parse("Sum$(jets[0] > x)").unwrap().branches(),
            ["jets", "x"]
        );
    }
}
