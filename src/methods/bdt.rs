//! TMVA's boosted decision trees (`MethodBDT`), applied from weight files
//! trained by ROOT: the forest, its boosting and its output as
//! `MethodBDT::GetMvaValue`, `GetRegressionValues` and
//! `GetMulticlassValues` compute them (docs/tmva-weight-files.md, section 3).
//! tmva-burn does not train BDTs.

use crate::error::Result;

/// One node of a tree, children by index into the tree's nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The variable the cut reads (`IVar`; unused with Fisher cuts).
    pub variable: usize,
    /// Fisher-cut coefficients, the offset last (`fC*`; empty for plain cuts).
    pub fisher: Vec<f64>,
    /// `Cut`, held in `Float_t`.
    pub cut: f32,
    /// `cType`: whether passing the cut sends the event right.
    pub cut_selects_right: bool,
    /// `res`: the regression response (Grad's leaf value).
    pub response: f64,
    /// `purity`, held in `Float_t`.
    pub purity: f32,
    /// `nType`: 0 for an inner node, +1 (signal) or -1 (background) for a leaf.
    pub node_type: i32,
    /// Children (`pos="l"`, `pos="r"`), for inner nodes.
    pub children: Option<(usize, usize)>,
}

/// One tree: its nodes (the root first) and boost weight.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    /// The nodes, root first.
    pub nodes: Vec<Node>,
    /// `boostWeight`, held in `Float_t`.
    pub boost_weight: f64,
}

/// How the trees' answers are combined (`BoostType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boost {
    /// AdaBoost, RealAdaBoost, Bagging, AdaCost: the boost-weighted mean.
    Weighted,
    /// Gradient boosting: the sum of the leaves' responses.
    Grad,
}

/// `DoPreselection`'s cuts on one variable: `(is set, value)` per cut.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Preselection {
    /// Below this: background (-1).
    pub low_bkg: Option<f64>,
    /// Below this: signal (+1).
    pub low_sig: Option<f64>,
    /// Above this: background (-1).
    pub high_bkg: Option<f64>,
    /// Above this: signal (+1).
    pub high_sig: Option<f64>,
}

/// What the forest computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BdtOutput {
    /// One value: AdaBoost's weighted mean in [-1, 1] (or of purities in
    /// [0, 1]), Grad's `2/(1+exp(-2F))-1`.
    Classification,
    /// One target.
    Regression,
    /// One probability per class; tree `t` belongs to class `t % n`.
    Multiclass(usize),
}

/// A trained forest.
#[derive(Debug, Clone, PartialEq)]
pub struct Forest {
    /// The trees.
    pub trees: Vec<Tree>,
    /// The weights' `AnalysisType`: the trees answer with `res` when it is
    /// regression (1), as Grad's trees always do.
    pub regression_trees: bool,
    /// How the trees' answers combine.
    pub boost: Boost,
    /// `UseYesNoLeaf`: classification trees answer ±1, else their purity.
    pub use_yes_no_leaf: bool,
    /// What the method computes.
    pub output: BdtOutput,
    /// `DoPreselection`'s cuts, one per variable, when set.
    pub preselection: Option<Vec<Preselection>>,
    /// Input variables.
    pub n_variables: usize,
}

impl Tree {
    /// `DecisionTree::CheckEvent`.
    fn answer(&self, x: &[f32], regression: bool, yes_no_leaf: bool) -> f64 {
        let mut node = &self.nodes[0];
        while node.node_type == 0 {
            let Some((left, right)) = node.children else {
                break;
            };
            let passes = if node.fisher.is_empty() {
                x[node.variable] >= node.cut
            } else {
                let (offset, coefficients) = node.fisher.split_last().expect("not empty");
                let value = coefficients
                    .iter()
                    .zip(x)
                    .fold(*offset, |s, (c, &v)| s + c * v as f64);
                value > node.cut as f64
            };
            let right_side = if node.cut_selects_right {
                passes
            } else {
                !passes
            };
            node = &self.nodes[if right_side { right } else { left }];
        }
        if regression {
            node.response
        } else if yes_no_leaf {
            node.node_type as f64
        } else {
            node.purity as f64
        }
    }
}

impl Forest {
    /// Checks that every node's children and variables exist and that the
    /// output fits the boosting; the message says what is wrong.
    pub fn check(&self) -> std::result::Result<(), String> {
        if self.trees.is_empty() {
            return Err("the forest has no trees".into());
        }
        for (t, tree) in self.trees.iter().enumerate() {
            if tree.nodes.is_empty() {
                return Err(format!("tree {t} has no nodes"));
            }
            for (k, node) in tree.nodes.iter().enumerate() {
                let inner = node.node_type == 0;
                if inner && node.children.is_none() {
                    return Err(format!("tree {t}: inner node {k} has no children"));
                }
                if let Some((l, r)) = node.children
                    && (l >= tree.nodes.len() || r >= tree.nodes.len() || l <= k || r <= k)
                {
                    return Err(format!("tree {t}: node {k} has children out of order"));
                }
                if inner && node.fisher.is_empty() && node.variable >= self.n_variables {
                    return Err(format!(
                        "tree {t}: node {k} cuts on variable {} of {}",
                        node.variable, self.n_variables
                    ));
                }
                if !node.fisher.is_empty() && node.fisher.len() != self.n_variables + 1 {
                    return Err(format!(
                        "tree {t}: node {k} has {} Fisher coefficients; {} variables need {}",
                        node.fisher.len(),
                        self.n_variables,
                        self.n_variables + 1
                    ));
                }
            }
        }
        if let Some(cuts) = &self.preselection
            && cuts.len() != self.n_variables
        {
            return Err(format!(
                "preselection cuts for {} of {} variables",
                cuts.len(),
                self.n_variables
            ));
        }
        match (self.output, self.boost) {
            (BdtOutput::Multiclass(n), _) if n < 2 => {
                Err(format!("a multiclass forest with {n} classes"))
            }
            (BdtOutput::Multiclass(_), Boost::Weighted) => {
                Err("multiclass BDTs need BoostType=Grad (as TMVA trains them)".into())
            }
            _ => Ok(()),
        }
    }

    /// `MethodBDT::ApplyPreselectionCuts`: ±1 where a cut decides, else 0.
    fn preselect(cuts: &[Preselection], x: &[f32]) -> f64 {
        let mut result = 0.0;
        for (cut, &v) in cuts.iter().zip(x) {
            let v = v as f64;
            if cut.low_bkg.is_some_and(|c| v < c) {
                result = -1.0;
            }
            if cut.low_sig.is_some_and(|c| v < c) {
                result = 1.0;
            }
            if cut.high_bkg.is_some_and(|c| v > c) {
                result = -1.0;
            }
            if cut.high_sig.is_some_and(|c| v > c) {
                result = 1.0;
            }
        }
        result
    }

    fn weighted_mean(&self, x: &[f32]) -> f64 {
        let (mut sum, mut norm) = (0.0, 0.0);
        for tree in &self.trees {
            sum += tree.boost_weight * tree.answer(x, self.regression_trees, self.use_yes_no_leaf);
            norm += tree.boost_weight;
        }
        if norm > f64::EPSILON { sum / norm } else { 0.0 }
    }

    fn response_sum(&self, x: &[f32]) -> f64 {
        self.trees
            .iter()
            .map(|t| t.answer(x, self.regression_trees, false))
            .sum()
    }

    /// Appends the outputs of one event (its transformed variables).
    fn evaluate_event(&self, x: &[f32], out: &mut Vec<f32>) {
        match self.output {
            BdtOutput::Classification => {
                if let Some(cuts) = &self.preselection {
                    let decided = Self::preselect(cuts, x);
                    if decided.abs() > 0.05 {
                        out.push(decided as f32);
                        return;
                    }
                }
                let mva = match self.boost {
                    Boost::Grad => 2.0 / (1.0 + (-2.0 * self.response_sum(x)).exp()) - 1.0,
                    Boost::Weighted => self.weighted_mean(x),
                };
                out.push(mva as f32);
            }
            BdtOutput::Regression => {
                let value = match self.boost {
                    // Grad's first boost weight holds the initial estimate.
                    Boost::Grad => self.response_sum(x) + self.trees[0].boost_weight,
                    Boost::Weighted => {
                        let (mut sum, mut norm) = (0.0, 0.0);
                        for tree in &self.trees {
                            sum += tree.boost_weight * tree.answer(x, true, false);
                            norm += tree.boost_weight;
                        }
                        if norm > f64::EPSILON { sum / norm } else { 0.0 }
                    }
                };
                out.push(value as f32);
            }
            BdtOutput::Multiclass(n) => {
                let mut sums = vec![0.0f64; n];
                for (t, tree) in self.trees.iter().enumerate() {
                    sums[t % n] += tree.answer(x, true, false);
                }
                for k in 0..n {
                    let others: f64 = (0..n)
                        .filter(|&j| j != k)
                        .map(|j| (sums[j] - sums[k]).exp())
                        .sum();
                    out.push((1.0 / (1.0 + others)) as f32);
                }
            }
        }
    }
}

impl super::TrainedModel for Forest {
    fn n_outputs(&self) -> usize {
        match self.output {
            BdtOutput::Multiclass(n) => n,
            _ => 1,
        }
    }

    fn evaluate(&self, events: &[f32], out: &mut Vec<f32>) -> Result<()> {
        super::for_each_event(events, self.n_variables, "BDT", |x| {
            self.evaluate_event(x, out)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::methods::TrainedModel;

    fn leaf(node_type: i32, response: f64, purity: f32) -> Node {
        Node {
            variable: 0,
            fisher: Vec::new(),
            cut: 0.0,
            cut_selects_right: true,
            response,
            purity,
            node_type,
            children: None,
        }
    }

    /// A stump on variable `var`: `x >= cut` goes right (signal leaf).
    fn stump(var: usize, cut: f32, weight: f64) -> Tree {
        Tree {
            nodes: vec![
                Node {
                    variable: var,
                    cut,
                    children: Some((1, 2)),
                    ..leaf(0, 0.0, 0.5)
                },
                leaf(-1, -0.3, 0.2),
                leaf(1, 0.4, 0.9),
            ],
            boost_weight: weight,
        }
    }

    fn forest(boost: Boost, output: BdtOutput) -> Forest {
        Forest {
            trees: vec![stump(0, 1.0, 2.0), stump(1, -0.5, 1.0)],
            regression_trees: boost == Boost::Grad,
            boost,
            use_yes_no_leaf: true,
            output,
            preselection: None,
            n_variables: 2,
        }
    }

    fn run(f: &Forest, x: [f32; 2]) -> Vec<f32> {
        let mut out = Vec::new();
        f.evaluate(&x, &mut out).unwrap();
        out
    }

    #[test]
    fn adaboost_is_the_boost_weighted_mean_of_the_leaf_types_with_cuts_taken_as_ge() {
        let f = forest(Boost::Weighted, BdtOutput::Classification);
        // Tree 1: x0 = 1 >= 1 → +1 (weight 2); tree 2: x1 = -1 < -0.5 → -1.
        assert_eq!(run(&f, [1.0, -1.0]), [(2.0 - 1.0) / 3.0]);
        let purities = Forest {
            use_yes_no_leaf: false,
            ..f
        };
        assert_eq!(
            run(&purities, [1.0, -1.0]),
            [((2.0 * 0.9f32 as f64 + 0.2f32 as f64) / 3.0) as f32]
        );
    }

    #[test]
    fn grad_sums_the_responses_through_tmvas_sigmoid() {
        let f = forest(Boost::Grad, BdtOutput::Classification);
        let sum: f64 = 0.4 - 0.3;
        let want = 2.0 / (1.0 + (-2.0 * sum).exp()) - 1.0;
        assert_eq!(run(&f, [2.0, -1.0]), [want as f32]);
        let regression = forest(Boost::Grad, BdtOutput::Regression);
        assert_eq!(run(&regression, [2.0, -1.0]), [(sum + 2.0) as f32]);
    }

    #[test]
    fn multiclass_trees_take_turns_and_give_probabilities() {
        let f = forest(Boost::Grad, BdtOutput::Multiclass(2));
        let out = run(&f, [2.0, -1.0]);
        let want0 = 1.0 / (1.0 + (-0.3f64 - 0.4).exp());
        assert!((out[0] as f64 - want0).abs() < 1e-7, "{out:?}");
        assert!((out[0] + out[1] - 1.0).abs() < 1e-6);
    }

    #[test]
    fn preselection_decides_before_the_trees() {
        let mut f = forest(Boost::Weighted, BdtOutput::Classification);
        f.preselection = Some(vec![
            Preselection {
                high_sig: Some(5.0),
                ..Default::default()
            },
            Preselection::default(),
        ]);
        assert_eq!(run(&f, [6.0, -1.0]), [1.0]);
        assert_eq!(run(&f, [1.0, -1.0]), [1.0 / 3.0]);
    }

    #[test]
    fn broken_forests_are_refused() {
        let mut f = forest(Boost::Weighted, BdtOutput::Classification);
        f.trees[1].nodes[0].variable = 2;
        assert!(f.check().unwrap_err().contains("variable 2 of 2"));
        let mut f = forest(Boost::Weighted, BdtOutput::Classification);
        f.trees[0].nodes[0].children = Some((0, 2));
        assert!(f.check().unwrap_err().contains("out of order"));
        let f = forest(Boost::Weighted, BdtOutput::Multiclass(3));
        assert!(f.check().unwrap_err().contains("BoostType=Grad"));
    }
}
