//! Tokens and the recursive-descent parser.

use super::{BinaryOp, Expr, Func, Node, Reduction, UnaryOp};
use crate::error::{Error, Result};

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

pub(super) fn parse(text: &str) -> Result<Expr> {
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
    Ok(Expr {
        text: text.to_string(),
        root,
    })
}
