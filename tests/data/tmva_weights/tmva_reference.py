#!/usr/bin/env python3
"""Independent NumPy transcription of how ROOT's TMVA::Reader evaluates XML weight files.

Regenerates reference_outputs.json next to this script, from the repository root (MethodPyTorch
resolves FilenameTrainedModel and UserCode relative to the current directory; main() moves there):

    .venv-torch/bin/python tests/data/tmva_weights/tmva_reference.py

(torch is needed only for PyTorch:: files.)  It covers the ROOT-trained files in this folder and the
files tmva-burn wrote in ours/dataset/weights.  For each file, check_root_accepts() says whether ROOT's
Reader would accept it (docs/tmva-weight-files.md section 6); the JSON records root_accepts,
root_warnings and root_errors.  Check any files without regenerating:

    .venv-torch/bin/python tests/data/tmva_weights/tmva_reference.py --check FILE.weights.xml ...

Transcribed from ROOT's sources (tmva/tmva/src): Reader.cxx (EvaluateMVA copies inputs to float),
MethodBase.cxx (ReadStateFromXML: only ParseOptions, never ProcessOptions), TransformationHandler /
VariableTransformBase (float in, float out, last class block for cls=-1), VariableNormalizeTransform.cxx
(Transform / InverseTransform), VariableDecorrTransform.cxx, VariablePCATransform.cxx,
VariableGaussTransform.cxx, PDF.cxx (BuildSplinePDF, FillSplineToHist, GetVal), TSpline1.cxx,
TMath::ErfInverse, MethodFisher.cxx, MethodBDT.cxx, DecisionTree.cxx (CheckEvent),
DecisionTreeNode.cxx (GoesRight), MethodANNBase.cxx (BuildNetwork, ReadWeightsFromXML, GetMvaValue,
GetRegressionValues, GetMulticlassValues), TNeuron.cxx, TNeuronInput*.cxx, TActivation*.cxx,
pymva MethodPyTorch.cxx (SetupPyTorchModel, GetMvaValue).  The checker follows Reader.cxx (BookMVA),
MethodBase.cxx (ReadStateFromXML, Read*FromXML, DeclareBaseOptions, DeclareCompatibilityOptions),
Configurable.cxx/.h and Option.h (ReadOptionsFromXML, ParseOptions, CheckForUnusedOptions,
AddPreDefVal), Tools.h (ReadAttr), the transforms' and PDF's ReadFromXML/ReadXML and the methods'
DeclareOptions and ReadWeightsFromXML.

Only the XML parser of the standard library is used (xml.etree).  Numbers follow C++ types:
np.float32 where ROOT stores Float_t, Python float (IEEE double) where ROOT uses Double_t, and
sums are accumulated in the same order as ROOT does.
"""
import json
import math
import os
import sys
import zlib
import xml.etree.ElementTree as ET

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
F32 = np.float32


def f32(x):
    return F32(x)


def tmva_version_code(s):
    # "4.2.1 [262657]" -> 262657 (MethodBase::ReadStateFromXML takes the code inside [])
    return int(s[s.index('[') + 1:s.index(']')])


def TMVA_VERSION(a, b, c):
    return (a << 16) + (b << 8) + c


# ----------------------------------------------------------------------------------------------
# generic file model
# ----------------------------------------------------------------------------------------------
class WeightFile:
    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        root = ET.parse(path).getroot()
        self.root = root
        meth = root.get('Method')
        self.method_type, self.method_title = meth.split('::', 1)
        self.info = {}
        for it in root.find('GeneralInfo'):
            self.info[it.get('name')] = it.get('value')
        self.analysis = self.info.get('AnalysisType', 'Classification').lower()
        self.tmva_version = tmva_version_code(self.info.get('TMVA Release', self.info.get('TMVA', '0 [0]')))
        self.options = {}
        opts = root.find('Options')
        if opts is not None:
            for o in opts:
                self.options[o.get('name')] = (o.text or '')
        self.variables = []
        for v in root.find('Variables'):
            self.variables.append(dict(v.attrib))
        self.variables.sort(key=lambda d: int(d['VarIndex']))
        self.nvar = len(self.variables)
        self.targets = []
        tg = root.find('Targets')
        if tg is not None:
            for t in tg:
                self.targets.append(dict(t.attrib))
        cl = root.find('Classes')
        self.nclasses = int(cl.get('NClass')) if cl is not None else 2
        self.class_names = [c.get('Name') for c in cl] if cl is not None else []
        self.transforms = []
        trs = root.find('Transformations')
        if trs is not None:
            for t in trs:
                self.transforms.append(make_transform(t, self))
        self.weights = root.find('Weights')
        if self.method_type == 'Fisher':
            self.method = Fisher(self)
        elif self.method_type == 'BDT':
            self.method = BDT(self)
        elif self.method_type == 'MLP':
            self.method = MLP(self)
        elif self.method_type == 'PyTorch':
            self.method = PyTorchMethod(self)
        else:
            raise NotImplementedError(self.method_type)

    def opt(self, name, default=None):
        return self.options.get(name, default)

    # Reader::EvaluateMVA(vector<double>) -> vector<float> -> MethodBase::GetEvent() -> Transform
    def transformed(self, inputs):
        vals = [f32(x) for x in inputs]       # Event values are Float_t
        tg = None                              # a Reader event carries no targets (masked)
        for tr in self.transforms:            # file order, each with cls = -1
            vals = tr.forward(vals)
        return vals

    def evaluate(self, inputs):
        if any(math.isnan(float(x)) for x in inputs):
            return -999.0 if self.analysis == 'classification' else None
        x = self.transformed(inputs)
        if self.analysis == 'classification':
            return float(self.method.mva(x))
        if self.analysis == 'regression':
            return [float(v) for v in self.method.regression(x, self)]
        return [float(v) for v in self.method.multiclass(x, self)]


# ----------------------------------------------------------------------------------------------
# transformations
# ----------------------------------------------------------------------------------------------
class Selection:
    """VariableTransformBase::ReadFromXML: <Input>/<Output> lists of (type, index)."""

    def __init__(self, tnode, wf):
        sel = tnode.find('Selection')
        self.inputs, self.outputs = [], []
        if sel is None:  # very old files: all variables then all targets
            self.inputs = [('v', i) for i in range(wf.nvar)] + [('t', i) for i in range(len(wf.targets))]
            self.outputs = list(self.inputs)
            return
        for which, lst in (('Input', self.inputs), ('Output', self.outputs)):
            node = sel.find(which)
            for e in node:
                lst.append(self._resolve(e, wf))

    @staticmethod
    def _resolve(e, wf):
        typ = e.get('Type')
        lab, expr = e.get('Label'), e.get('Expression')
        if typ == 'Variable':
            coll, c = wf.variables, 'v'
        elif typ == 'Target':
            coll, c = wf.targets, 't'
        else:
            return ('s', 0)
        for i, v in enumerate(coll):  # first one whose Label or Expression matches
            if v.get('Label') == lab or v.get('Expression') == expr:
                return (c, i)
        raise ValueError('unresolved selection entry %s' % lab)

    def get(self, vals, targets=None, back=False):
        """GetInput: returns (values, mask).  Targets/spectators absent in a Reader event are masked."""
        lst = self.outputs if back else self.inputs
        out, mask = [], []
        for (c, i) in lst:
            if c == 'v':
                out.append(vals[i]); mask.append(False)
            elif c == 't' and targets is not None and i < len(targets):
                out.append(targets[i]); mask.append(False)
            else:
                out.append(f32(0)); mask.append(True)
        return out, mask

    def put(self, vals, targets, outvals, mask, back=False):
        """SetOutput: write unmasked outputs to the indices named by Output k (or Input k when back)."""
        lst = self.inputs if back else self.outputs
        vals = list(vals)
        targets = list(targets) if targets is not None else None
        it = iter(outvals)
        for k, (c, i) in enumerate(lst):
            if mask[k]:
                continue
            y = f32(next(it))
            if c == 'v':
                vals[i] = y
            elif c == 't':
                targets[i] = y
        return vals, targets


def make_transform(t, wf):
    name = t.get('Name')
    if name == 'Normalize':
        return Normalize(t, wf)
    if name == 'Decorrelation':
        return Decorrelation(t, wf)
    if name == 'PCA':
        return PCA(t, wf)
    if name in ('Gauss', 'Uniform'):
        return GaussUniform(t, wf)
    raise NotImplementedError(name)


class Normalize:
    """VariableNormalizeTransform::Transform / InverseTransform (all Float_t arithmetic)."""

    def __init__(self, t, wf):
        self.name = 'Normalize'
        self.sel = Selection(t, wf)
        self.wf = wf
        n = len(self.sel.inputs)
        blocks = {}
        for c in t.findall('Class'):
            ci = int(c.get('ClassIndex'))
            mn = [f32(0)] * n
            mx = [f32(0)] * n
            for r in c.find('Ranges'):
                idx = int(r.get('Index'))
                mn[idx] = f32(float(r.get('Min')))
                mx[idx] = f32(float(r.get('Max')))
            blocks[ci] = (mn, mx)
        self.blocks = [blocks[i] for i in sorted(blocks)]

    @staticmethod
    def _scale(mn, mx):
        # Float_t scale = 1.0/(max-min);  (max-min) is a float subtraction, 1.0/ is double, stored as float
        d = F32(mx - mn)
        with np.errstate(divide='ignore'):
            return f32(1.0 / float(d)) if float(d) != 0.0 else f32(math.copysign(math.inf, float(d)))

    def forward(self, vals, targets=None):
        mn, mx = self.blocks[-1]  # cls=-1 -> fMin.size()-1
        inp, mask = self.sel.get(vals, targets)
        out = []
        with np.errstate(all='ignore'):
            for k, x in enumerate(inp):
                if mask[k]:
                    continue
                scale = self._scale(mn[k], mx[k])
                out.append(F32(F32(F32(F32(x - mn[k]) * scale) * F32(2)) - F32(1)))
        v, _ = self.sel.put(vals, targets, out, mask)
        return v

    def inverse(self, vals, targets):
        nc = self.wf.nclasses
        cls = nc if nc > 1 else 0
        mn, mx = self.blocks[cls]
        inp, mask = self.sel.get(vals, targets, back=True)
        out = []
        for k, x in enumerate(inp):
            scale = self._scale(mn[k], mx[k])
            # Float_t valnorm = offset+((val+1)/(scale * 2));
            out.append(F32(mn[k] + F32(F32(x + F32(1)) / F32(scale * F32(2)))))
        return self.sel.put(vals, targets, out, mask, back=True)


def _parse_numbers(text):
    return [float(s) for s in (text or '').split()]


class Decorrelation:
    """VariableDecorrTransform::Transform: y = M x in double (TVectorD *= TMatrixD), last matrix."""

    def __init__(self, t, wf):
        self.name = 'Decorrelation'
        self.sel = Selection(t, wf)
        self.mats = []
        for m in t.findall('Matrix'):
            r, c = int(m.get('Rows')), int(m.get('Columns'))
            self.mats.append(np.array(_parse_numbers(m.text), dtype=np.float64).reshape(r, c))

    def forward(self, vals, targets=None):
        M = self.mats[-1]
        inp, mask = self.sel.get(vals, targets)
        x = [float(v) for k, v in enumerate(inp) if not mask[k]]
        out = []
        for i in range(M.shape[0]):
            s = 0.0
            for j in range(M.shape[1]):
                s += float(M[i, j]) * x[j]
            out.append(s)
        v, _ = self.sel.put(vals, targets, out, mask)
        return v


class PCA:
    """VariablePCATransform::X2P: y_i = sum_j (x_j - mu_j) * E[j][i] (double), last ClassIndex."""

    def __init__(self, t, wf):
        self.name = 'PCA'
        self.sel = Selection(t, wf)
        means, evs = {}, {}
        for s in t.findall('Statistics'):
            means[int(s.get('ClassIndex'))] = _parse_numbers(s.text)
        for e in t.findall('Eigenvectors'):
            r, c = int(e.get('NRows')), int(e.get('NCols'))
            evs[int(e.get('ClassIndex'))] = np.array(_parse_numbers(e.text)).reshape(r, c)
        self.means = [means[k] for k in sorted(means)]
        self.evs = [evs[k] for k in sorted(evs)]

    def forward(self, vals, targets=None):
        mu, E = self.means[-1], self.evs[-1]
        inp, mask = self.sel.get(vals, targets)
        x = [float(v) for k, v in enumerate(inp) if not mask[k]]
        out = []
        for i in range(E.shape[1]):
            s = 0.0
            for j in range(len(x)):
                s += (x[j] - mu[j]) * float(E[j, i])
            out.append(s)
        v, _ = self.sel.put(vals, targets, out, mask)
        return v


def erf_inverse(x):
    """TMath::ErfInverse (secant iteration, kEps = 1e-14), transcribed."""
    kMaxit, kEps, kConst = 50, 1e-14, 0.8862269254527579
    if abs(x) <= kEps:
        return kConst * x
    if abs(x) < 1.0:
        erfi = kConst * abs(x)
        y0 = math.erf(0.9 * erfi)
        derfi = 0.1 * erfi
        for _ in range(kMaxit):
            y1 = 1. - math.erfc(erfi)
            dy1 = abs(x) - y1
            if abs(dy1) < kEps:
                return -erfi if x < 0 else erfi
            dy0 = y1 - y0
            derfi *= dy1 / dy0
            y0 = y1
            erfi += derfi
            if abs(derfi / erfi) < kEps:
                return -erfi if x < 0 else erfi
    return 0.0


class CumulativePDF:
    """TMVA::PDF as read by VariableGaussTransform: kSpline1, no smoothing, not normalised,
    rebuilt as a 10000-bin TH1F (PDF::FillSplineToHist) and evaluated by PDF::GetVal."""
    NBIN = 10000
    EPS = 1e-12

    def __init__(self, pnode):
        self.interpol = int(pnode.get('InterpolMethod', '1'))
        h = pnode.find('Histogram')
        n = int(h.get('NBins'))
        content = np.array(_parse_numbers(h.text)[:n], dtype=np.float32).astype(np.float64)  # TH1F
        if h.get('HasEquidistantBins', '1') == '1':
            xmin, xmax = float(h.get('XMin')), float(h.get('XMax'))
            w = (xmax - xmin) / float(n)
            centers = np.array([xmin + (b - 1) * w + 0.5 * w for b in range(1, n + 1)])
            edges = None
        else:
            edges = np.array(_parse_numbers(pnode.find('HistogramBinning').text)[:n + 1])
            xmin, xmax = float(edges[0]), float(edges[-1])
            centers = edges[:-1] + 0.5 * (edges[1:] - edges[:-1])  # TAxis::GetBinCenter (variable bins)
        self.n, self.content, self.edges = n, content, edges
        self.cxmin, self.cxmax = xmin, xmax
        self.gx, self.gy = centers, content  # TGraph(TH1*)
        # fine histogram
        N = self.NBIN
        self.xmin, self.xmax = xmin, xmax
        bw = (xmax - xmin) / float(N)
        self.bw = bw
        b = np.arange(1, N + 1, dtype=np.float64)
        fc = xmin + (b - 1) * bw + 0.5 * bw
        self.fcent = fc
        y = self._spline1(fc)
        low = y <= self.EPS
        if low.any():
            y = y.copy()
            y[low] = self.content[np.clip(self._coarse_bin(fc[low]) - 1, 0, n - 1)]
        self.fval = np.maximum(y, self.EPS).astype(np.float32).astype(np.float64)  # TH1F

    def _coarse_bin(self, x):
        if self.edges is not None:
            return 1 + (np.searchsorted(self.edges, x, side='right') - 1)
        return 1 + ((self.n * (x - self.cxmin) / (self.cxmax - self.cxmin)).astype(np.int64))

    def _spline1(self, x):
        """TMVA::TSpline1::Eval, vectorised (same double ops per element)."""
        X, Y = self.gx, self.gy
        n = len(X)
        i = np.searchsorted(X, x, side='right') - 1  # TMath::BinarySearch
        i = np.clip(i, 0, n - 1)
        up = ((x > X[i]) & (i != n - 1)) | (i == 0)
        j = np.where(up, i + 1, i - 1)
        dx = X[i] - X[j]
        dy = Y[i] - Y[j]
        return Y[i] + (x - X[i]) * dy / dx

    def get_val(self, x):
        N = self.NBIN
        if x < self.xmin:
            b = 0
        elif not (x < self.xmax):
            b = N + 1
        else:
            b = 1 + int(N * (x - self.xmin) / (self.xmax - self.xmin))
        b = max(b, 1)
        b = min(b, N)
        vb = float(self.fval[b - 1])
        if self.interpol == 0:  # kSpline0: histogram content
            return max(vb, self.EPS)
        cb = float(self.fcent[b - 1])
        nb = b + 1 if ((x > cb and b != N) or b == 1) else b - 1
        cn, vn = float(self.fcent[nb - 1]), float(self.fval[nb - 1])
        r = vb + (x - cb) * (vb - vn) / (cb - cn)
        return max(r, self.EPS)


class GaussUniform:
    """VariableGaussTransform::Transform (Gauss or Flat/Uniform)."""

    def __init__(self, t, wf):
        self.flat = (t.get('FlatOrGauss') == 'Flat') or t.get('Name') == 'Uniform'
        self.name = 'Uniform' if self.flat else 'Gauss'
        self.sel = Selection(t, wf)
        self.pdfs = {}
        for v in t.findall('Variable'):
            vi = int(v.get('VarIndex'))
            lst = []
            k = 0
            while True:
                c = v.find('CumulativePDF_cls%d' % k)
                if c is None:
                    break
                lst.append(CumulativePDF(c.find('PDF')))
                k += 1
            self.pdfs[vi] = lst

    def forward(self, vals, targets=None):
        inp, mask = self.sel.get(vals, targets)
        out = []
        for k, x in enumerate(inp):
            if mask[k]:
                continue
            pdf = self.pdfs[k][-1]
            c = pdf.get_val(float(x))
            c = min(c, 1. - 10e-10)
            c = max(c, 0. + 10e-10)
            if self.flat:
                out.append(c)
            else:
                a = 2.0 * c - 1.0
                a = min(+0.99999999, max(-0.99999999, a))
                out.append(1.414213562 * erf_inverse(a))
        v, _ = self.sel.put(vals, targets, out, mask)
        return v


# ----------------------------------------------------------------------------------------------
# methods
# ----------------------------------------------------------------------------------------------
class Fisher:
    def __init__(self, wf):
        coeffs = {}
        for c in wf.weights.findall('Coefficient'):
            coeffs[int(c.get('Index'))] = float(c.get('Value'))
        self.f0 = coeffs[0]
        self.c = [coeffs[i + 1] for i in range(wf.nvar)]

    def mva(self, x):
        r = self.f0
        for i, ci in enumerate(self.c):
            r += ci * float(x[i])
        return r


class Node:
    __slots__ = ('ivar', 'cut', 'ctype', 'res', 'purity', 'ntype', 'fisher', 'left', 'right')


def _read_node(e):
    n = Node()
    n.ivar = int(e.get('IVar', '-1'))
    n.cut = f32(float(e.get('Cut', '0')))
    n.ctype = int(e.get('cType', '1'))
    n.res = f32(float(e.get('res', '-99')))
    n.ntype = int(e.get('nType'))
    if e.get('purity') is not None:
        n.purity = f32(float(e.get('purity')))
    else:  # old files: nS/(nS+nB)
        ns, nb = float(e.get('nS', '0')), float(e.get('nB', '0'))
        n.purity = f32(ns / (ns + nb)) if ns + nb > 0 else f32(-1)
    nc = int(e.get('NCoef', '0'))
    n.fisher = [float(e.get('fC%d' % i)) for i in range(nc)]
    n.left = n.right = None
    for ch in e.findall('Node'):
        if ch.get('pos') == 'l':
            n.left = _read_node(ch)
        elif ch.get('pos') == 'r':
            n.right = _read_node(ch)
    return n


class BDT:
    def __init__(self, wf):
        w = wf.weights
        at = w.get('AnalysisType', w.get('TreeType', '0'))
        self.tree_regression = (int(at) == 1)
        self.boost_type = wf.opt('BoostType', 'AdaBoost')
        self.use_yesno = (wf.opt('UseYesNoLeaf', 'True').strip().lower() in ('true', '1', 't'))
        self.trees, self.bw = [], []
        for bt in w.findall('BinaryTree'):
            self.trees.append(_read_node(bt.find('Node')))
            self.bw.append(float(f32(float(bt.get('boostWeight')))))
        self.presel = None
        if wf.opt('DoPreselection', 'False').strip().lower() == 'true' and w.get('PreselectionLowBkgVar0') is not None:
            self.presel = []
            for i in range(wf.nvar):
                d = {}
                for k in ('LowBkg', 'LowSig', 'HighBkg', 'HighSig'):
                    d[k] = (w.get('Preselection%sVar%d' % (k, i)) in ('1', 'true', 'True'),
                            float(w.get('Preselection%sVar%dValue' % (k, i))))
                self.presel.append(d)
        self.nclasses = wf.nclasses

    @staticmethod
    def _goes_right(n, x):
        if not n.fisher:
            r = bool(F32(x[n.ivar]) >= n.cut)
        else:
            fisher = n.fisher[-1]
            for i in range(len(n.fisher) - 1):
                fisher += n.fisher[i] * float(x[i])
            r = fisher > float(n.cut)
        return r if n.ctype else (not r)

    def _leaf(self, root, x):
        n = root
        while n.ntype == 0:
            n = n.right if self._goes_right(n, x) else n.left
        return n

    def check_event(self, root, x, use_yesno):
        leaf = self._leaf(root, x)
        if self.tree_regression:
            return float(leaf.res)
        return float(leaf.ntype) if use_yesno else float(leaf.purity)

    def _preselection(self, x):
        result = 0.0
        for i, d in enumerate(self.presel):
            v = float(x[i])
            if d['LowBkg'][0] and v < d['LowBkg'][1]: result = -1.
            if d['LowSig'][0] and v < d['LowSig'][1]: result = 1.
            if d['HighBkg'][0] and v > d['HighBkg'][1]: result = -1.
            if d['HighSig'][0] and v > d['HighSig'][1]: result = 1.
        return result

    def mva(self, x):
        if self.presel is not None:
            p = self._preselection(x)
            if abs(p) > 0.05:
                return p
        if self.boost_type == 'Grad':
            s = 0.0
            for t in self.trees:
                s += self.check_event(t, x, False)
            return 2.0 / (1.0 + math.exp(-2.0 * s)) - 1
        my, norm = 0.0, 0.0
        for t, w in zip(self.trees, self.bw):
            my += w * self.check_event(t, x, self.use_yesno)
            norm += w
        return my / norm if norm > sys.float_info.epsilon else 0.0

    def regression(self, x, wf):
        raise NotImplementedError('BDT regression: no such file collected')

    def multiclass(self, x, wf):
        nc = self.nclasses
        s = [0.0] * nc
        for i, t in enumerate(self.trees):
            s[i % nc] += float(self._leaf(t, x).res)
        out = []
        for k in range(nc):
            norm = 0.0
            for j in range(nc):
                if j != k:
                    norm += math.exp(s[j] - s[k])
            out.append(f32(1.0 / (1.0 + norm)))
        return out


def fast_tanh(arg):
    """TActivationTanh::fast_tanh: float arithmetic, double in, double out."""
    if arg > 4.97:
        return 1.0
    if arg < -4.97:
        return -1.0
    arg2 = F32(arg * arg)
    a = F32(arg * float(F32(135135.0) + arg2 * (F32(17325.0) + arg2 * (F32(378.0) + arg2))))
    b = F32(135135.0) + arg2 * (F32(62370.0) + arg2 * (F32(3150.0) + arg2 * F32(28.0)))
    return float(F32(a / b))


class MLP:
    """MethodANNBase network rebuilt from <Weights><Layout>; weights read as Float_t."""

    def __init__(self, wf):
        w = wf.weights
        lay = w.find('Layout')
        if lay is None:
            lay = w
        layers = sorted(lay.findall('Layer'), key=lambda l: int(l.get('Index')))
        self.sizes = [int(l.get('NNeurons')) for l in layers]
        # synapse weights: W[i][j] = list of post-link weights of neuron j in layer i (Float_t)
        self.W = []
        for l in layers:
            lw = []
            for nrn in l.findall('Neuron'):
                ns = int(nrn.get('NSynapses'))
                vals = [float(F32(v)) for v in _parse_numbers(nrn.text)[:ns]]
                lw.append(vals)
            self.W.append(lw)
        self.neuron_type = wf.opt('NeuronType', 'sigmoid').strip()
        self.input_type = wf.opt('NeuronInputType', 'sum').strip()
        est = wf.opt('EstimatorType', 'MSE').strip()
        # BuildNetwork: fOutput = linear for MSE, sigmoid for CE (EstimatorType as stored in the file)
        self.output_act = 'sigmoid' if est == 'CE' else 'linear'
        # ReadWeightsFromXML: exact tanh for files trained before TMVA 4.2.1, otherwise fast_tanh
        self.slow_tanh = wf.tmva_version < TMVA_VERSION(4, 2, 1)

    def _act(self, name, x):
        if name == 'linear':
            return x
        if name == 'sigmoid':
            return 1.0 / (1.0 + math.exp(-x))
        if name == 'tanh':
            return math.tanh(x) if self.slow_tanh else fast_tanh(x)
        if name == 'radial':
            return math.exp(-x * x / 2)
        if name == 'ReLU':
            return 0.0 if x < 0 else x
        raise NotImplementedError(name)

    def _input(self, contribs):
        r = 0.0
        if self.input_type == 'sum':
            for c in contribs:
                r += c
        elif self.input_type == 'sqsum':
            for c in contribs:
                r += c * c
        elif self.input_type == 'abssum':
            for c in contribs:
                r += abs(c)
        else:
            raise NotImplementedError(self.input_type)
        return r

    def forward(self, x):
        nl = len(self.sizes)
        # input layer: nvar input neurons (identity) + bias neuron (1.0)
        act = [float(v) for v in x] + [1.0]
        for li in range(1, nl):
            last = (li == nl - 1)
            nreal = self.sizes[li] if last else self.sizes[li] - 1
            prevW = self.W[li - 1]
            new = []
            for k in range(nreal):
                contribs = [prevW[j][k] * act[j] for j in range(len(act))]
                v = self._input(contribs)
                new.append(self._act(self.output_act if last else self.neuron_type, v))
            act = new if last else new + [1.0]
        return act

    def mva(self, x):
        return self.forward(x)[0]

    def regression(self, x, wf):
        out = self.forward(x)
        vals = list(x)
        targets = [F32(v) for v in out]  # Event::SetTarget (Float_t)
        for tr in reversed(wf.transforms):
            vals, targets = tr.inverse(vals, targets)
        return targets

    def multiclass(self, x, wf):
        temp = [F32(v) for v in self.forward(x)[:wf.nclasses]]
        out = []
        for i in range(len(temp)):
            norm = 0.0
            for j in range(len(temp)):
                if i != j:
                    norm += math.exp(float(temp[j]) - float(temp[i]))
            out.append(F32(1.0 / (1.0 + norm)))
        return out


# ----------------------------------------------------------------------------------------------
# strict checker: would ROOT's TMVA::Reader accept the file?  (docs/tmva-weight-files.md section 6)
# ----------------------------------------------------------------------------------------------
# An *error* is something on which ROOT's Reader stops (kFATAL, which throws std::runtime_error in
# BookMVA or at the first evaluation), crashes (null/out-of-range access), or silently computes
# something other than what the file describes (an unresolvable Selection entry, a missing
# coefficient, a count that leaves values unread).  A *warning* is accepted by ROOT but worth knowing.
# The Reader is assumed to declare exactly the file's variables and spectators, in index order,
# as "Label := Expression" (so the Reader's labels and expressions are the file's).

# Option tables, from ROOT master: MethodBase.cxx DeclareBaseOptions / DeclareCompatibilityOptions,
# MethodFisher.cxx, pymva MethodPyTorch.cxx, MethodBDT.cxx DeclareOptions /
# DeclareCompatibilityOptions, MethodANNBase.cxx and MethodMLP.cxx DeclareOptions.
# (name, C++ type, predefined values or None).  AddPreDefVal(v) attaches v to the *last declared*
# option (Configurable.h), which is why MethodANNBase's activation names end up as predefined
# values of EstimatorType and NeuronType has none.
_B, _S, _I, _U, _D = 'Bool', 'TString', 'Int', 'UInt', 'Double'
BASE_OPTIONS = [
    ('V', _B, None),
    ('VerbosityLevel', _S, ['Default', 'Debug', 'Verbose', 'Info', 'Warning', 'Error', 'Fatal']),
    ('VarTransform', _S, None),
    ('H', _B, None),
    ('CreateMVAPdfs', _B, None),
    ('IgnoreNegWeightsInTraining', _B, None),
]
BASE_COMPAT_OPTIONS = [
    ('Normalise', _B, None),
    ('D', _B, None),
    ('VarTransformType', _S, ['Signal', 'Background']),
    ('TxtWeightFilesOnly', _B, None),
    ('NbinsMVAPdf', _I, None),
    ('NsmoothMVAPdf', _I, None),
]
ACTIVATION_NAMES = ['linear', 'sigmoid', 'tanh', 'radial', 'ReLU']  # TActivationChooser
METHOD_OPTIONS = {
    'Fisher': [('Method', _S, ['Fisher', 'Mahalanobis'])],
    'PyTorch': [
        ('FilenameModel', _S, None), ('FilenameTrainedModel', _S, None), ('BatchSize', _U, None),
        ('NumEpochs', _U, None), ('ContinueTraining', _B, None), ('SaveBestOnly', _B, None),
        ('LearningRateSchedule', _S, None), ('ValidationSize', _S, None), ('UserCode', _S, None),
    ],
    'BDT': [
        ('NTrees', _I, None), ('MaxDepth', _I, None), ('MinNodeSize', _S, None), ('nCuts', _I, None),
        ('BoostType', _S, ['AdaBoost', 'RealAdaBoost', 'AdaCost', 'Bagging', 'AdaBoostR2', 'Grad']),
        ('AdaBoostR2Loss', _S, ['Linear', 'Quadratic', 'Exponential']),
        ('UseBaggedBoost', _B, None), ('Shrinkage', _D, None), ('AdaBoostBeta', _D, None),
        ('UseRandomisedTrees', _B, None), ('UseNvars', _I, None), ('UsePoissonNvars', _B, None),
        ('BaggedSampleFraction', _D, None), ('UseYesNoLeaf', _B, None),
        # 'IgnoreNegWeights' is added by MethodBDT::DeclareCompatibilityOptions
        ('NegWeightTreatment', _S, ['InverseBoostNegWeights', 'IgnoreNegWeightsInTraining',
                                    'NoNegWeightsInTraining', 'PairNegWeightsGlobal', 'Pray',
                                    'IgnoreNegWeights']),
        ('Css', _D, None), ('Cts_sb', _D, None), ('Ctb_ss', _D, None), ('Cbb', _D, None),
        ('NodePurityLimit', _D, None),
        ('SeparationType', _S, ['CrossEntropy', 'GiniIndex', 'GiniIndexWithLaplace',
                                'MisClassificationError', 'SDivSqrtSPlusB', 'RegressionVariance']),
        ('RegressionLossFunctionBDTG', _S, ['Huber', 'AbsoluteDeviation', 'LeastSquares']),
        ('HuberQuantile', _D, None), ('DoBoostMonitor', _B, None), ('UseFisherCuts', _B, None),
        ('MinLinCorrForFisher', _D, None), ('UseExclusiveVars', _B, None), ('DoPreselection', _B, None),
        ('SigToBkgFraction', _D, None),
        ('PruneMethod', _S, ['NoPruning', 'ExpectedError', 'CostComplexity']),
        ('PruneStrength', _D, None), ('PruningValFraction', _D, None), ('SkipNormalization', _B, None),
        ('nEventsMin', _I, None), ('UseBaggedGrad', _B, None), ('GradBaggingFraction', _D, None),
        ('UseNTrainEvents', _I, None), ('NNodesMax', _I, None),
        # MethodBDT::DeclareCompatibilityOptions
        ('UseWeightedTrees', _B, None), ('PruneBeforeBoost', _B, None), ('RenormByClass', _B, None),
    ],
    'MLP': [
        # MethodANNBase::DeclareOptions
        ('NCycles', _I, None), ('HiddenLayers', _S, None), ('NeuronType', _S, None), ('RandomSeed', _I, None),
        ('EstimatorType', _S, ['MSE', 'CE'] + ACTIVATION_NAMES),
        ('NeuronInputType', _S, ['sum', 'sqsum', 'abssum']),
        # MethodMLP::DeclareOptions
        ('TrainingMethod', _S, ['BP', 'GA', 'BFGS']), ('LearningRate', _D, None), ('DecayRate', _D, None),
        ('TestRate', _I, None), ('EpochMonitoring', _B, None), ('Sampling', _D, None),
        ('SamplingEpoch', _D, None), ('SamplingImportance', _D, None), ('SamplingTraining', _B, None),
        ('SamplingTesting', _B, None), ('ResetStep', _I, None), ('Tau', _D, None),
        ('BPMode', _S, ['sequential', 'batch']), ('BatchSize', _I, None), ('ConvergenceImprove', _D, None),
        ('ConvergenceTests', _I, None), ('UseRegulator', _B, None), ('UpdateLimit', _I, None),
        ('CalculateErrors', _B, None), ('WeightRange', _D, None),
    ],
}
BOOL_TRUE = ('1', 'true', 'ktrue', 't')      # Option<Bool_t>::SetValueLocal, after ToLower
BOOL_FALSE = ('0', 'false', 'kfalse', 'f')
TMVA_ORDER = ['GeneralInfo', 'Options', 'Variables', 'Spectators', 'Classes', 'Targets',
              'Transformations', 'MVAPdfs', 'Weights']
VARINFO_ATTRS = ['Expression', 'Label', 'Title', 'Unit', 'Internal', 'Type', 'Min', 'Max']
TRANSFORM_NAMES = ('Decorrelation', 'PCA', 'Gauss', 'Uniform', 'Normalize', 'Rearrange')


class RootRejects(Exception):
    """Raised by check_root_accepts(..., raise_on_error=True)."""


class RootCheck:
    def __init__(self, path):
        self.path = path
        self.errors, self.warnings = [], []

    @property
    def accepts(self):
        return not self.errors

    def error(self, where, msg):
        self.errors.append('%s: %s' % (where, msg))

    def warn(self, where, msg):
        self.warnings.append('%s: %s' % (where, msg))

    def need(self, el, where, *attrs):
        """Tools::ReadAttr on a missing attribute is kFATAL."""
        ok = True
        for a in attrs:
            if el.get(a) is None:
                self.error(where, 'missing attribute %s (Tools::ReadAttr: kFATAL)' % a)
                ok = False
        return ok

    def num(self, el, where, attr, kind=int, unsigned=False):
        """Parse a number that ROOT reads with stringstream >> T (malformed: partial or zero value)."""
        v = el.get(attr)
        if v is None:
            return None
        try:
            x = int(v.strip()) if kind is int else float(v.strip())
        except ValueError:
            self.error(where, '%s="%s" is not a valid %s (stringstream leaves a partial or zero value)'
                       % (attr, v, 'integer' if kind is int else 'number'))
            return None
        if unsigned and x < 0:
            self.error(where, '%s="%s" is negative but read as unsigned' % (attr, v))
            return None
        return x

    def numbers(self, el, where, count, what):
        vals = (el.text or '').split()
        try:
            vals = [float(s) for s in vals]
        except ValueError:
            self.error(where, '%s: text holds a non-number' % what)
            return None
        if count is not None and len(vals) < count:
            self.error(where, '%s: %d values for %d expected (stringstream leaves the rest unread)'
                       % (what, len(vals), count))
            return None
        return vals


def _elements(el):
    return [c for c in el if isinstance(c.tag, str)]


def _version_code(s):
    # MethodBase::ReadStateFromXML: s(s.Index("[")+1, s.Index("]")-s.Index("[")-1).Atoi(); no "[" -> 0
    if '[' not in s or ']' not in s or s.index(']') < s.index('['):
        return None
    inner = s[s.index('[') + 1:s.index(']')].strip()
    return int(inner) if inner.isdigit() else None


def resolve_trained_model(filename, weight_file):
    """MethodPyTorch loads torch.jit.load('<FilenameTrainedModel>') relative to the current directory;
    if that file does not exist, fall back to the file of that name beside the weight file."""
    if filename and os.path.isfile(filename):
        return os.path.abspath(filename), 'cwd'
    beside = os.path.join(os.path.dirname(os.path.abspath(weight_file)), os.path.basename(filename or ''))
    if filename and os.path.isfile(beside):
        return beside, 'beside'
    return None, None


def check_root_accepts(path, raise_on_error=False, check_files=True):
    """Everything ROOT's TMVA::Reader would reject or crash on (docs/tmva-weight-files.md section 6).
    Returns a RootCheck (accepts, errors, warnings); raises RootRejects if raise_on_error."""
    chk = RootCheck(path)
    try:
        _check(chk, path, check_files)
    except ET.ParseError as e:
        chk.error('file', 'not well-formed XML: %s' % e)
    if raise_on_error and chk.errors:
        raise RootRejects('%s:\n  ' % path + '\n  '.join(chk.errors))
    return chk


def _check(chk, path, check_files):
    if not str(path).endswith('.xml'):
        chk.error('file', 'name does not end in .xml: MethodBase::ReadStateFromFile uses the text reader')
    root = ET.parse(path).getroot()
    if root.tag != 'MethodSetup':
        chk.warn('<%s>' % root.tag, 'root element is not <MethodSetup>')
    if not chk.need(root, '<MethodSetup>', 'Method'):
        return
    meth = root.get('Method')
    if '::' not in meth:
        chk.error('<MethodSetup>', 'Method="%s" has no "::" (method type::title)' % meth)
        return
    mtype = meth[:meth.index('::')]
    if mtype not in METHOD_OPTIONS:
        chk.error('<MethodSetup>', 'method type %s is not covered by this checker' % mtype)
        return
    if mtype == 'PyTorch':
        chk.warn('<MethodSetup>', 'PyTorch needs libPyMVA loaded and TMVA::PyMethodBase::PyInitialize() in the '
                 'Reader process (REGISTER_METHOD(PyTorch))')

    st = dict(mtype=mtype, analysis=None, tmva_code=None, options={}, nvar=None, variables=[],
              spectators=[], nclasses=None, class_names=[], targets=[], seen=[])
    children = _elements(root)
    names = [c.tag for c in children]

    # 6.0: document order.  Dependencies are errors; any other departure from TMVA's order a warning.
    def pos(name):
        return names.index(name) if name in names else None

    for later, earlier_list in (('Targets', ['GeneralInfo']), ('Weights', ['GeneralInfo', 'Options']),
                                ('Transformations', ['Variables', 'Spectators', 'Classes', 'Targets'])):
        pl = pos(later)
        if pl is None:
            continue
        for earlier in earlier_list:
            pe = pos(earlier)
            if pe is not None and pe > pl:
                chk.error('<%s>' % earlier, 'comes after <%s>; ReadStateFromXML reads in document order and '
                          '<%s> depends on it (6.0)' % (later, later))
    known = [n for n in names if n in TMVA_ORDER]
    if known != sorted(known, key=TMVA_ORDER.index):
        chk.warn('<MethodSetup>', 'children not in TMVA order: %s' % ', '.join(known))
    for n in set(names):
        if names.count(n) > 1:
            chk.warn('<%s>' % n, 'appears %d times; each one is read again' % names.count(n))

    for ch in children:
        tag = ch.tag
        st['seen'].append(tag)
        if tag == 'GeneralInfo':
            _check_general_info(chk, ch, st)
        elif tag == 'Options':
            _check_options(chk, ch, st)
        elif tag == 'Variables':
            _check_variables(chk, ch, st)
        elif tag == 'Spectators':
            _check_spectators(chk, ch, st)
        elif tag == 'Classes':
            if st['nclasses'] is None:
                _check_classes(chk, ch, st)
        elif tag == 'Targets':
            if st['analysis'] == 'regression' and not st['targets']:
                _check_targets(chk, ch, st)
            elif st['analysis'] != 'regression':
                chk.warn('<Targets>', 'ignored: read only for regression (AnalysisType not yet Regression)')
        elif tag == 'Transformations':
            _check_transformations(chk, ch, st)
        elif tag == 'MVAPdfs':
            _check_mvapdfs(chk, ch)
        elif tag == 'Weights':
            _check_weights(chk, ch, st)
        else:
            chk.warn('<%s>' % tag, 'unknown element: kWARNING "Unparsed XML node", ignored')

    # things that must exist at all
    if 'GeneralInfo' not in names:
        chk.error('<GeneralInfo>', 'missing: no TMVA Release [code] and no AnalysisType')
    if st['tmva_code'] is None and 'GeneralInfo' in names:
        pass  # reported in _check_general_info
    if st['analysis'] is None:
        if mtype == 'PyTorch':
            chk.error('<GeneralInfo>', 'no AnalysisType: MethodPyTorch::SetupPyTorchModel kFATAL '
                      '"Selected analysis type is not implemented"')
        else:
            chk.warn('<GeneralInfo>', 'no AnalysisType item')
    if st['analysis'] == 'regression' and not st['targets']:
        chk.error('<Targets>', 'regression file without readable <Targets> (read after AnalysisType)')
    if 'Variables' not in names:
        chk.warn('<Variables>', 'missing: the variables are not checked against the Reader')
    if st['nclasses'] is None:
        if mtype == 'PyTorch' and st['analysis'] in ('classification', 'multiclass'):
            chk.error('<Classes>', 'missing: MethodPyTorch fNOutputs = NClasses = 0 (kERROR, no model setup)')
        elif st['analysis'] == 'multiclass':
            chk.error('<Classes>', 'missing: multiclass needs the classes')
    elif mtype == 'PyTorch' and st['analysis'] in ('classification', 'multiclass') and st['nclasses'] == 0:
        chk.error('<Classes>', 'NClass=0: MethodPyTorch fNOutputs = 0')
    if mtype in ('Fisher', 'BDT', 'MLP') and 'Weights' not in names:
        if mtype == 'Fisher':
            chk.error('<Weights>', 'missing: Fisher coefficients stay 0 and every MVA value is 0')
        else:
            chk.error('<Weights>', 'missing: the %s has nothing to evaluate' % mtype)
    if mtype == 'MLP':
        for o in ('NeuronType', 'NeuronInputType', 'EstimatorType'):
            if o.lower() not in st['options']:
                chk.error('<Options>', 'MLP option %s missing (6.8: BuildNetwork takes it from <Options>)' % o)
    if mtype == 'PyTorch':
        _check_pytorch(chk, st, check_files)


def _check_general_info(chk, gi, st):
    for k, it in enumerate(_elements(gi)):
        where = '<GeneralInfo>/<%s>[%d]' % (it.tag, k)
        if not chk.need(it, where, 'name'):
            continue
        name = it.get('name')
        where = '<GeneralInfo>/<Info name="%s">' % name
        if name in ('TrainingTime', 'AnalysisType', 'TMVA Release', 'TMVA', 'ROOT Release', 'ROOT'):
            if not chk.need(it, where, 'value'):
                continue
        val = it.get('value')
        if name == 'TrainingTime':
            chk.num(it, where, 'value', float)
        elif name == 'AnalysisType':
            v = val.lower()
            if v in ('regression', 'classification', 'multiclass'):
                st['analysis'] = v
            else:
                chk.error(where, 'value="%s": kFATAL "Analysis type ... is not known"' % val)
        elif name in ('TMVA Release', 'TMVA'):
            code = _version_code(val)
            st['tmva_code'] = code
            if code is None:
                chk.error(where, 'value="%s" has no [code]: the TMVA version code reads as 0 (6.2)' % val)
        elif name in ('ROOT Release', 'ROOT'):
            if _version_code(val) is None:
                chk.warn(where, 'value="%s" has no [code]: the ROOT version code reads as 0' % val)
    if not any(it.get('name') in ('TMVA Release', 'TMVA') for it in _elements(gi)):
        chk.error('<GeneralInfo>', 'no "TMVA Release" item with [code] (6.8)')


def _check_options(chk, el, st):
    declared = {}
    for name, typ, pre in BASE_OPTIONS + BASE_COMPAT_OPTIONS + METHOD_OPTIONS[st['mtype']]:
        declared[name.lower()] = (name, typ, pre)
    seen = set()
    for k, o in enumerate(_elements(el)):
        where = '<Options>/<%s>[%d]' % (o.tag, k)
        if not chk.need(o, where, 'name'):
            continue
        name = o.get('name')
        where = '<Options>/<Option name="%s">' % name
        value = o.text or ''
        if o.get('size') is not None:
            chk.error(where, 'size attribute: read as %s[i]=..., but no %s option is an array (kFATAL)'
                      % (name, st['mtype']))
        if ':' in value:
            chk.error(where, 'value "%s" contains ":", which splits the option string' % value)
        key = name.lower()
        if key not in declared:
            chk.error(where, 'option not declared by %s (base, method or compatibility options): '
                      'CheckForUnusedOptions kFATAL' % st['mtype'])
            continue
        if key in seen:
            chk.warn(where, 'repeated option (kWARNING "was previously set")')
        seen.add(key)
        dname, typ, pre = declared[key]
        if pre is not None:
            if value.lower() not in [p.lower() for p in pre]:
                chk.error(where, 'value "%s" is not a predefined value (%s): kFATAL "does not have predefined '
                          'value"' % (value, '|'.join(pre)))
                continue
            value = pre[[p.lower() for p in pre].index(value.lower())]  # stored in the declared spelling
        elif typ == _B:
            if value.lower() not in BOOL_TRUE + BOOL_FALSE:
                chk.error(where, 'value "%s" is not a boolean: kFATAL "can not be interpreted as boolean"'
                          % value)
                continue
        elif typ in (_I, _U, _D):
            try:
                x = int(value.strip()) if typ != _D else float(value.strip())
                if typ == _U and x < 0:
                    chk.warn(where, 'negative value for an unsigned option')
            except ValueError:
                chk.warn(where, 'value "%s" is not a number (stringstream leaves the default)' % value)
        elif typ == _S:
            if len(value.split()) > 1:
                msg = 'value "%s" has a space: stream >> TString keeps only "%s"' % (value, value.split()[0])
                if dname in ('FilenameTrainedModel', 'UserCode'):
                    chk.error(where, msg)
                else:
                    chk.warn(where, msg)
            value = value.strip()
        st['options'][key] = value
    if st['mtype'] == 'MLP' and 'neurontype' in st['options']:
        nt = st['options']['neurontype']
        if nt not in ACTIVATION_NAMES:
            chk.error('<Options>/<Option name="NeuronType">', 'value "%s" is not one of %s: '
                      'TActivationChooser::CreateActivation kFATAL (NeuronType has no predefined values, '
                      'so the match is case-sensitive)' % (nt, ', '.join(ACTIVATION_NAMES)))


def _check_varinfo_list(chk, el, st, what, index_attr, count_attr):
    where0 = '<%ss>' % what
    if not chk.need(el, where0, count_attr):
        return None
    n = chk.num(el, where0, count_attr, int, unsigned=True)
    items = {}
    for k, v in enumerate(_elements(el)):
        where = '%s/<%s>[%d]' % (where0, v.tag, k)
        if not chk.need(v, where, index_attr, *VARINFO_ATTRS):
            continue
        i = chk.num(v, where, index_attr, int)
        chk.num(v, where, 'Min', float)
        chk.num(v, where, 'Max', float)
        if i is None:
            continue
        if n is not None and not 0 <= i < n:
            chk.error(where, '%s=%d outside 0..%s-1: DataSetInfo access out of bounds' % (index_attr, i, count_attr))
            continue
        if i in items:
            chk.error(where, 'duplicate %s=%d' % (index_attr, i))
            continue
        items[i] = dict(v.attrib)
    if n is not None and len(items) != n:
        chk.warn(where0, '%s=%d but %d usable <%s> entries' % (count_attr, n, len(items), what))
    return n, [items[i] for i in sorted(items)]


def _check_variables(chk, el, st):
    r = _check_varinfo_list(chk, el, st, 'Variable', 'VarIndex', 'NVar')
    if r is not None:
        st['nvar'], st['variables'] = r


def _check_spectators(chk, el, st):
    r = _check_varinfo_list(chk, el, st, 'Spectator', 'SpecIndex', 'NSpec')
    if r is None:
        return
    n, st['spectators'] = r
    if n:
        chk.warn('<Spectators>', 'NSpec=%d: the Reader must AddSpectator exactly %s (else kFATAL)'
                 % (n, ', '.join('"%s := %s"' % (s['Label'], s['Expression']) for s in st['spectators'])))


def _check_classes(chk, el, st):
    if not chk.need(el, '<Classes>', 'NClass'):
        return
    n = chk.num(el, '<Classes>', 'NClass', int, unsigned=True)
    kids = _elements(el)
    names = []
    for k, c in enumerate(kids):
        where = '<Classes>/<%s>[%d]' % (c.tag, k)
        if chk.need(c, where, 'Index', 'Name'):
            chk.num(c, where, 'Index', int)
            names.append(c.get('Name'))
    if kids:
        if n is not None and n != len(kids):
            chk.warn('<Classes>', 'NClass=%d but %d <Class> children (the children are what is added)' % (n, len(kids)))
        st['nclasses'], st['class_names'] = len(names), names
    else:
        st['nclasses'] = n if n is not None else 0


def _check_targets(chk, el, st):
    if not chk.need(el, '<Targets>', 'NTrgt'):
        return
    chk.num(el, '<Targets>', 'NTrgt', int)
    for k, t in enumerate(_elements(el)):
        where = '<Targets>/<%s>[%d]' % (t.tag, k)
        if chk.need(t, where, 'TargetIndex', 'Expression'):
            chk.num(t, where, 'TargetIndex', int)
            # Reader::AddTarget(expression): label = expression
            st['targets'].append({'Label': t.get('Expression'), 'Expression': t.get('Expression')})


def _check_selection(chk, sel, where, st):
    """VariableTransformBase::ReadFromXML: first element child = inputs, next = outputs (names unchecked).
    Returns (inputs, outputs) as lists of resolved entries (None where ROOT drops the entry)."""
    kids = _elements(sel)
    if len(kids) < 2:
        chk.error(where, '<Selection> needs an inputs node and an outputs node (GetNextChild returns null)')
        return None
    res = []
    for node, cnt in ((kids[0], 'NInputs'), (kids[1], 'NOutputs')):
        w = '%s/<Selection>/<%s>' % (where, node.tag)
        chk.need(node, w, cnt)
        n = chk.num(node, w, cnt, int)
        entries = []
        for k, e in enumerate(_elements(node)):
            we = '%s/<%s>[%d]' % (w, e.tag, k)
            if not chk.need(e, we, 'Type', 'Label', 'Expression'):
                entries.append(None)
                continue
            typ, lab, expr = e.get('Type'), e.get('Label'), e.get('Expression')
            coll = {'Variable': st['variables'], 'Target': st['targets'], 'Spectator': st['spectators']}.get(typ)
            if coll is None:
                chk.error(we, 'Type="%s" is not Variable|Target|Spectator: kFATAL' % typ)
                entries.append(None)
                continue
            hit = None
            for i, v in enumerate(coll):
                if v.get('Label') == lab or v.get('Expression') == expr:
                    hit = (typ, i)
                    break
            if hit is None:
                if typ == 'Target' and st['analysis'] != 'regression':
                    chk.warn(we, 'Target "%s" is dropped (no targets in a non-regression Reader)' % lab)
                else:
                    chk.error(we, '%s Label="%s" Expression="%s" matches nothing in the Reader: ROOT drops it '
                              'silently and every later position shifts' % (typ, lab, expr))
            entries.append(hit)
        if n is not None and n != len(entries):
            chk.warn(w, '%s=%d but %d entries (the assert is compiled out)' % (cnt, n, len(entries)))
        res.append(entries)
    if len(res[0]) != len(res[1]):
        chk.error(where, '<Selection> has %d inputs and %d outputs' % (len(res[0]), len(res[1])))
    return res


def _num_class_blocks(st, mode):
    nc = st['nclasses'] if st['nclasses'] is not None else 2
    if mode == 'normalize':
        return 1 if nc <= 1 else nc + 1
    if mode == 'decorr':
        return nc if nc <= 1 else nc + 1
    return 1 if nc == 1 else nc + 1  # gauss


def _check_transformations(chk, el, st):
    for k, t in enumerate(_elements(el)):
        where = '<Transformations>/<%s>[%d]' % (t.tag, k)
        if not chk.need(t, where, 'Name'):
            continue
        name = t.get('Name')
        where = '<Transformations>/<Transform Name="%s">[%d]' % (name, k)
        if name == 'None':
            chk.error(where, 'Name="None": kFATAL in TransformationHandler::ReadFromXML')
            continue
        if name not in TRANSFORM_NAMES:
            chk.error(where, 'unknown transform name: newtrf stays null and ReadFromXML crashes')
            continue
        sel = t.find('Selection')
        if sel is not None:
            r = _check_selection(chk, sel, where, st)
            ninp = len(r[0]) if r else None
        else:
            ninp = (st['nvar'] or 0) + (len(st['targets']) if st['analysis'] == 'regression' else 0)
            chk.warn(where, 'no <Selection>: old format, inputs are all variables then all targets')
        if name == 'Normalize':
            _check_normalize(chk, t, where, st, sel is not None, ninp)
        elif name == 'Decorrelation':
            _check_decorr(chk, t, where, st, ninp)
        elif name == 'PCA':
            _check_pca(chk, t, where, st, ninp)
        elif name in ('Gauss', 'Uniform'):
            _check_gauss(chk, t, where, st, sel, ninp)


def _check_normalize(chk, t, where, st, new_format, ninp):
    if not new_format:
        chk.need(t, where, 'NVariables', 'NTargets')
    blocks = []
    for c in _elements(t):
        if c.tag == 'Selection':
            continue
        w = '%s/<%s>' % (where, c.tag)
        if not chk.need(c, w, 'ClassIndex'):
            continue
        w = '%s/<Class ClassIndex="%s">' % (where, c.get('ClassIndex'))
        idx = set()
        if new_format:
            rng = c.find('Ranges')
            ranges = _elements(rng) if rng is not None else []
            if rng is None:
                chk.error(w, 'no <Ranges>')
            for r in ranges:
                wr = '%s/<Ranges>/<%s Index="%s">' % (w, r.tag, r.get('Index'))
                if chk.need(r, wr, 'Index', 'Min', 'Max'):
                    i = chk.num(r, wr, 'Index', int)
                    chk.num(r, wr, 'Min', float)
                    chk.num(r, wr, 'Max', float)
                    if i is not None:
                        idx.add(i)
        else:
            for grp, ia in (('Variables', 'VarIndex'), ('Targets', 'TargetIndex')):
                g = c.find(grp)
                for r in (_elements(g) if g is not None else []):
                    wr = '%s/<%s>/<%s>' % (w, grp, r.tag)
                    chk.need(r, wr, ia, 'Min', 'Max')
            idx = None
        blocks.append((w, idx))
    if not blocks:
        chk.error(where, 'no <Class> block')
        return
    want = _num_class_blocks(st, 'normalize')
    if len(blocks) != want:
        chk.warn(where, '%d <Class> blocks, TMVA writes %d; the last one is applied' % (len(blocks), want))
    w, idx = blocks[-1]
    if idx is not None and ninp is not None:
        missing = sorted(set(range(ninp)) - idx)
        extra = sorted(i for i in idx if not 0 <= i < ninp)
        if missing:
            chk.error(w, 'the applied (last) block has no <Range> for input position(s) %s' % missing)
        if extra:
            chk.warn(w, '<Range> Index %s beyond the %d inputs' % (extra, ninp))


def _check_decorr(chk, t, where, st, ninp):
    mats = [m for m in _elements(t) if m.tag == 'Matrix']
    if not mats:
        chk.error(where, 'no <Matrix>')
    for k, m in enumerate(mats):
        w = '%s/<Matrix>[%d]' % (where, k)
        if not chk.need(m, w, 'Rows', 'Columns'):
            continue
        r, c = chk.num(m, w, 'Rows', int), chk.num(m, w, 'Columns', int)
        if r is None or c is None:
            continue
        chk.numbers(m, w, r * c, 'matrix')
        if ninp is not None and (r != ninp or c != ninp):
            chk.error(w, '%dx%d matrix for %d inputs: TVectorD *= TMatrixD fails ("incompatible")' % (r, c, ninp))
    want = _num_class_blocks(st, 'decorr')
    if mats and len(mats) != want:
        chk.warn(where, '%d <Matrix> elements, TMVA writes %d; the last one is applied' % (len(mats), want))


def _check_pca(chk, t, where, st, ninp):
    stats = {}
    evs = {}
    for e in _elements(t):
        if e.tag == 'Statistics':
            w = '%s/<Statistics ClassIndex="%s">' % (where, e.get('ClassIndex'))
            if chk.need(e, w, 'Class', 'ClassIndex', 'NRows'):
                ci, n = chk.num(e, w, 'ClassIndex', int, unsigned=True), chk.num(e, w, 'NRows', int)
                if ci is not None and n is not None:
                    chk.numbers(e, w, n, 'means')
                    stats[ci] = n
        elif e.tag == 'Eigenvectors':
            w = '%s/<Eigenvectors ClassIndex="%s">' % (where, e.get('ClassIndex'))
            if chk.need(e, w, 'Class', 'ClassIndex', 'NRows', 'NCols'):
                ci = chk.num(e, w, 'ClassIndex', int, unsigned=True)
                r, c = chk.num(e, w, 'NRows', int), chk.num(e, w, 'NCols', int)
                if None not in (ci, r, c):
                    chk.numbers(e, w, r * c, 'eigenvectors')
                    evs[ci] = (r, c)
    if not stats or not evs:
        chk.error(where, 'needs <Statistics> and <Eigenvectors>')
        return
    last_s, last_e = stats[max(stats)], evs[max(evs)]
    if max(stats) != max(evs):
        chk.error(where, 'last Statistics ClassIndex %d differs from last Eigenvectors ClassIndex %d'
                  % (max(stats), max(evs)))
    if ninp is not None and (last_s != ninp or last_e != (ninp, ninp)):
        chk.error(where, 'applied block sizes %s/%s do not fit %d inputs' % (last_s, last_e, ninp))


def _check_pdf(chk, p, w, named=False):
    """PDF::ReadXML."""
    if named:
        chk.need(p, w, 'Name')
    if not chk.need(p, w, 'MinNSmooth', 'MaxNSmooth', 'InterpolMethod', 'KDE_type', 'KDE_iter',
                    'KDE_border', 'KDE_finefactor'):
        return
    for a in ('MinNSmooth', 'MaxNSmooth', 'InterpolMethod', 'KDE_type', 'KDE_iter', 'KDE_border'):
        chk.num(p, w, a, int)
    chk.num(p, w, 'KDE_finefactor', float)
    kids = _elements(p)
    if not kids:
        chk.error(w, 'no <Histogram> child')
        return
    h = kids[0]
    wh = '%s/<%s>' % (w, h.tag)
    if not chk.need(h, wh, 'Name', 'NBins', 'XMin', 'XMax', 'HasEquidistantBins'):
        return
    n = chk.num(h, wh, 'NBins', int, unsigned=True)
    chk.num(h, wh, 'XMin', float)
    chk.num(h, wh, 'XMax', float)
    eq = h.get('HasEquidistantBins')
    if eq not in ('0', '1'):
        chk.error(wh, 'HasEquidistantBins="%s": read with >> bool, only 0 or 1 work' % eq)
        return
    if n is None:
        return
    chk.numbers(h, wh, n, 'bin contents')
    if eq == '0':
        if len(kids) < 2:
            chk.error(w, 'HasEquidistantBins=0 but no <HistogramBinning> after <Histogram>')
            return
        b = kids[1]
        wb = '%s/<%s>' % (w, b.tag)
        if not chk.need(b, wb, 'NBins'):
            return
        nb = chk.num(b, wb, 'NBins', int, unsigned=True)
        if nb is not None and nb != n:
            chk.error(wb, 'NBins=%d but <Histogram> NBins=%d: kFATAL "Number of bins in content and binning '
                      'array differs"' % (nb, n))
        edges = chk.numbers(b, wb, n + 1, 'bin edges (NBins+1)')
        if edges is not None:
            if len(edges) != n + 1:
                chk.warn(wb, '%d edges for NBins+1=%d (the first %d are read)' % (len(edges), n + 1, n + 1))
            e = edges[:n + 1]
            if any(not e[i] < e[i + 1] for i in range(len(e) - 1)):
                chk.error(wb, 'bin edges are not strictly increasing (TH1F rejects the binning)')


def _check_gauss(chk, t, where, st, sel, ninp):
    chk.need(t, where, 'FlatOrGauss')
    kids = _elements(t)
    varnodes = kids[kids.index(sel) + 1:] if sel is not None else kids
    last = -1
    seen = {}
    for v in varnodes:
        w = '%s/<%s VarIndex="%s">' % (where, v.tag, v.get('VarIndex'))
        if not chk.need(v, w, 'VarIndex'):
            continue
        vi = chk.num(v, w, 'VarIndex', int, unsigned=True)
        if vi is None:
            continue
        if vi <= last:
            chk.error(w, 'VarIndex not increasing: fCumulativePDF.resize(ivar+1) drops the PDFs read before')
        last = max(last, vi)
        npdf = 0
        for c in _elements(v):
            wc = '%s/<%s>' % (w, c.tag)
            pk = _elements(c)
            if not pk:
                chk.error(wc, 'no <PDF> child (PDF::ReadXML on a null node)')
                continue
            _check_pdf(chk, pk[0], '%s/<%s>' % (wc, pk[0].tag))
            npdf += 1
        if npdf == 0:
            chk.error(w, 'no cumulative PDF for this variable: Transform indexes an empty vector')
        seen[vi] = npdf
        want = _num_class_blocks(st, 'gauss')
        if npdf and npdf != want:
            chk.warn(w, '%d PDFs, TMVA writes %d; the last one is applied' % (npdf, want))
    if ninp is not None:
        missing = sorted(set(range(ninp)) - set(seen))
        if missing:
            chk.error(where, 'no <Variable> for input position(s) %s: Transform indexes a missing PDF' % missing)


def _check_mvapdfs(chk, el):
    kids = _elements(el)
    if not kids:
        return
    if len(kids) < 2:
        chk.error('<MVAPdfs>', 'one child: the background PDF is read from a null node (ReadAttr Name fails)')
    for k, p in enumerate(kids[:2]):
        _check_pdf(chk, p, '<MVAPdfs>/<%s>[%d]' % (p.tag, k), named=True)


def _check_weights(chk, w, st):
    m = st['mtype']
    if m == 'Fisher':
        if not chk.need(w, '<Weights>', 'NCoeff'):
            return
        n = chk.num(w, '<Weights>', 'NCoeff', int, unsigned=True)
        idx = set()
        for k, c in enumerate(_elements(w)):
            wc = '<Weights>/<%s>[%d]' % (c.tag, k)
            if chk.need(c, wc, 'Index', 'Value'):
                i = chk.num(c, wc, 'Index', int, unsigned=True)
                chk.num(c, wc, 'Value', float)
                if i is not None:
                    if n is not None and i >= n:
                        chk.error(wc, 'Index=%d >= NCoeff=%d: writes past fFisherCoeff' % (i, n))
                    idx.add(i)
        if n is not None and st['nvar'] is not None:
            if n != st['nvar'] + 1:
                chk.error('<Weights>', 'NCoeff=%d for %d variables (needs NVar+1; GetMvaValue reads NVar '
                          'coefficients)' % (n, st['nvar']))
            missing = sorted(set(range(st['nvar'] + 1)) - idx)
            if missing:
                chk.error('<Weights>', 'no <Coefficient> for Index %s (stays 0)' % missing)
    elif m == 'BDT':
        _check_bdt_weights(chk, w, st)
    elif m == 'MLP':
        _check_mlp_weights(chk, w, st)
    elif m == 'PyTorch':
        chk.warn('<Weights>', 'ignored: MethodPyTorch::ReadWeightsFromXML is empty')


def _check_bdt_weights(chk, w, st):
    chk.need(w, '<Weights>', 'NTrees')
    nt = chk.num(w, '<Weights>', 'NTrees', int, unsigned=True)
    at_attr = 'TreeType' if w.get('TreeType') is not None else 'AnalysisType'
    chk.need(w, '<Weights>', at_attr)
    chk.num(w, '<Weights>', at_attr, int, unsigned=True)
    trees = _elements(w)
    if nt is not None and nt != len(trees):
        chk.warn('<Weights>', 'NTrees=%d but %d trees (every child is read as a tree)' % (nt, len(trees)))
    nvar = st['nvar']
    for k, bt in enumerate(trees):
        wt = '<Weights>/<%s itree="%s">' % (bt.tag, bt.get('itree', k))
        chk.need(bt, wt, 'type', 'boostWeight')
        chk.num(bt, wt, 'boostWeight', float)
        nodes = _elements(bt)
        if not nodes:
            chk.error(wt, 'no root <Node>')
            continue
        stack = [(nodes[0], wt + '/<Node>')]
        while stack:
            nd, wn = stack.pop()
            if not chk.need(nd, wn, 'pos', 'depth', 'IVar', 'Cut', 'cType', 'nType'):
                continue
            if nd.get('NCoef') is not None:
                nc = chk.num(nd, wn, 'NCoef', int)
                if nc:
                    chk.need(nd, wn, *['fC%d' % i for i in range(nc)])
            if nd.get('purity') is None:
                chk.need(nd, wn, 'nS', 'nB')
            ntype = chk.num(nd, wn, 'nType', int)
            ivar = chk.num(nd, wn, 'IVar', int)
            chk.num(nd, wn, 'Cut', float)
            kids = _elements(nd)
            pos = [c.get('pos') for c in kids]
            if ntype == 0:
                if 'l' not in pos or 'r' not in pos:
                    chk.error(wn, 'internal node (nType=0) without both pos="l" and pos="r" children: '
                              'CheckEvent follows a null daughter')
                if ivar is not None and nvar is not None and nd.get('NCoef', '0') == '0' and not 0 <= ivar < nvar:
                    chk.error(wn, 'IVar=%d outside the %d variables' % (ivar, nvar))
            for c in kids:
                if c.get('pos') not in ('l', 'r'):
                    chk.warn(wn, 'child with pos="%s" is neither left nor right (dropped)' % c.get('pos'))
                stack.append((c, wn + '/<Node pos="%s">' % c.get('pos')))
    if st['options'].get('dopreselection', 'False').lower() in BOOL_TRUE and nvar:
        for i in range(nvar):
            for kind in ('LowBkg', 'LowSig', 'HighBkg', 'HighSig'):
                for a in ('Preselection%sVar%d' % (kind, i), 'Preselection%sVar%dValue' % (kind, i)):
                    if w.get(a) is None:
                        chk.warn('<Weights>', 'DoPreselection=True but no %s' % a)


def _check_mlp_weights(chk, w, st):
    lay = w.find('Layout')
    if lay is None:
        lay = w  # old format
    wl = '<Weights>/<Layout>' if lay is not w else '<Weights>'
    if not chk.need(lay, wl, 'NLayers'):
        return
    nl = chk.num(lay, wl, 'NLayers', int, unsigned=True)
    if nl is None:
        return
    layers = {}
    for k, l in enumerate(_elements(lay)):
        if lay is w and l.tag != 'Layer':
            continue
        wly = '%s/<%s Index="%s">' % (wl, l.tag, l.get('Index'))
        if not chk.need(l, wly, 'Index', 'NNeurons'):
            return
        i, nn = chk.num(l, wly, 'Index', int, unsigned=True), chk.num(l, wly, 'NNeurons', int, unsigned=True)
        if i is None or nn is None:
            return
        if i >= nl:
            chk.error(wly, 'Index=%d >= NLayers=%d: layout->at(Index) throws' % (i, nl))
            return
        layers[i] = (l, nn, wly)
    if sorted(layers) != list(range(nl)):
        chk.error(wl, 'layers %s for NLayers=%d' % (sorted(layers), nl))
        return
    sizes = [layers[i][1] for i in range(nl)]
    if st['nvar'] is not None and sizes[0] != st['nvar'] + 1:
        chk.error(layers[0][2], 'NNeurons=%d for %d variables (needs NVar+1: last is the bias)' % (sizes[0], st['nvar']))
    an = st['analysis'] or 'classification'
    nout = {'classification': 1, 'regression': len(st['targets']),
            'multiclass': st['nclasses'] or 0}[an]
    if sizes[-1] != nout:
        chk.error(layers[nl - 1][2], 'output layer NNeurons=%d, %s needs %d' % (sizes[-1], an, nout))
    # the k-th Layer element in document order is filled into network layer k (iLayer counter)
    doc_layers = [l for l in _elements(lay) if lay is not w or l.tag == 'Layer']
    for li, l in enumerate(doc_layers):
        wly = '%s/<%s Index="%s">' % (wl, l.tag, l.get('Index'))
        if int(l.get('Index')) != li:
            chk.warn(wly, 'layer element %d has Index=%s: weights are filled by position' % (li, l.get('Index')))
        nn = sizes[li]
        nsyn_expected = 0 if li == nl - 1 else (sizes[li + 1] if li + 1 == nl - 1 else sizes[li + 1] - 1)
        neurons = _elements(l)
        if len(neurons) > nn:
            chk.error(wly, '%d <Neuron> elements for NNeurons=%d: layer->At() returns null' % (len(neurons), nn))
        elif len(neurons) < nn and li != nl - 1:
            chk.error(wly, '%d <Neuron> elements for NNeurons=%d: the rest keep random weights' % (len(neurons), nn))
        for j, nd in enumerate(neurons[:nn]):
            wn = '%s/<%s>[%d]' % (wly, nd.tag, j)
            if not chk.need(nd, wn, 'NSynapses'):
                continue
            ns = chk.num(nd, wn, 'NSynapses', int, unsigned=True)
            if ns is None:
                continue
            if ns > nsyn_expected:
                chk.error(wn, 'NSynapses=%d > %d links: PostLinkAt returns null' % (ns, nsyn_expected))
            elif ns < nsyn_expected:
                chk.error(wn, 'NSynapses=%d < %d links: the rest keep random weights' % (ns, nsyn_expected))
            if ns:
                chk.numbers(nd, wn, ns, 'synapse weights')
    ih = w.find('InverseHessian')
    if ih is not None:
        wi = '<Weights>/<InverseHessian>'
        chk.need(ih, wi, 'NElements', 'NRows', 'NCols')
        for r in _elements(ih):
            chk.need(r, '%s/<%s>' % (wi, r.tag), 'Index')
    if (st['tmva_code'] or 0) < TMVA_VERSION(4, 2, 1) and st['options'].get('neurontype') == 'tanh':
        chk.warn('<Weights>', 'TMVA code %s < 4.2.1: the Reader uses the exact tanh' % st['tmva_code'])


def _check_pytorch(chk, st, check_files):
    opts = st['options']
    w = '<Options>/<Option name="FilenameTrainedModel">'
    fn = opts.get('filenametrainedmodel', '')
    if not fn:
        chk.error(w, 'empty or missing: torch.jit.load(\'\') fails (kFATAL)')
    else:
        if "'" in fn:
            chk.error(w, 'value contains \': it is pasted into torch.jit.load(\'...\')')
        if check_files:
            p, how = resolve_trained_model(fn, chk.path)
            if how is None:
                chk.error(w, '"%s" exists neither relative to the current directory (%s) nor beside the '
                          'weight file: torch.jit.load fails at the first evaluation (kFATAL)' % (fn, os.getcwd()))
            elif how == 'beside':
                chk.warn(w, '"%s" is not found relative to the current directory (%s), which is where ROOT '
                         'looks; only a file of that name beside the weight file exists' % (fn, os.getcwd()))
    uc = opts.get('usercode', '')
    wu = '<Options>/<Option name="UserCode">'
    if not uc:
        chk.warn(wu, 'empty: ROOT needs load_model_custom_objects (train_func, criterion, predict_func) defined '
                 'in __main__ before the first evaluation; with no UserCode the calling program must define it')
    elif check_files and not os.path.isfile(uc):
        chk.error(wu, '"%s" does not exist relative to the current directory: fopen fails, kFATAL' % uc)
    elif check_files:
        try:
            load_user_predict(uc)
        except ImportError as e:
            chk.warn(wu, 'could not run "%s" here (%s)' % (uc, e))
        except Exception as e:  # missing dict or key: PyRunString kFATAL
            chk.error(wu, '"%s" does not define load_model_custom_objects with train_func, criterion and '
                      'predict_func (%s: %s): PyRunString kFATAL' % (uc, type(e).__name__, e))


class PyTorchMethod:
    """pymva MethodPyTorch at application (SetupPyTorchModel(true), GetMvaValue, GetRegressionValues,
    GetMulticlassValues): model = torch.jit.load(FilenameTrainedModel); vals = the transformed event as
    a float32 array of shape (1, NVar); output = float32 (1, nOut) filled from predict(model, vals).
    The predict function here is model(torch.from_numpy(vals)).  Classification returns output[0][0];
    regression inverse-transforms the targets; multiclass returns the row (no softmax is added)."""

    def __init__(self, wf):
        import torch
        torch.set_num_threads(1)
        self.torch = torch
        fn = wf.opt('FilenameTrainedModel', '').strip()
        path, how = resolve_trained_model(fn, wf.path)
        if path is None:
            raise FileNotFoundError('%s: FilenameTrainedModel %r not found (cwd %s, nor beside the weight file)'
                                    % (wf.name, fn, os.getcwd()))
        self.model_path, self.model_found = path, how
        self.model = torch.jit.load(path, map_location='cpu')
        if wf.analysis == 'regression':
            self.nout = len(wf.targets)
        else:
            self.nout = wf.nclasses
        self.user_predict = None

    def raw(self, x):
        vals = np.array([[float(F32(v)) for v in x]], dtype=np.float32)   # (1, NVar) float32
        with self.torch.no_grad():
            out = self.model(self.torch.from_numpy(vals))
        out = np.asarray(out.detach().cpu().numpy())
        if out.shape != (1, self.nout):
            raise ValueError('model output shape %s, MethodPyTorch fills a (1, %d) float32 array'
                             % (out.shape, self.nout))
        return out.astype(np.float32)                  # output is a float32 array

    def mva(self, x):
        return float(self.raw(x)[0][0])

    def regression(self, x, wf):
        vals = list(x)
        targets = [F32(v) for v in self.raw(x)[0]]    # Event::SetTarget (Float_t)
        for tr in reversed(wf.transforms):
            vals, targets = tr.inverse(vals, targets)
        return targets

    def multiclass(self, x, wf):
        return [F32(v) for v in self.raw(x)[0]]


def load_user_predict(usercode):
    """Run the UserCode file the way MethodPyTorch does (in a fresh __main__-like namespace) and return
    load_model_custom_objects["predict_func"], or raise."""
    import runpy
    ns = runpy.run_path(usercode, run_name='__main__')
    objs = ns['load_model_custom_objects']
    for k in ('train_func', 'criterion', 'predict_func'):
        objs[k]
    return objs['predict_func']


# ----------------------------------------------------------------------------------------------
# inputs
# ----------------------------------------------------------------------------------------------
TUTORIAL_ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'examples', 'data', 'tmva_class_example.root'))
TUTORIAL_EXPR = {'var1+var2', 'var1-var2', 'var1', 'var2', 'var3', 'var4'}


def tutorial_inputs(wf, n=200):
    import uproot
    f = uproot.open(TUTORIAL_ROOT)
    rows = []
    for tree in ('TreeS', 'TreeB'):
        arr = f[tree].arrays(['var1', 'var2', 'var3', 'var4'], library='np', entry_stop=n)
        b = {k: arr[k].astype(np.float32) for k in arr}
        cols = []
        for v in wf.variables:
            e = v['Expression']
            if e == 'var1+var2':
                cols.append(b['var1'] + b['var2'])   # float32 + float32 -> float32
            elif e == 'var1-var2':
                cols.append(b['var1'] - b['var2'])
            else:
                cols.append(b[e])
        for i in range(len(cols[0])):
            rows.append([float(c[i]) for c in cols])
    return rows


def random_inputs(wf, n_in=300, n_out=20):
    rng = np.random.default_rng(zlib.crc32(wf.name.encode()))
    mins = np.array([float(v['Min']) for v in wf.variables])
    maxs = np.array([float(v['Max']) for v in wf.variables])
    u = rng.random((n_in, wf.nvar))
    x = (mins + u * (maxs - mins)).astype(np.float32)
    rows = [[float(v) for v in r] for r in x]
    width = np.where(maxs > mins, maxs - mins, 1.0)
    for k in range(n_out):
        r = mins + rng.random(wf.nvar) * (maxs - mins)
        d = 0.01 + 0.2 * rng.random(wf.nvar)
        side = rng.random(wf.nvar) < 0.5
        r = np.where(side, mins - d * width, maxs + d * width)
        if k % 2 == 1:  # only one coordinate outside the range
            j = k % wf.nvar
            inside = mins + rng.random(wf.nvar) * (maxs - mins)
            inside[j] = r[j]
            r = inside
        rows.append([float(v) for v in r.astype(np.float32)])
    return rows


def transform_names(wf):
    return [t.name for t in wf.transforms]


def weight_files():
    """The ROOT-trained files beside this script, then the files tmva-burn wrote (ours/dataset/weights),
    as paths relative to this folder."""
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.weights.xml'))
    ours = os.path.join('ours', 'dataset', 'weights')
    if os.path.isdir(os.path.join(HERE, ours)):
        files += sorted(os.path.join(ours, f) for f in os.listdir(os.path.join(HERE, ours))
                        if f.endswith('.weights.xml'))
    return files


def main():
    if len(sys.argv) > 2 and sys.argv[1] == '--check':
        bad = 0
        for path in sys.argv[2:]:
            chk = check_root_accepts(path)
            print('%s: %s' % (path, 'ROOT accepts' if chk.accepts else 'ROOT REJECTS'))
            for e in chk.errors:
                print('  error:   ' + e)
            for w in chk.warnings:
                print('  warning: ' + w)
            bad += not chk.accepts
        sys.exit(1 if bad else 0)
    # the JSON is generated as if the Reader ran in the repository root
    os.chdir(os.path.normpath(os.path.join(HERE, '..', '..', '..')))
    checker_self_check()
    results = []
    for fn in weight_files():
        path = os.path.join(HERE, fn)
        chk = check_root_accepts(path)
        ours = fn.startswith('ours' + os.sep)
        if not ours:
            assert chk.accepts, 'ROOT-trained file %s rejected by the checker:\n  %s' % (fn, '\n  '.join(chk.errors))
        wf = WeightFile(path)
        exprs = {v['Expression'] for v in wf.variables}
        if exprs <= TUTORIAL_EXPR:
            inputs, source = tutorial_inputs(wf), 'tmva_class_example.root: first 200 TreeS then first 200 TreeB'
        else:
            inputs, source = random_inputs(wf), '300 uniform in [Min,Max] then 20 outside'
        outputs = [wf.evaluate(r) for r in inputs]
        self_check(wf, inputs, outputs)
        entry = {
            'file': fn.replace(os.sep, '/'),
            'method': wf.root.get('Method'),
            'analysis_type': wf.info.get('AnalysisType'),
            'tmva_release': wf.info.get('TMVA Release'),
            'root_release': wf.info.get('ROOT Release'),
            'transforms': transform_names(wf),
            'variables': [v['Expression'] for v in wf.variables],
            'input_source': source,
            'inputs': inputs,
            'outputs': outputs,
            'root_accepts': chk.accepts,
            'root_warnings': chk.warnings,
            'root_errors': chk.errors,
        }
        if wf.method_type == 'MLP':
            entry['mlp_activation'] = wf.method.neuron_type
            entry['mlp_output_activation'] = wf.method.output_act
            entry['mlp_tanh'] = ('exact' if wf.method.slow_tanh else 'fast_tanh') if wf.method.neuron_type == 'tanh' else None
        if wf.method_type == 'BDT':
            entry['bdt_boost_type'] = wf.method.boost_type
            entry['bdt_use_yes_no_leaf'] = wf.method.use_yesno
        if wf.method_type == 'PyTorch':
            entry['pytorch_model'] = os.path.relpath(wf.method.model_path, HERE).replace(os.sep, '/')
            entry['pytorch_model_found'] = wf.method.model_found
        results.append(entry)
        print('%-60s %-14s %-14s %-22s n=%d  out[0]=%r  ROOT %s (%d errors, %d warnings)'
              % (fn, wf.root.get('Method'), wf.analysis, ','.join(transform_names(wf)) or '-',
                 len(inputs), outputs[0], 'accepts' if chk.accepts else 'REJECTS',
                 len(chk.errors), len(chk.warnings)))
        for e in chk.errors:
            print('    error:   ' + e)
        for w in chk.warnings:
            print('    warning: ' + w)
    with open(os.path.join(HERE, 'reference_outputs.json'), 'w') as f:
        json.dump({'generator': 'tmva_reference.py', 'files': results}, f, indent=None, separators=(',', ':'))
        f.write('\n')


MINIMAL_FISHER = '''<?xml version="1.0"?>
<MethodSetup Method="Fisher::Fisher">
  <GeneralInfo>
    <Info name="TMVA Release" value="4.2.1 [262657]"/>
    <Info name="ROOT Release" value="6.40/00 [403456]"/>
    <Info name="AnalysisType" value="Classification"/>
  </GeneralInfo>
  <Options>
    <Option name="V" modified="No">False</Option>
    <Option name="VarTransform" modified="Yes">N</Option>
    <Option name="Method" modified="No">Fisher</Option>
  </Options>
  <Variables NVar="2">
    <Variable VarIndex="0" Expression="x" Label="x" Title="x" Unit="" Internal="x" Type="F" Min="-3.00000000e+00" Max="3.00000000e+00"/>
    <Variable VarIndex="1" Expression="y" Label="y" Title="y" Unit="" Internal="y" Type="F" Min="-2.00000000e+00" Max="2.00000000e+00"/>
  </Variables>
  <Spectators NSpec="0"/>
  <Classes NClass="2"> <Class Name="Signal" Index="0"/> <Class Name="Background" Index="1"/> </Classes>
  <Transformations NTransformations="1">
    <Transform Name="Normalize">
      <Selection>
        <Input NInputs="2"> <Input Type="Variable" Label="x" Expression="x"/> <Input Type="Variable" Label="y" Expression="y"/> </Input>
        <Output NOutputs="2"> <Output Type="Variable" Label="x" Expression="x"/> <Output Type="Variable" Label="y" Expression="y"/> </Output>
      </Selection>
      <Class ClassIndex="0"><Ranges><Range Index="0" Min="-3" Max="3"/><Range Index="1" Min="-2" Max="2"/></Ranges></Class>
      <Class ClassIndex="1"><Ranges><Range Index="0" Min="-3" Max="3"/><Range Index="1" Min="-2" Max="2"/></Ranges></Class>
      <Class ClassIndex="2"><Ranges><Range Index="0" Min="-3" Max="3"/><Range Index="1" Min="-2" Max="2"/></Ranges></Class>
    </Transform>
  </Transformations>
  <MVAPdfs/>
  <Weights NCoeff="3">
    <Coefficient Index="0" Value="-1.0000000000000000e-01"/>
    <Coefficient Index="1" Value="5.0e-01"/> <Coefficient Index="2" Value="2.5e-01"/>
  </Weights>
</MethodSetup>
'''


def checker_self_check():
    """check_root_accepts accepts the doc's minimal files and catches each kind of defect."""
    import tempfile
    tmp = tempfile.mkdtemp(prefix='tmva_check_')

    def run(text, name='t.weights.xml', check_files=True):
        path = os.path.join(tmp, name)
        with open(path, 'w') as f:
            f.write(text)
        return check_root_accepts(path, check_files=check_files)

    def rejects(text, needle, **kw):
        c = run(text, **kw)
        assert not c.accepts and any(needle in e for e in c.errors), (needle, c.errors)

    def sub(text, a, b):
        assert a in text, a
        return text.replace(a, b, 1)

    base = MINIMAL_FISHER
    c = run(base)
    assert c.accepts and not c.warnings, (c.errors, c.warnings)
    rejects(sub(base, 'Title="x" ', ''), 'missing attribute Title')
    rejects(sub(base, '<Option name="V" modified="No">False</Option>',
                '<Option name="Foo" modified="No">1</Option>'), 'not declared')
    rejects(sub(base, '>False</Option>', '>Flase</Option>'), 'not a boolean')
    rejects(sub(base, '>Fisher</Option>', '>Fischer</Option>'), 'predefined')
    rejects(sub(base, '4.2.1 [262657]', '4.2.1'), 'no [code]')
    rejects(sub(base, 'Name="Normalize"', 'Name="None"'), 'kFATAL')
    rejects(sub(base, 'Name="Normalize"', 'Name="Identity"'), 'crashes')
    rejects(sub(base, 'Label="y" Expression="y"/> </Input>', 'Label="z" Expression="z"/> </Input>'), 'matches nothing')
    rejects(sub(base, '<Range Index="1" Min="-2" Max="2"/></Ranges></Class>\n    </Transform>',
                '</Ranges></Class>\n    </Transform>'), 'no <Range>')
    rejects(sub(base, 'NCoeff="3"', 'NCoeff="2"'), 'NCoeff=2')
    rejects(sub(base, 'Value="5.0e-01"', 'Valeu="5.0e-01"'), 'missing attribute Value')
    rejects(sub(base, 'Classification', 'Classifikation'), 'not known')
    moved = base.replace('''  <Options>
    <Option name="V" modified="No">False</Option>
    <Option name="VarTransform" modified="Yes">N</Option>
    <Option name="Method" modified="No">Fisher</Option>
  </Options>
''', '')
    moved = moved.replace('</MethodSetup>', '''  <Options> <Option name="Method" modified="No">Fisher</Option> </Options>
</MethodSetup>''')
    rejects(moved, 'comes after')
    moved2 = sub(base, '<Spectators NSpec="0"/>', '').replace('</Transformations>', '</Transformations>\n  <Spectators NSpec="0"/>')
    rejects(moved2, 'comes after <Transformations>')
    rejects(base, 'does not end in .xml', name='t.weights.txt')

    # PyTorch: the doc's minimal file (model file not checked here)
    pt = sub(sub(base, 'Fisher::Fisher', 'PyTorch::PyTorch'), '<Option name="Method" modified="No">Fisher</Option>',
             '<Option name="FilenameTrainedModel" modified="No">dataset/weights/TrainedModel_PyTorch.pt</Option>'
             '<Option name="UserCode" modified="No"></Option><Option name="SaveBestOnly" modified="No">True</Option>')
    pt = pt[:pt.index('  <Weights')] + '</MethodSetup>\n'
    c = run(pt, check_files=False)
    assert c.accepts and any('UserCode' in w for w in c.warnings), (c.errors, c.warnings)
    rejects(sub(pt, 'dataset/weights/TrainedModel_PyTorch.pt', ''), 'empty or missing', check_files=False)
    rejects(sub(pt, 'dataset/weights/TrainedModel_PyTorch.pt', 'my model.pt'), 'has a space', check_files=False)
    rejects(sub(pt, '<Info name="AnalysisType" value="Classification"/>', ''), 'analysis type', check_files=False)
    rejects(sub(pt, '<Option name="SaveBestOnly"', '<Option name="Method"'), 'not declared', check_files=False)
    rejects(pt, 'exists neither', check_files=True)

    # real files, mutated
    def real(name):
        with open(os.path.join(HERE, name)) as f:
            return f.read()
    g = real('Bilokin_BelleII_FisherG.weights.xml')
    rejects(sub(g, '<HistogramBinning NBins="101"', '<HistogramBinning NBins="102"'), 'Number of bins')
    rejects(sub(g, 'HasEquidistantBins="0"', 'HasEquidistantBins="false"'), 'only 0 or 1')
    rejects(sub(g, 'FlatOrGauss="Gauss"', ''), 'missing attribute FlatOrGauss')
    rejects(sub(g, 'KDE_iter=', 'KDE_Iter='), 'missing attribute KDE_iter')
    m = real('aprozo_cernroot_training_MLP.weights.xml')
    rejects(sub(m, '"NeuronType" modified="Yes">tanh<', '"NeuronType" modified="Yes">Tanh<'), 'CreateActivation')
    # AddPreDefVal attaches the activation names to EstimatorType: ROOT accepts this value
    assert run(sub(m, '"EstimatorType" modified="No">CE<', '"EstimatorType" modified="No">tanh<')).accepts
    rejects(sub(m, '"EstimatorType" modified="No">CE<', '"EstimatorType" modified="No">XE<'), 'predefined')
    rejects(sub(m, 'NSynapses="8"', 'NSynapses="9"'), 'PostLinkAt')
    b = real('aprozo_cernroot_training_BDT.weights.xml')
    assert run(sub(b, '<Option name="NTrees"', '<Option name="UseWeightedTrees" modified="No">True</Option>'
                      '<Option name="NTrees"')).accepts          # MethodBDT compatibility option
    rejects(sub(b, '"NegWeightTreatment" modified="No">inverseboostnegweights<',
                '"NegWeightTreatment" modified="No">whatever<'), 'predefined')
    rejects(sub(b, ' cType="1"', ''), 'missing attribute cType')
    r = real('grizzay-dev_Burst_Analysis_TMVARegression_MLP.weights.xml')
    rejects(r.replace('<Targets', '<Targetz').replace('</Targets>', '</Targetz>'), 'regression file without')


def self_check(wf, inputs, outputs):
    # inputs are float32-representable
    for r in inputs:
        for v in r:
            assert float(np.float32(v)) == v
    if wf.method_type == 'PyTorch':
        for o in outputs:
            assert all(math.isfinite(v) for v in (o if isinstance(o, list) else [o])), o
        if wf.analysis == 'classification':
            assert all(np.float32(o) == o for o in outputs)     # output[0][0] of a float32 array
        uc = wf.opt('UserCode', '').strip()
        if uc and os.path.isfile(uc):
            # ROOT calls the UserCode's predict_func; it must agree with model(torch.from_numpy(vals))
            predict = load_user_predict(uc)
            for r in inputs[:50]:
                vals = np.array([[float(v) for v in wf.transformed(r)]], dtype=np.float32)
                out = np.zeros((1, wf.method.nout), dtype=np.float32)
                for i, p in enumerate(predict(wf.method.model, vals)):
                    out[i] = p
                assert np.array_equal(out, wf.method.raw(wf.transformed(r))), (out, wf.method.raw(wf.transformed(r)))
    if wf.method_type == 'BDT' and wf.analysis == 'classification':
        if wf.method.boost_type == 'Grad':
            assert all(-1 < o < 1 for o in outputs), 'Grad output outside (-1,1)'
        elif wf.method.use_yesno:
            assert all(-1 <= o <= 1 for o in outputs), 'AdaBoost output outside [-1,1]'
        else:
            assert all(0 <= o <= 1 for o in outputs)
    if wf.method_type == 'MLP' and wf.analysis == 'classification' and wf.method.output_act == 'sigmoid':
        assert all(0 <= o <= 1 for o in outputs)
    for tr in wf.transforms:
        for r in inputs[:50]:
            y = tr.forward([f32(v) for v in r])
            # only the positions the transform writes (a Selection may hold a subset of the variables)
            y = [y[i] for (c, i) in tr.sel.outputs if c == 'v']
            if tr.name == 'Uniform':
                assert all(0 < float(v) < 1 for v in y)
            if tr.name == 'Gauss':
                assert all(abs(float(v)) < 5.74 for v in y)
            if tr.name == 'Normalize':
                pass
    # Gauss: PDF sanity: the fine histogram reproduces the coarse CDF at the coarse bin centres
    for tr in wf.transforms:
        if tr.name in ('Gauss', 'Uniform'):
            for lst in tr.pdfs.values():
                p = lst[-1]
                for xc, yc in zip(p.gx[1:-1:7], p.gy[1:-1:7]):
                    assert abs(p.get_val(float(xc)) - yc) < 2e-3, (p.get_val(float(xc)), yc)
    # erf_inverse against math.erf
    for a in (-0.99999999, -0.5, 1e-3, 0.3, 0.9):
        assert abs(math.erf(erf_inverse(a)) - a) < 1e-13
    # fast_tanh close to tanh
    for a in (-6, -2.5, -0.3, 0.0, 0.7, 3.1, 5.5):
        assert abs(fast_tanh(a) - math.tanh(a)) < 2e-4
    # Normalize: variables exactly at the stored Min/Max go to -1 / +1
    for tr in wf.transforms:
        if tr.name == 'Normalize':
            mn, mx = tr.blocks[-1]
            for k, (c, i) in enumerate(tr.sel.inputs):
                if c != 'v':
                    continue
                v = [f32(0)] * wf.nvar
                v[i] = mn[k]
                assert float(tr.forward(v)[i]) == -1.0
                v[i] = mx[k]
                assert abs(float(tr.forward(v)[i]) - 1.0) < 1e-6


if __name__ == '__main__':
    main()
