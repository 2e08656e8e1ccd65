//! Column-wise evaluation of a parsed expression.

use std::collections::HashMap;

use super::{BinaryOp, Expr, Node, Reduction, UnaryOp};
use crate::error::{Error, Result};
use crate::io::ColumnData;

impl Expr {
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
