//! `MethodBDT`'s `<Weights>` (`MethodBDT::ReadWeightsFromXML`,
//! `BinaryTree::ReadXML`, `DecisionTreeNode::ReadAttributes`), read into a
//! [`Forest`].

use roxmltree::Node as XmlNode;

use super::xml::Doc;
use crate::error::Result;
use crate::methods::Analysis;
use crate::methods::bdt::{BdtOutput, Boost, Forest, Node, Preselection, Tree};
use crate::options::parse_bool;

/// The forest in `weights`; `options` are the file's `<Option>` values by
/// name (BoostType, UseYesNoLeaf).
pub fn read(
    doc: Doc,
    weights: XmlNode,
    option: &dyn Fn(&str) -> Option<String>,
    analysis: Analysis,
    n_variables: usize,
    n_classes: usize,
) -> Result<Forest> {
    let boost_type = option("BoostType").unwrap_or_else(|| "AdaBoost".into());
    let boost = match boost_type.as_str() {
        "Grad" => Boost::Grad,
        "AdaBoostR2" if analysis == Analysis::Regression => {
            return Err(
                doc.fail("BoostType AdaBoostR2 (regression by weighted median) is not supported")
            );
        }
        "AdaBoost" | "RealAdaBoost" | "Bagging" | "AdaCost" | "AdaBoostR2" => Boost::Weighted,
        other => return Err(doc.fail(format!("BoostType `{other}` is not one TMVA writes"))),
    };
    let yes_no = option("UseYesNoLeaf").unwrap_or_else(|| "True".into());
    let use_yes_no_leaf = parse_bool(&yes_no)
        .ok_or_else(|| doc.fail(format!("UseYesNoLeaf `{yes_no}` is not True or False")))?;
    // `MethodBDT::ReadWeightsFromXML` looks for the older name first.
    let analysis_type = match weights.attribute("TreeType") {
        Some(_) => doc.count(weights, "TreeType")?,
        None => match weights.attribute("AnalysisType") {
            Some(_) => doc.count(weights, "AnalysisType")?,
            None => 0,
        },
    };
    let mut trees = Vec::new();
    for (t, xml) in Doc::children(weights, "BinaryTree").enumerate() {
        let root = xml
            .children()
            .find(|n| n.has_tag_name("Node"))
            .ok_or_else(|| doc.fail(format!("tree {t} has no <Node>")))?;
        let mut nodes = Vec::new();
        read_node(doc, root, &mut nodes, 0)?;
        let boost_weight = doc.number(xml, "boostWeight")? as f32 as f64;
        trees.push(Tree {
            nodes,
            boost_weight,
        });
    }
    if let Some(count) = weights.attribute("NTrees")
        && count.trim().parse::<usize>().ok() != Some(trees.len())
    {
        return Err(doc.fail(format!(
            "NTrees is `{count}` but {} <BinaryTree> elements follow",
            trees.len()
        )));
    }
    // As ROOT: the cuts apply when the weights carry them.
    let do_preselection = weights.attribute("PreselectionLowBkgVar0").is_some();
    let preselection = if do_preselection {
        let cut = |i: usize, which: &str| -> Result<Option<f64>> {
            let flag = format!("Preselection{which}Var{i}");
            match weights.attribute(flag.as_str()).map(str::trim) {
                Some("1") | Some("true") => Ok(Some(doc.number(weights, &format!("{flag}Value"))?)),
                _ => Ok(None),
            }
        };
        Some(
            (0..n_variables)
                .map(|i| {
                    Ok(Preselection {
                        low_bkg: cut(i, "LowBkg")?,
                        low_sig: cut(i, "LowSig")?,
                        high_bkg: cut(i, "HighBkg")?,
                        high_sig: cut(i, "HighSig")?,
                    })
                })
                .collect::<Result<Vec<_>>>()?,
        )
    } else {
        None
    };
    let output = match analysis {
        Analysis::Classification => BdtOutput::Classification,
        Analysis::Regression => BdtOutput::Regression,
        Analysis::Multiclass => BdtOutput::Multiclass(n_classes),
    };
    let forest = Forest {
        trees,
        regression_trees: analysis_type == 1,
        boost,
        use_yes_no_leaf,
        output,
        preselection,
        n_variables,
    };
    forest.check().map_err(|e| doc.fail(e))?;
    Ok(forest)
}

/// Trees nest at most this deep (TMVA's `MaxDepth` is 3 by default and
/// rarely above 20); the XML parser has already bounded the depth.
const MAX_TREE_DEPTH: usize = 200;

/// Appends `xml` and its subtree to `nodes` (parents before children) and
/// returns its index.
fn read_node(doc: Doc, xml: XmlNode, nodes: &mut Vec<Node>, depth: usize) -> Result<usize> {
    if depth > MAX_TREE_DEPTH {
        return Err(doc.fail(format!("a tree deeper than {MAX_TREE_DEPTH} levels")));
    }
    let n_coef = match xml.attribute("NCoef") {
        Some(_) => doc.count(xml, "NCoef")?,
        None => 0,
    };
    let fisher = (0..n_coef)
        .map(|i| doc.number(xml, &format!("fC{i}")))
        .collect::<Result<Vec<f64>>>()?;
    let variable: i64 = doc.parse(xml, "IVar", "an integer")?;
    let node_type: i32 = doc.parse(xml, "nType", "an integer")?;
    let cut_type: i32 = doc.parse(xml, "cType", "an integer")?;
    let purity = match xml.attribute("purity") {
        Some(_) => doc.number(xml, "purity")?,
        None => {
            let (s, b) = (doc.number(xml, "nS")?, doc.number(xml, "nB")?);
            if s + b > 0.0 { s / (s + b) } else { 0.0 }
        }
    };
    let response = match xml.attribute("res") {
        Some(_) => doc.number(xml, "res")? as f32 as f64,
        None => 0.0,
    };
    let index = nodes.len();
    nodes.push(Node {
        variable: usize::try_from(variable).unwrap_or(usize::MAX),
        fisher,
        cut: doc.number(xml, "Cut")? as f32,
        cut_selects_right: cut_type != 0,
        response,
        purity: purity as f32,
        node_type,
        children: None,
    });
    let (mut left, mut right) = (None, None);
    for child in Doc::children(xml, "Node") {
        let slot = match doc.attr(child, "pos")? {
            "l" => &mut left,
            "r" => &mut right,
            other => {
                return Err(doc.fail(format!("a child <Node> with pos `{other}` (l or r)")));
            }
        };
        if slot.is_some() {
            return Err(doc.fail("a <Node> with two children on one side"));
        }
        *slot = Some(read_node(doc, child, nodes, depth + 1)?);
    }
    nodes[index].children = match (left, right) {
        (Some(l), Some(r)) => Some((l, r)),
        (None, None) => None,
        _ => return Err(doc.fail("a <Node> with one child")),
    };
    Ok(index)
}
