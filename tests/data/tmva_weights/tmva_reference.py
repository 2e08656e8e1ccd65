#!/usr/bin/env python3
"""Independent NumPy transcription of how ROOT's TMVA::Reader evaluates XML weight files.

Regenerates reference_outputs.json next to this script:

    python3 tmva_reference.py

Transcribed from ROOT's sources (tmva/tmva/src): Reader.cxx (EvaluateMVA copies inputs to float),
MethodBase.cxx (ReadStateFromXML: only ParseOptions, never ProcessOptions), TransformationHandler /
VariableTransformBase (float in, float out, last class block for cls=-1), VariableNormalizeTransform.cxx
(Transform / InverseTransform), VariableDecorrTransform.cxx, VariablePCATransform.cxx,
VariableGaussTransform.cxx, PDF.cxx (BuildSplinePDF, FillSplineToHist, GetVal), TSpline1.cxx,
TMath::ErfInverse, MethodFisher.cxx, MethodBDT.cxx, DecisionTree.cxx (CheckEvent),
DecisionTreeNode.cxx (GoesRight), MethodANNBase.cxx (BuildNetwork, ReadWeightsFromXML, GetMvaValue,
GetRegressionValues, GetMulticlassValues), TNeuron.cxx, TNeuronInput*.cxx, TActivation*.cxx.

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


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.weights.xml'))
    results = []
    for fn in files:
        wf = WeightFile(os.path.join(HERE, fn))
        exprs = {v['Expression'] for v in wf.variables}
        if exprs <= TUTORIAL_EXPR:
            inputs, source = tutorial_inputs(wf), 'tmva_class_example.root: first 200 TreeS then first 200 TreeB'
        else:
            inputs, source = random_inputs(wf), '300 uniform in [Min,Max] then 20 outside'
        outputs = [wf.evaluate(r) for r in inputs]
        self_check(wf, inputs, outputs)
        entry = {
            'file': fn,
            'method': wf.root.get('Method'),
            'analysis_type': wf.info.get('AnalysisType'),
            'tmva_release': wf.info.get('TMVA Release'),
            'root_release': wf.info.get('ROOT Release'),
            'transforms': transform_names(wf),
            'variables': [v['Expression'] for v in wf.variables],
            'input_source': source,
            'inputs': inputs,
            'outputs': outputs,
        }
        if wf.method_type == 'MLP':
            entry['mlp_activation'] = wf.method.neuron_type
            entry['mlp_output_activation'] = wf.method.output_act
            entry['mlp_tanh'] = ('exact' if wf.method.slow_tanh else 'fast_tanh') if wf.method.neuron_type == 'tanh' else None
        if wf.method_type == 'BDT':
            entry['bdt_boost_type'] = wf.method.boost_type
            entry['bdt_use_yes_no_leaf'] = wf.method.use_yesno
        results.append(entry)
        print('%-60s %-14s %-14s %-22s n=%d  out[0]=%r' % (fn, wf.root.get('Method'), wf.analysis,
                                                           ','.join(transform_names(wf)) or '-',
                                                           len(inputs), outputs[0]))
    with open(os.path.join(HERE, 'reference_outputs.json'), 'w') as f:
        json.dump({'generator': 'tmva_reference.py', 'files': results}, f, indent=None, separators=(',', ':'))
        f.write('\n')


def self_check(wf, inputs, outputs):
    # inputs are float32-representable
    for r in inputs:
        for v in r:
            assert float(np.float32(v)) == v
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
