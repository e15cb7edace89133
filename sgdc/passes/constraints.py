"""Pass: ``constrain`` statements applied where each coordinate is written.

A box (``constrain L >= 0``, ``<= hi``) clamps the value a coordinate rule stores, after the step, rounding and
saturation, so that what lands in memory always satisfies it::

    float32:      v = fsub w d;  vl = fmax v lo;  vh = fmin vl hi;  store P vh
    fixed point:  cs = saturate c bits;  cl = fmax cs lo_code;  ch = fmin cl hi_code;  n = narrow ch bits

(``lo_code = ceil(lo / delta)``, ``hi_code = floor(hi / delta)``: the grid points inside the box,
:func:`sgdc.ir.precision.grid_bounds`).  A ball (``constrain norm(P) <= R``, float32 params) is a
:class:`~sgdc.ir.lowered.Project` after the example's updates: each row they wrote (``P[u]``; the whole vector
for a vector param, every row for a whole-matrix update) is scaled by ``R / |row|`` when its norm is above
``R``.  Over a box and a ball the box is applied first (the result is in both when the box holds 0).  ``fmax a b`` is ``a > b ? a : b`` and ``fmin a b`` is ``a < b ? a :
b``, so a NaN lands on the bound.  The clamp is per coordinate, so sparse updates stay sparse.  The packed
integer rows (:func:`sgdc.passes.precision.packable`) are not used for constrained params.  The initial values
and, after every epoch, whole params (merges of per-thread copies add moves up) are projected by the runtime
(:func:`sgdc.runtime.params.project`); the reference interpreter clamps the same coordinates.
"""
from __future__ import annotations

from dataclasses import replace

from sgdc.ir.lowered import Examples, Op, Project, Upd, UpdateEach, UpdateRows, map_stmts, map_updates
from sgdc.ir.precision import grid_bounds, quantised_params
from sgdc.ir.update import UpdateIR


def _clamped(value: str, lo, hi) -> tuple:
    """Ops clamping ``value`` to ``[lo, hi]`` (either None: no bound), and the clamped value's name."""
    ops = []
    if lo is not None:
        ops.append(Op(value + "_lo", "fmax", (value, float(lo))))
        value += "_lo"
    if hi is not None:
        ops.append(Op(value + "_hi", "fmin", (value, float(hi))))
        value += "_hi"
    return ops, value


def bound_rule(u: Upd, lo, hi) -> Upd:
    """``u``'s coordinate rule with its stored value clamped to ``[lo, hi]`` (codes for a fixed-point rule)."""
    ops: list = []
    for op in u.coord.ops:
        if u.coord.fixed and op.name == "narrow":
            more, v = _clamped(op.args[0], lo, hi)
            ops += more + [replace(op, args=(v,) + op.args[1:])]
        elif not u.coord.fixed and op.name == "store" and op.args[0] == u.param:
            more, v = _clamped(op.args[1], lo, hi)
            ops += more + [replace(op, args=(op.args[0], v))]
        else:
            ops.append(op)
    return replace(u, coord=u.coord.with_ops(ops))


def projections(uir: UpdateIR) -> tuple:
    """A :class:`Project` per ``constrain norm(P) <= R`` whose param the train program writes: the rows its
    updates write (``P[u]`` for an update at ``u`` or ``u, i``; every row for a whole-matrix update; the vector)."""
    from sgdc.errors import UserError

    model = uir.model
    out = []
    for c in model.constraints:
        if c.norm is None:
            continue
        if c.param in quantised_params(model):
            raise UserError(f"constrain norm({c.param}) <= {c.norm:g} needs a float32 model (M32); "
                            f"{c.param} is kept in M{model.schedule.precision.M} fixed point")
        rows = []
        for u in uir.train.updates:
            if u.param == c.param:
                row = tuple(u.index[:1]) if len(model.param(c.param).shape) == 2 else ()
                if row not in rows:
                    rows.append(row)
        if rows:
            out.append(Project(c.param, tuple(rows), float(c.norm)))
    return tuple(out)


def apply_constraints(kernels: tuple, uir: UpdateIR) -> tuple:
    model = uir.model
    boxes = {c.param: c for c in model.constraints if c.lo is not None or c.hi is not None}
    steps = quantised_params(model)
    bounds = {p: grid_bounds(c, steps.get(p), model.schedule.precision.M) for p, c in boxes.items()}
    project = projections(uir)
    if not bounds and not project:
        return kernels

    def upd(u: Upd) -> Upd:
        return bound_rule(u, *bounds[u.param]) if u.param in bounds else u

    def after_updates(s):  # the train kernel's examples: the projections after the last update
        if isinstance(s, Examples) and s.ordered and project:
            last = max(i for i, t in enumerate(s.body) if isinstance(t, (UpdateEach, UpdateRows)))
            return [replace(s, body=s.body[:last + 1] + project + s.body[last + 1:])]
        return [s]

    return tuple(replace(k, body=map_stmts(map_updates(k.body, upd), after_updates)) for k in kernels)
