#!/usr/bin/env python3
"""The polynomial of `src/transform/gauss.rs`'s fast inverse error function.

For |y| <= 0.999 (w = -ln(1 - y^2) within [0, 6.25], the central region of
Giles' 2010 approximation), erf_inv(y) = y * p(t) with t = w / 3.125 - 1.
This interpolates p at the Chebyshev nodes of degree 16 in 40-digit
arithmetic (mpmath), converts to the power basis, rounds to f64 and prints
the coefficients (constant first) with the worst relative error of the f64
Horner evaluation over 20,001 points of the interval. The Rust side only
trusts the result within `FAST_BOUND` and falls back to the exact path near
an f32 rounding boundary, so this error sets the fallback rate, not the
results.

    .venv-torch/bin/python tests/data/make_erf_inv_polynomial.py   # needs mpmath and numpy
"""
import mpmath as mp
import numpy as np

mp.mp.dps = 40
W, DEG = 6.25, 16
half = mp.mpf(W) / 2


def p_exact(w):
    y = mp.sqrt(1 - mp.exp(-w))
    return mp.sqrt(mp.pi) / 2 if y == 0 else mp.erfinv(y) / y


n = DEG + 1
nodes = [mp.cos(mp.pi * (k + mp.mpf(1) / 2) / n) for k in range(n)]
values = [p_exact(half + half * t) for t in nodes]
cheb = []
for j in range(n):
    s = sum(values[k] * mp.cos(mp.pi * j * (k + mp.mpf(1) / 2) / n) for k in range(n))
    cheb.append(2 * s / n if j else s / n)
chebyshev_t = [[mp.mpf(1)], [mp.mpf(0), mp.mpf(1)]]
for j in range(2, n):
    a = [mp.mpf(0)] + chebyshev_t[j - 1]
    b = chebyshev_t[j - 2] + [mp.mpf(0)] * 2
    chebyshev_t.append([2 * a[i] - b[i] for i in range(j + 1)])
power = [mp.mpf(0)] * n
for j in range(n):
    for i, c in enumerate(chebyshev_t[j]):
        power[i] += cheb[j] * c
coefficients = [float(c) for c in power]

worst = 0.0
for w in np.linspace(0, W, 20001):
    t = w / (W / 2) - 1
    p = coefficients[-1]
    for c in reversed(coefficients[:-1]):
        p = c + p * t
    truth = float(p_exact(mp.mpf(w)))
    worst = max(worst, abs(p - truth) / truth)
print("coefficients (t^0 first):")
for c in coefficients:
    print(f"    {c!r},")
print(f"worst relative error of the f64 evaluation: {worst:.3g}")
