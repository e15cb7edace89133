"""Param initialisation, shared by every engine so that their runs compare.

The params are made in their final dtype, ``CHUNK`` entries at a time: the
random draws (float64, as numpy's Generator makes them) and the fixed-point
re-gridding never hold more than one chunk, so the peak is the params plus a
few MB, and the values are exactly those of one whole-array draw.  The params
are checked against the memory left (:mod:`sgdc.runtime.memory`) before anything is
allocated.
"""
from __future__ import annotations

import numpy as np

from sgdc.errors import InternalError
from sgdc.data.dataset import param_shape
from sgdc.ir.model import Model

CHUNK = 1 << 20  # entries drawn and re-gridded at a time (8 MB of float64 temporaries)


def init_params(model: Model, dims: dict, seed: int = 0, dtype=np.float32) -> dict:
    """Fresh params for ``model``: one numpy Generator seeded by ``seed``, params in declaration order.

    Fixed-point params (:func:`sgdc.ir.precision.quantised_params`) start on their grid."""
    from sgdc.runtime.memory import check_params
    from sgdc.ir.precision import from_codes, quantised_params, to_codes

    shapes = {p.name: param_shape(model, p.name, dims) for p in model.params}
    check_params(model, dims, itemsize=np.dtype(dtype).itemsize)
    rng = np.random.default_rng([int(seed), 0x5EED])
    steps = quantised_params(model)
    bits = model.schedule.precision.M
    out = {}
    for p in model.params:
        a = np.empty(shapes[p.name], dtype=dtype)  # C order; 0-d params stay 0-d
        flat = a.reshape(-1)  # a view
        kind, args = p.init.kind, p.init.args
        if kind == "const":
            a.fill(float(args[0]))
        elif kind in ("normal", "uniform"):
            draw = rng.normal if kind == "normal" else rng.uniform
            lo, hi = float(args[0]), float(args[1])
            for i in range(0, flat.size, CHUNK):  # the same stream as one draw of the whole array
                flat[i:i + CHUNK] = draw(lo, hi, size=min(CHUNK, flat.size - i))
        else:  # pragma: no cover - the checker admits only these
            raise InternalError(kind)
        step = steps.get(p.name)
        if step is not None:
            for i in range(0, flat.size, CHUNK):
                flat[i:i + CHUNK] = from_codes(to_codes(flat[i:i + CHUNK], step, bits), step)
        out[p.name] = a
    project(model, out)
    return out


def alias_table(weights: np.ndarray) -> tuple:
    """Walker's alias table of ``weights`` (Vose's construction): ``(prob, alias)`` float32, so that bucket
    ``k = uniform integer in [0, n)``, then ``k`` if a uniform ``u < prob[k]`` else ``alias[k]`` draws item ``i``
    with probability ``weights[i] / sum``.  All-zero weights: every item alike."""
    w = np.asarray(weights, dtype=np.float64)
    n = w.size
    total = float(w.sum())
    if not total > 0 or not np.isfinite(total):
        return np.ones(n, np.float32), np.arange(n, dtype=np.float32)
    scaled = w * (n / total)
    prob, alias = np.ones(n), np.arange(n, dtype=np.float64)
    small = [int(i) for i in np.flatnonzero(scaled < 1.0)]
    large = [int(i) for i in np.flatnonzero(scaled >= 1.0)]
    while small and large:
        s, big = small.pop(), large.pop()
        prob[s], alias[s] = scaled[s], big
        scaled[big] = (scaled[big] + scaled[s]) - 1.0
        (small if scaled[big] < 1.0 else large).append(big)
    return prob.astype(np.float32), alias.astype(np.float32)


def counted_field(model: Model, sampled) -> str:
    """The data index field a sampled field's draws stand in for: the last one declared over its dim (BPR's item
    ``i``, skip-gram's context ``c``); a unigram sampler counts its values."""
    return [g.name for g in model.data_fields if g.kind == "index" and g.extent == sampled.extent][-1]


def fill_sample_tables(model: Model, data, params: dict) -> None:
    """The alias tables of ``sampled unigram(p)`` fields from ``data``'s counts of the items: the data index field
    over the sampled field's dim (a bound :class:`sgdc.data.dataset.Dataset`), each count to the power ``p``."""
    from sgdc.ir.model import SAMPLE_ALIAS, SAMPLE_PROB

    for f in model.sampled_fields:
        if f.sampled != "unigram":
            continue
        item = counted_field(model, f)
        n = params[f.name + SAMPLE_PROB].shape[0]
        counts = np.bincount(np.asarray(data[item], dtype=np.int64), minlength=n)[:n].astype(np.float64)
        prob, alias = alias_table(counts ** f.power)
        params[f.name + SAMPLE_PROB][...] = prob
        params[f.name + SAMPLE_ALIAS][...] = alias


def project(model: Model, params: dict, codes: bool = False) -> None:
    """Every ``constrain`` applied to whole params, in place: the ball to every row (the vector), then the box (the
    kernels project what each example writes; this is for the initial values, and after each epoch, where merges
    of per-thread copies add moves up).  ``params``
    as float32 values on their grid, or with ``codes`` as the kernels store them (fixed-point codes)."""
    from sgdc.ir.precision import grid_bounds, quantised_params

    if not model.constraints:
        return
    steps = quantised_params(model)
    bits = model.schedule.precision.M
    for c in model.constraints:
        a = params[c.param]
        if c.norm is not None and c.param not in steps:  # every row (the vector) onto the ball
            rows = a.reshape(-1, a.shape[-1]) if a.ndim else a.reshape(1, 1)
            per = max(1, CHUNK // max(rows.shape[1], 1))  # rows a piece
            for i in range(0, rows.shape[0], per):
                part = rows[i:i + per]
                norms = np.sqrt(np.sum(part.astype(np.float64) ** 2, axis=1))
                over = norms > c.norm
                part[over] = (part[over] * (c.norm / norms[over])[:, None]).astype(part.dtype)
        if c.lo is None and c.hi is None:
            continue
        step = steps.get(c.param)
        lo, hi = grid_bounds(c, step, bits)
        if step is not None:  # codes (integers), or their values on the grid
            lo, hi = ((None if b is None else int(b) if codes else b * step) for b in (lo, hi))
        flat = a.reshape(-1)
        for i in range(0, flat.size, CHUNK):
            part = flat[i:i + CHUNK]
            np.clip(part, lo, hi, out=part)  # (a NaN stays NaN: a diverged fit is reported as such)
