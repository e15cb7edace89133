"""Low precision: DMGC signatures, fixed-point scales, rounding and the random stream.

A signature names the bits of the **D**ataset, **M**odel, **G**radient and
**C**ommunication (De Sa et al., ISCA 2017): ``D8M16`` stores data vectors as
8-bit and params as 16-bit fixed point.  ``G`` (default 32: the update is
computed in float32) and ``C`` (default: the model's width; the bits of a write
to the shared model, and of what issue 10 sends between machines) may follow.
The long form ``dataset=8 model=16 gradient=32 communication=16`` (commas or
spaces, any order, ``data``/``d`` etc. accepted) means the same.

Fixed point with ``b`` bits stores ``q`` in ``[-Q, Q]``, ``Q = 2^(b-1) - 1``
(symmetric: never the one extra negative value, so negation cannot overflow),
and means ``q * delta``.  Every scale ``delta`` is a power of two, so a float32
``q * delta`` is exact and converts back to the same ``q``: the runtime keeps
params as float32 on the grid and the kernels see the integers.

Scales:

* data (``D``): ``delta = 2^ceil(log2(R / Q))`` with ``R`` = the schedule's
  ``data_range`` or, by default, the largest ``|x|`` of the training data;
* model (``M``): ``R`` = ``model_range`` or, by default, ``max(4, 4 * std, 2 * |c|)``
  from the param's initialiser (``normal(0, std)``, ``uniform``, ``const c``).
  Scalar params (``mu``, a bias) stay float32.

Rounding (schedule ``rounding``) of a real ``v`` (in units of ``delta``) to an
integer: ``nearest`` is ``floor(v + 1/2)`` (biased: small updates vanish);
``unbiased`` is ``floor(v + u)`` with ``u`` uniform in ``[0, 1)``, so
``E[round(v)] = v``.  Writes saturate at ``[-Q, Q]``; nothing wraps.

The rules themselves (rounding, saturation, decoding, ``qmax``) and the random
stream that unbiased rounding draws from (a per-worker xorshift state and a
32-bit hash, shared by the kernels and the reference interpreter, so a
one-thread run is reproducible bit for bit) are written once, in
:mod:`sgdc.ir.fixedpoint`, next to the LLVM emitters that the kernels use; this
module re-exports the names its callers use.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from sgdc.ir.model import is_state
from sgdc.ir.fixedpoint import _CODE_CHUNK, decode, grid_codes, int_dtype, qmax, quantise, saturate
from sgdc.ir.fixedpoint import hash32, seed_state, uniforms, xorshift32  # noqa: F401 - the stream, under its old address

WIDTHS = (8, 16, 32)
_SHORT = re.compile(r"D(8|16|32)M(8|16|32)(?:G(8|16|32))?(?:C(8|16|32))?")
_LONG_KEYS = {"d": "D", "data": "D", "dataset": "D", "m": "M", "model": "M", "g": "G", "gradient": "G",
              "c": "C", "communication": "C", "comm": "C"}


@dataclass(frozen=True)
class Precision:
    D: int = 32
    M: int = 32
    G: int = 32
    C: int = 32

    @property
    def is_float(self) -> bool:
        return self.D == 32 and self.M == 32

    def __str__(self) -> str:
        out = f"D{self.D}M{self.M}"
        if self.G != 32:
            out += f"G{self.G}"
        if self.C != self.M:
            out += f"C{self.C}"
        return out


def parse(text: str) -> Precision:
    """A signature in short (``D8M16G32C8``) or long form (``dataset=8 model=16``); raises ValueError."""
    s = str(text).strip()
    m = _SHORT.fullmatch(s)
    if m:
        d, mm, g, c = (int(x) if x else None for x in m.groups())
        return Precision(d, mm, g or 32, c or mm)
    parts = [p for p in re.split(r"[\s,;]+", s) if p]
    if not parts:
        raise ValueError("empty signature")
    got: dict = {}
    for p in parts:
        key, sep, val = p.partition("=")
        k = _LONG_KEYS.get(key.strip().lower())
        if not sep or k is None or val.strip() not in ("8", "16", "32") or k in got:
            raise ValueError(f"bad part '{p}'")
        got[k] = int(val)
    if "D" not in got or "M" not in got:
        raise ValueError("dataset and model bits are required")
    return Precision(got["D"], got["M"], got.get("G", 32), got.get("C", got["M"]))


def pow2_scale(value_range: float, bits: int) -> float:
    """The smallest power-of-two step whose ``Q`` steps cover ``value_range``."""
    r = float(value_range)
    if not (r > 0 and math.isfinite(r)):
        r = 1.0
    return float(2.0 ** math.ceil(math.log2(r / qmax(bits))))


def model_range(init_kind: str, args: tuple, override) -> float:
    if override not in (None, "auto"):
        return float(override)
    if init_kind == "normal":
        return max(4.0, 4.0 * abs(float(args[1])) + abs(float(args[0])))
    if init_kind == "uniform":
        return max(4.0, 2.0 * max(abs(float(args[0])), abs(float(args[1]))))
    return max(4.0, 2.0 * abs(float(args[0])))


def grid_bounds(constraint, delta: float | None, bits: int) -> tuple:
    """``(lo, hi)`` of a ``constrain`` box where the param is stored: the bounds themselves for a float32 param
    (``delta`` None), else the codes of the grid points inside the box (``ceil(lo / delta)``, ``floor(hi /
    delta)``), which must lie within the ``bits`` codes' range (a :class:`UserError` says to widen
    ``model_range``); None for an absent bound."""
    from sgdc.errors import UserError

    lo, hi = constraint.lo, constraint.hi
    if delta is None:
        return lo, hi
    q = qmax(bits)
    lo_c = None if lo is None else float(math.ceil(lo / delta))
    hi_c = None if hi is None else float(math.floor(hi / delta))
    for bound, code, word in ((lo, lo_c, ">="), (hi, hi_c, "<=")):
        if code is not None and not -q <= code <= q:
            raise UserError(f"constrain {constraint.param} {word} {bound:g}: beyond the range of its M{bits} codes "
                            f"(+-{q * delta:g}); set model_range")
    if lo_c is not None and hi_c is not None and lo_c > hi_c:
        raise UserError(f"constrain {constraint.param}: no M{bits} grid point (step {delta:g}) lies in "
                        f"[{lo:g}, {hi:g}]")
    return lo_c, hi_c


DATA_SEED = 0x5EED  # unbiased rounding of data draws from this seed: the same data quantise to the same codes


def quantize(x: np.ndarray, delta: float, bits: int, rounding: str, rng: np.random.Generator | None = None):
    """Fixed-point codes of ``x`` (numpy; used once, for data and for params on entry)."""
    r = (rng or np.random.default_rng(0)).random(np.shape(x)) if rounding == "unbiased" else 0.5
    return quantise(x, delta, bits, r)


def quantised_params(model) -> dict:
    """``{param: step}`` for the params kept in fixed point (all but scalars, when M < 32; per-coordinate state
    such as AdaGrad's sums ``w.g2``, named with a dot, stays float32)."""
    p = model.schedule.precision
    if p.M == 32:
        return {}
    return {q.name: pow2_scale(model_range(q.init.kind, q.init.args, model.schedule.model_range), p.M)
            for q in model.params if len(q.shape) >= 1 and not is_state(q.name)}


def to_codes(values: np.ndarray, delta: float, bits: int) -> np.ndarray:
    """Codes of params that lie on the grid (exact: the step is a power of two)."""
    values = np.asarray(values)
    out = np.empty(values.shape, dtype=int_dtype(bits))
    flat, dst = values.reshape(-1), out.reshape(-1)
    for s in range(0, flat.size, _CODE_CHUNK):  # float64 temporaries of one chunk, not of the whole model
        dst[s:s + _CODE_CHUNK] = saturate(grid_codes(flat[s:s + _CODE_CHUNK], delta), bits)
    return out


def from_codes(codes: np.ndarray, delta: float) -> np.ndarray:
    """The float32 params that codes mean (:func:`sgdc.ir.fixedpoint.decode`)."""
    return decode(codes, delta)


# -- what low-precision data lost -----------------------------------------------------------------------

ZEROED_WARNING = 0.5  # warn when more than this share of a field's nonzero values quantise to code 0
CLIPPED_WARNING = 0.01  # ... or when more than this share of its nonzero values lie beyond the range (clipped)


def _share(part: int, whole: int) -> str:
    """``part / whole`` as a percentage that never rounds up to 100% or down to 0%."""
    pct = 100.0 * part / whole
    shown = math.floor(pct * 10) / 10 if pct >= 1 else float(f"{pct:.2g}")
    return f"{shown:g}%"


def quantisation_losses(values: np.ndarray, codes: np.ndarray, delta: float, bits: int) -> tuple:
    """``(nonzero, zeroed, clipped)`` of data ``values`` quantised to ``codes`` (``D<bits>``, step ``delta``):
    the nonzero values, those among them whose code is 0 (lost), and those beyond ``Q * delta`` (clipped)."""
    nonzero = int(np.count_nonzero(values))
    zeroed = nonzero - int(np.count_nonzero(codes))  # a 0 always quantises to code 0
    clipped = int(np.count_nonzero(np.abs(values) > qmax(bits) * delta)) if values.size else 0
    return nonzero, zeroed, clipped


def quantise_data(field: str, values: np.ndarray, delta: float, bits: int, rounding: str, source: str,
                  training: bool = True) -> tuple:
    """``(codes, clipped)``: a data field's ``values`` as ``D<bits>`` codes at step ``delta`` (``rounding``;
    unbiased draws from :data:`DATA_SEED`, so the same values always give the same codes: a fit's in-memory
    quantisation and ``sgdc convert --precision`` agree), with the values clipped to the range counted and the
    losses warned about (:func:`data_warnings`; ``source`` says what set ``delta``)."""
    from sgdc.errors import warn

    codes = quantize(values, delta, bits, rounding, np.random.default_rng(DATA_SEED))
    nonzero, zeroed, clipped = quantisation_losses(values, codes, delta, bits)
    for message in data_warnings(field, bits, delta, source, nonzero, zeroed, clipped, training):
        warn(message)
    return codes, clipped


def data_warnings(field: str, bits: int, delta: float, source: str, nonzero: int, zeroed: int,
                  clipped: int, training: bool = True) -> list:
    """Messages about a data field's fixed-point codes (see :func:`quantisation_losses`) when more than
    ``ZEROED_WARNING`` of its nonzero values round to 0 or more than ``CLIPPED_WARNING`` are clipped;
    ``source`` says what set the step ``delta`` (``"the largest |x| = 1e+06"``, ``"data_range 0.5"``);
    ``training``: the data that set the scale (else data quantised at an earlier fit's scale)."""
    if nonzero == 0:
        return []
    what = f"D{bits} training data" if training else f"D{bits} data"
    scale = f"the scale 2^{int(math.log2(delta))} is set by {source}"
    wider = "D16" if bits == 8 else "float data (D32)"
    out = []
    if zeroed > ZEROED_WARNING * nonzero:
        out.append(f"{what}: {_share(zeroed, nonzero)} of the nonzero values of field '{field}' "
                   f"({zeroed} of {nonzero}) round to 0 ({scale}); set data_range or use {wider}")
    if clipped > CLIPPED_WARNING * nonzero:
        out.append(f"{what}: {_share(clipped, nonzero)} of the nonzero values of field '{field}' "
                   f"({clipped} of {nonzero}) lie beyond {qmax(bits) * delta:g} and are clipped to it "
                   f"({scale}); raise data_range or use {wider}")
    return out
