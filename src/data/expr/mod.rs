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

mod eval;
mod parse;

#[cfg(test)]
use std::collections::HashMap;

pub use eval::{Columns, Evaluated, eval_rows};

use crate::error::Result;
#[cfg(test)]
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

impl Expr {
    /// Parses `text`. A syntax error shows the expression with a caret under
    /// the position at fault.
    pub fn parse(text: &str) -> Result<Self> {
        parse::parse(text)
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
