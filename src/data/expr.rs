//! TMVA's expression language (TFormula syntax) for variables, weights and
//! cuts: numbers, branch names, `+ - * / ^`, parentheses, unary minus,
//! comparisons, `&& || !`, the functions `abs fabs sqrt exp log log10 pow min
//! max sin cos tan asin acos atan atan2 sinh cosh tanh` (also spelled
//! `TMath::Abs`, `TMath::Sqrt`, ...) and the constant `pi` (`TMath::Pi()`).
//!
//! An expression is parsed once into a tree and evaluated column-wise: one
//! pass per node over all events, in `f64` like TFormula, then stored as
//! `f32`. Comparisons and logic give 1 or 0.

use std::collections::HashMap;

use crate::error::{Error, Result};

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
                if b.is_ascii_alphanumeric() || b == '_' || b == '.' {
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
                i += if matches!(
                    &text[i..i + 2.min(text.len() - i)],
                    "&&" | "||" | "<=" | ">=" | "==" | "!=" | "**"
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

struct Parser<'a> {
    tokens: &'a [(Token, usize)],
    pos: usize,
    end: usize,
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
        match self.eat_op(&["-", "+", "!"]) {
            Some("-") => Ok(Node::Unary(UnaryOp::Neg, Box::new(self.unary()?))),
            Some("!") => Ok(Node::Unary(UnaryOp::Not, Box::new(self.unary()?))),
            Some(_) => self.unary(),
            None => self.power(),
        }
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
                if self.peek() == Some(&Token::LParen) {
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
            Error::Expression(format!(
                "{message} at position {}\n  {text}\n  {}^",
                at + 1,
                " ".repeat(at)
            ))
        };
        let tokens = tokenize(text).map_err(fail)?;
        let mut parser = Parser {
            tokens: &tokens,
            pos: 0,
            end: text.len(),
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
                Node::Number(_) => {}
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    /// Evaluates the expression for `n` events whose branches are given as
    /// columns by name. A branch missing from `columns` is an error naming it.
    pub fn eval(&self, columns: &HashMap<&str, &[f32]>, n: usize) -> Result<Vec<f64>> {
        eval_node(&self.root, columns, n).map_err(|name| {
            Error::Expression(format!(
                "`{}` reads `{name}`, which is not available",
                self.text
            ))
        })
    }
}

fn eval_node(
    node: &Node,
    columns: &HashMap<&str, &[f32]>,
    n: usize,
) -> std::result::Result<Vec<f64>, String> {
    Ok(match node {
        Node::Number(v) => vec![*v; n],
        Node::Branch(name) => columns
            .get(name.as_str())
            .ok_or_else(|| name.clone())?
            .iter()
            .map(|&v| v as f64)
            .collect(),
        Node::Unary(op, a) => {
            let mut a = eval_node(a, columns, n)?;
            for v in &mut a {
                *v = match op {
                    UnaryOp::Neg => -*v,
                    UnaryOp::Not => f64::from(u8::from(*v == 0.0)),
                };
            }
            a
        }
        Node::Binary(op, a, b) => {
            let mut a = eval_node(a, columns, n)?;
            let b = eval_node(b, columns, n)?;
            let truth = |x: bool| f64::from(u8::from(x));
            for (x, y) in a.iter_mut().zip(&b) {
                let y = *y;
                *x = match op {
                    BinaryOp::Add => *x + y,
                    BinaryOp::Sub => *x - y,
                    BinaryOp::Mul => *x * y,
                    BinaryOp::Div => *x / y,
                    BinaryOp::Pow => x.powf(y),
                    BinaryOp::Lt => truth(*x < y),
                    BinaryOp::Le => truth(*x <= y),
                    BinaryOp::Gt => truth(*x > y),
                    BinaryOp::Ge => truth(*x >= y),
                    BinaryOp::Eq => truth(*x == y),
                    BinaryOp::Ne => truth(*x != y),
                    BinaryOp::And => truth(*x != 0.0 && y != 0.0),
                    BinaryOp::Or => truth(*x != 0.0 || y != 0.0),
                };
            }
            a
        }
        Node::Call(func, args) => {
            let mut a = eval_node(&args[0], columns, n)?;
            match args.get(1) {
                Some(b) => {
                    let b = eval_node(b, columns, n)?;
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
    fn branches_are_listed_once() {
        let e = Expr::parse("var1*var2 + abs(var1) - var3.x").unwrap();
        assert_eq!(e.branches(), ["var1", "var2", "var3.x"]);
        assert_eq!(Expr::parse("var1").unwrap().as_branch(), Some("var1"));
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
