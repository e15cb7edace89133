"""float32 ``exp``, ``log`` and ``log1p``: the formulas ``runtime/support.ll`` computes, bit for bit.

The kernels used to call libm (``expf``, ``log1pf``) once or twice an example.  A call in the loop costs more
than the function: every vector register is caller-saved, so the loop's live vectors are spilled and reloaded
around it, and a loop with a call is never vectorised (W1's training loss alone took a fifth of an epoch).  These
are branch-free (selects only), inlined into the loops and vectorisable, and cost 20-30 instructions.

Each is a Cephes single-precision formula (S. Moshier), evaluated as written: every ``*`` and ``+`` a separately
rounded float32 operation, no fused multiply-add, so the Python below (numpy float32 scalars, round to nearest)
and the LLVM IR give the same bits on every x86-64 CPU.  Accuracy (tests/test_runtime_support.py checks it
against float64): ``exp`` and ``log`` within 2 ulp, ``log1p`` within 4 ulp; ``exp`` rounds results below the
smallest float32 to 0 and above the largest to inf, as libm does; NaN in, NaN out.

* ``exp(x)``: x clamped to [-104, 89] (beyond, the result is 0 or inf anyway); ``n = floor(x log2 e + 1/2)``;
  ``r = x - n ln2`` (ln 2 in two parts, Cody and Waite); ``e^r`` by a degree-7 polynomial; times ``2^n`` as two
  exact powers of two ``2^(n >> 1) 2^(n - (n >> 1))``, so a subnormal or infinite result rounds once.
* ``log(x)``: ``x = m 2^e`` with ``m`` in [sqrt(1/2), sqrt(2)) (subnormal ``x`` scaled by 2^25 first);
  ``log(1 + f)`` for ``f = m - 1`` by ``f - f^2/2 + f^3 P(f)``; plus ``e ln2`` (two parts).  0 gives -inf, a
  negative number NaN, inf inf.
* ``log1p(x)``: ``u = 1 + x``; ``x`` if ``u == 1`` (exact for tiny ``x``), else ``log(u) x / (u - 1)``, which
  cancels the rounding of ``1 + x`` (D. Goldberg, "What every computer scientist should know about
  floating-point arithmetic", 1991, Theorem 4); inf gives inf.
"""
from __future__ import annotations

import numpy as np

F = np.float32
I = np.int32

EXP_LO, EXP_HI = F(-104.0), F(89.0)
LOG2E = F(1.44269504088896341)
LN2_HI, LN2_LO = F(0.693359375), F(-2.12194440e-4)
EXP_P = tuple(F(c) for c in (1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2,
                             1.6666665459e-1, 5.0000001201e-1))
SQRTH = F(0.707106781186547524)
LOG_P = tuple(F(c) for c in (7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1,
                             1.4249322787e-1, -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1,
                             3.3333331174e-1))
TINY = F(2.0 ** -126)  # below: subnormal (or 0, or negative), scaled by 2^25 before the exponent is read
SCALE25 = F(2.0 ** 25)


def _bits(x) -> int:
    return int(np.array([x], dtype=F).view(np.uint32)[0])


def _float(bits: int):
    return np.array([bits & 0xFFFFFFFF], dtype=np.uint32).view(F)[0]


def _pow2(k: int):
    """2^k as a float32, for -126 <= k <= 127."""
    return _float((k + 127) << 23)


@np.errstate(all="ignore")
def expf(a):
    x = F(a)
    c = x if x > EXP_LO else EXP_LO  # NaN -> EXP_LO (the result is replaced below)
    c = c if c < EXP_HI else EXP_HI
    n = np.floor(c * LOG2E + F(0.5))
    r = c - n * LN2_HI
    r = r - n * LN2_LO
    z = r * r
    p = EXP_P[0]
    for coef in EXP_P[1:]:
        p = p * r + coef
    y = p * z + r + F(1)
    k = int(n)
    h = k >> 1
    out = (y * _pow2(h)) * _pow2(k - h)
    return x if x != x else F(out)


@np.errstate(all="ignore")
def logf(a):
    x = F(a)
    sub = x < TINY
    xs = x * SCALE25 if sub else x
    bits = _bits(xs)
    e = ((bits >> 23) & 0xFF) - 126 - (25 if sub else 0)
    m = _float((bits & 0x007FFFFF) | 0x3F000000)  # in [0.5, 1)
    if m < SQRTH:
        e -= 1
        f = (m + m) - F(1)
    else:
        f = m - F(1)
    z = f * f
    p = LOG_P[0]
    for coef in LOG_P[1:]:
        p = p * f + coef
    y = (p * f) * z
    fe = F(e)
    y = y + fe * LN2_LO
    y = y - z * F(0.5)
    r = f + y
    r = r + fe * LN2_HI
    if x != x:
        return x
    if x < F(0):
        return F(np.nan)
    if x == F(0):
        return F(-np.inf)
    if x == F(np.inf):
        return x
    return F(r)


@np.errstate(all="ignore")
def log1pf(a):
    x = F(a)
    u = F(1) + x
    d = u - F(1)
    if u == F(np.inf):
        return u
    if d == F(0):
        return x
    return F(logf(u) * (x / d))
