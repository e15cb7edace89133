"""Pass: unbiased rounding draws its random numbers.

Under ``rounding unbiased`` every fixed-point write rounds ``floor(v + r)``
with ``r`` uniform in [0, 1) from the worker's stream instead of ``r = 1/2``:
the worker's xorshift state steps once per example (``AdvanceStream``, after
the step size), and update ``m`` draws ``hash(state ^ m * GOLDEN ^ elem * MIXER)``
for its element ``elem`` (``draw lane``), for element 0 (``draw vector``: one
draw shared by the update's lanes), or hashes once per update and steps a Weyl
sequence over the elements (``draw stride``: ``stride m elem``, a multiply and
an add per element).  The rules: :mod:`sgdc.ir.fixedpoint`.
"""
from __future__ import annotations

from dataclasses import replace

from sgdc.ir.lowered import AdvanceStream, Eval, Op, Upd, map_stmts, map_updates, walk
from sgdc.ir.update import UpdateIR


def _int_draws(u: Upd) -> Upd:
    """The integer rule's draws: the update's stride hash ``h`` once, the factors' uniform from its low bits,
    ``r = ibits h j`` at each coordinate (instead of the nearest rule's constants)."""
    pre = [Op("h", "hash", (u.number,)), Op("u", "ubits", ("h",))]
    for op in u.coord.pre:
        pre.append(replace(op, args=(op.args[0], "u")) if op.name == "ifactor" else op)
    ops = []
    for op in u.coord.ops:
        if op.name == "irule":
            ops += [Op("r", "ibits", ("h", "elem")), replace(op, args=op.args[:4] + ("r",))]
        else:
            ops.append(op)
    return replace(u, coord=u.coord.with_ops(ops, pre=tuple(pre)))


def _draw(u: Upd, kind: str) -> Upd:
    if not u.coord.fixed:
        return u
    if any(op.name == "irule" for op in u.coord.ops):
        return _int_draws(u)
    draw = {"lane": Op("r", "draw", (u.number, "elem")), "vector": Op("r", "draw", (u.number,)),
            "stride": Op("r", "stride", (u.number, "elem"))}[kind]
    ops = []
    for op in u.coord.ops:
        if op.name == "round":
            ops += [draw,
                    Op(op.dst, "round", (op.args[0], "r"))]
        else:
            ops.append(op)
    return replace(u, coord=u.coord.with_ops(ops))


def apply_rounding(kernels: tuple, uir: UpdateIR) -> tuple:
    sched = uir.model.schedule
    if sched.rounding != "unbiased":
        return kernels
    out = []
    for k in kernels:
        if not k.exact:
            out.append(k)
            continue

        def stream(s):  # the worker's state steps once an example, after the step size
            return [s, AdvanceStream()] if isinstance(s, Eval) and s.program == "step" else [s]

        body = k.body if any(isinstance(s, AdvanceStream) for s in walk(k.body)) else map_stmts(k.body, stream)
        out.append(replace(k, body=map_updates(body, lambda u: _draw(u, sched.draw))))
    return tuple(out)
