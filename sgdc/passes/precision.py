"""Pass: the DMGC signature applied to lowered kernels.

* Params kept in fixed point (:func:`sgdc.ir.precision.quantised_params`: every
  param with an axis when ``M < 32``) are read as ``decode(widen(code), step)``
  and written by the fixed-point rule, in units of the param's step::

      q = load P; qf = widen q; w = decode qf delta
      ... the regulariser on w, as in float ...
      v = qf - (step * g) * (1 / delta)
      c = round v 0.5           (the rounding pass may draw r instead of 0.5)
      store P (narrow (saturate c M))

* Data vectors of ``D < 32`` bits are codes decoded at their field's scale.
* An update over a sparse row's entries is folded (:func:`support_rule`) and
  handled :data:`GATHER_LANES` entries at a time (``UpdateEach.lanes``): the
  codes gathered, the rule computed on vectors, the codes scattered back.
* Dot products of codes with codes (a fixed-point row with ``D``-bit data, or two
  fixed-point rows) are taken exactly in integers (``Eval.int_dots``).

Fixed-point kernels keep the float order exact (no reassociation): they round
with a random stream shared with the reference interpreter, bit for bit.
"""
from __future__ import annotations

from dataclasses import replace

from sgdc.ir import fixedpoint as fx
from sgdc.ir.lowered import (Coord, Eval, Materialise, Op, Upd, UpdateEach, UpdateRows, map_stmts, map_updates,
                             walk)
from sgdc.ir.precision import quantised_params
from sgdc.ir.update import UpdateIR


#: entries of a sparse row that the folded fixed-point update handles at once (a 512-bit vector of float32)
GATHER_LANES = 16


def fixed_rule(c: Coord, bits: int, delta: float) -> Coord:
    """The float rule of :func:`sgdc.passes.loops.float_rule` rewritten for codes of ``bits`` bits at ``delta``."""
    ops: list = []
    for op in c.ops:
        if op.name in ("load", "store") and op.args[0] != c.param:  # per-coordinate state beside it: float32
            ops.append(op)
        elif op.name == "load":
            ops += [Op("q", "load", op.args), Op("qf", "widen", ("q",)), Op("w", "decode", ("qf", float(delta)))]
        elif op.name == "fsub" and op.dst == "v":  # w - step * g  ->  qf - step * g / delta, in codes
            ops += [Op("dq", "fmul", ("d", 1.0 / delta)), Op("v", "fsub", ("qf", "dq")),
                    Op("c", "round", ("v", 0.5)), Op("cs", "saturate", ("c", bits)), Op("n", "narrow", ("cs", bits))]
        elif op.name == "store":
            ops.append(Op(None, "store", (op.args[0], "n")))
        else:
            ops.append(op)
    return c.with_ops(ops, fixed=True)


def support_rule(c: Coord, bits: int, delta: float, l2: float, data_bits: int) -> Coord:
    """The fixed-point rule of an update over a data vector's entries, ``w -= step * (c * x + l2 * w)`` at each
    stored ``x = xq * scale``, with the float round trip folded into two values made once per example::

        once: A = 1 - step * l2 (* gate)          once: B = step * c * scale / delta
        once: both made finite (clamped; a NaN in either: A = 1, B = 0, the codes stay as they are)
        v = qf * A - B * xq                       (then round, saturate, narrow, store as fixed_rule does)

    (``qf`` the code as float32).  Four float operations a coordinate instead of nine: the param's decode,
    the regulariser's multiply-add and the two scalings happen once per example, not once per entry; and ``v``
    is never NaN (finite factors times codes), so saturation needs no NaN test."""
    pre: list = []
    if l2:  # (an update over data entries is never gated: differentiation gates index-addressed rows only)
        pre += [Op("sl", "fmul", ("step", float(l2))), Op("A0", "fsub", (1.0, "sl"))]
    pre.append(Op("sc", "fmul", ("step", "c")))
    if data_bits < 32:
        pre += [Op("sd", "fmul", ("scale", 1.0 / delta)), Op("B0", "fmul", ("sc", "sd"))]
    else:
        pre.append(Op("B0", "fmul", ("sc", 1.0 / delta)))
    if l2:
        pre += [Op("A", "finite", ("A0", "B0", 1.0)), Op("B", "finite", ("B0", "A0", 0.0))]
    else:
        pre.append(Op("B", "finite", ("B0", "B0", 0.0)))
    ops = [Op("q", "load", (c.param,)), Op("qf", "widen", ("q",))]
    if l2:
        ops.append(Op("qa", "fmul", ("qf", "A")))
    ops += [Op("dq", "fmul", ("B", "xq")), Op("v", "fsub", ("qa" if l2 else "qf", "dq")),
            Op("rc", "round", ("v", 0.5)), Op("cs", "saturate", ("rc", bits, "finite")),
            Op("n", "narrow", ("cs", bits)), Op(None, "store", (c.param, "n"))]
    return c.with_ops(ops, fixed=True, pre=tuple(pre), data=True)


def float_support_rule(c: Coord, l2: float, data_bits: int) -> Coord:
    """A float32 param's update over a data vector's entries, ``w -= step * (c * x + l2 * w)``, with the
    per-entry scalings folded into values made once per example (the kernel is not exact: LLVM may contract
    the two products into one fused multiply-add)::

        once: A = 1 - step * l2                   once: B = step * c (* scale, for coded data)
        v = w * A - B * xq                        (``xq``: the entry's code, or its value for float32 data)
    """
    pre: list = []
    if l2:
        pre += [Op("sl", "fmul", ("step", float(l2))), Op("A", "fsub", (1.0, "sl"))]
    if data_bits < 32:
        pre += [Op("sc", "fmul", ("step", "c")), Op("B", "fmul", ("sc", "scale"))]
    else:
        pre.append(Op("B", "fmul", ("step", "c")))
    ops = [Op("w", "load", (c.param,))]
    if l2:
        ops.append(Op("wa", "fmul", ("w", "A")))
    ops += [Op("dq", "fmul", ("B", "xq")), Op("v", "fsub", ("wa" if l2 else "w", "dq")),
            Op(None, "store", (c.param, "v"))]
    return c.with_ops(ops, pre=tuple(pre), data=True)


def rows_rule(c: Coord, bits: int, delta: float, l2: float, gated: bool) -> Coord:
    """The fixed-point rule of an update over a param row's coordinates, ``w -= step * (g + l2 * w)`` (``l2``
    times the gate when the update is gated), with the float round trip folded into values made once per
    example::

        once: A = 1 - step * l2 (* gate)          once: Bs = step / delta
        v = qf * A - g * Bs                       (then round, saturate, narrow, store as fixed_rule does)

    Three float operations a coordinate instead of six (no decode of ``w``, no scaling of the step by
    ``1 / delta``).  ``g`` differs per coordinate, so a NaN can still arrive: saturation keeps its NaN test."""
    pre: list = []
    if l2:
        if gated:
            pre.append(Op("gl", "fmul", (float(l2), "gate")))
        pre += [Op("sl", "fmul", ("step", "gl" if gated else float(l2))), Op("A", "fsub", (1.0, "sl"))]
    pre.append(Op("Bs", "fmul", ("step", 1.0 / delta)))
    ops = [Op("q", "load", (c.param,)), Op("qf", "widen", ("q",))]
    if l2:
        ops.append(Op("qa", "fmul", ("qf", "A")))
    ops += [Op("dq", "fmul", ("g", "Bs")), Op("v", "fsub", ("qa" if l2 else "qf", "dq")),
            Op("rc", "round", ("v", 0.5)), Op("cs", "saturate", ("rc", bits)), Op("n", "narrow", ("cs", bits)),
            Op(None, "store", (c.param, "n"))]
    return c.with_ops(ops, fixed=True, pre=tuple(pre))


#: coordinates of a packed block of the integer row rule (a 512-bit vector of 16-bit codes)
PACKED_LANES = 32


def int_rows_rule(c: Coord, bits: int) -> Coord:
    """A coded row's folded rule (:func:`support_rule` with a ``source``) with the codes kept as integers: the
    float factors ``A``, ``B`` become 16-bit integer factors once per example, and each coordinate is one
    integer multiply-add of (own code, source code) pairs, shifted and clamped (:mod:`sgdc.ir.fixedpoint`,
    "the integer rule")::

        once: a = ifactor A 0.5          once: b = ifactor (0 - B) 0.5
        v = irule q a xq b 8192          (q a + xq b + 2^13) >> 14: to nearest; the rounding pass draws both

    No float conversion of either code a coordinate, and 32 coordinates fit one 512-bit vector."""
    pre = list(c.pre)
    has_a = any(op.dst == "A" for op in pre)
    pre += [Op("nB", "fsub", (0.0, "B")), Op("a", "ifactor", ("A" if has_a else 1.0, 0.5)),
            Op("b", "ifactor", ("nB", 0.5))]
    ops = [Op("q", "load", (c.param,)), Op("v", "irule", ("q", "a", "xq", "b", float(1 << (fx.SHIFT - 1)))),
           Op("cs", "isat", ("v", bits)), Op("n", "narrow", ("cs", bits)), Op(None, "store", (c.param, "n"))]
    return c.with_ops(ops, pre=tuple(pre))


def packable(s: UpdateRows, sched) -> bool:
    """Whether a row statement can run as packed integer pairs: every member a coded row's folded rule of 8 or
    16 bits on its own param, and rounding to nearest or by ``draw stride`` (the integer rule's draws)."""
    ups = s.updates
    return (bool(ups) and all(u.coord.source and u.coord.fixed for u in ups)
            and len({u.param for u in ups}) == len(ups) and sched.precision.M in (8, 16)
            and (sched.rounding != "unbiased" or sched.draw == "stride"))


def coded_source(uir: UpdateIR, u: Upd, fixed: dict) -> tuple:
    """``(c, row, param)`` when row update ``u``'s coefficient is ``mul(c, row)`` (either order) of a scalar ``c``
    and the whole row ``row`` of another fixed-point param (matrix completion: ``L[u] -= step * e * R[i]``), else
    ``()``: the rule can then read the row's codes and fold the param's step into its once-per-example factor."""
    defs = {i.dst: i for i in uir.train.instrs}
    ins = defs.get(u.coef)
    if ins is None or ins.op != "mul" or len(ins.args) != 2:
        return ()
    for c, row in (ins.args, ins.args[::-1]):
        ci, ri = defs.get(c), defs.get(row)
        if ci is None or ri is None or ci.shape != () or ri.op != "load" or len(ri.shape) != 1:
            continue
        param = ri.args[0]
        if param in fixed and param != u.param and len(ri.args) - 1 == len(uir.model.param(param).shape) - 1:
            return (c, row, param)
    return ()


def int_dots(uir: UpdateIR, program: str, data_bits: int, fixed: dict) -> frozenset:
    from sgdc.ir.update import loss_program

    prog = {"train": uir.train, "step": uir.step, "predict": uir.predict,
            "losses": loss_program(uir.train)}[program]
    rows = {i.dst for i in prog.instrs if i.op == "load" and i.shape != () and i.args[0] in fixed}
    out = set()
    for ins in prog.instrs:
        powered = ins.op == "matvec" and len(ins.args) > 2  # (M^p @ x^q is not a dot of codes)
        if ins.op in ("ddot", "matvec") and data_bits < 32 and ins.args[0] in fixed and not powered:
            out.add(ins.dst)
        elif ins.op == "dot" and ins.args[0] in rows and ins.args[1] in rows:
            out.add(ins.dst)
        elif ins.op == "norm2" and ins.args[0] in rows:
            out.add(ins.dst)
    return frozenset(out)


def apply_precision(kernels: tuple, uir: UpdateIR) -> tuple:
    model = uir.model
    sig = model.schedule.precision
    sig_sched = model.schedule
    fixed = quantised_params(model)  # param -> step
    exact = bool(fixed)  # fixed-point kernels keep the float rule of float params as the reference runs it
    bits = sig.M

    def upd(u: Upd) -> Upd:
        return replace(u, coord=fixed_rule(u.coord, bits, fixed[u.param])) if u.param in fixed else u

    def support(s, layouts):  # updates over a data vector's entries: the folded rule (no l1: its sign needs w)
        if (isinstance(s, UpdateEach) and s.over == "support" and s.update.param not in fixed and not exact
                and model.training.adaptive == "off"  # (an adaptive rule's step is per coordinate: no fold)
                and model.training.l2_penalty == "touched"  # (nor is an exact l2's lazy shrink)
                and model.training.average == "off"):  # (nor the lazy average's sums)
            src = uir.train.updates[s.update.number]
            if not src.l1 and not src.reg_unless:
                return [replace(s, update=replace(s.update, coord=float_support_rule(s.update.coord, src.l2, sig.D)))]
        if (isinstance(s, UpdateEach) and s.over in ("support", "outer") and s.update.param in fixed
                and model.training.adaptive == "off"):
            # (an outer product's row a is an update over the entries with the coefficient c[a])
            src = uir.train.updates[s.update.number]
            if not src.l1 and not src.reg_unless and not src.terms:  # (M^p @ x^q: not linear in x)
                rule = support_rule(s.update.coord, bits, fixed[src.param], src.l2, sig.D)
                # a sparse row's columns are distinct (bound data is canonical), so its entries can be gathered,
                # computed and scattered GATHER_LANES at a time: the result equals one at a time
                lanes = GATHER_LANES if layouts.get(s.update.field) in ("sparse", "mapped") else 1
                return [replace(s, update=replace(s.update, coord=rule), lanes=lanes)]
        return [s]

    def rows(s, materialised):  # updates over a param row's coordinates: the folded rule (no l1: its sign needs w)
        if not isinstance(s, UpdateRows):
            return [s]
        ups = []
        for u in s.updates:
            src = uir.train.updates[u.number]
            # (a coefficient materialised before the writes reads rows that other loops write: keep it)
            source = coded_source(uir, u, fixed) if u.coef not in materialised else ()
            if model.training.adaptive != "off":  # per-coordinate steps: the generic rule (fixed_rule, in upd)
                pass
            elif u.param in fixed and not src.l1 and source and not u.gated:
                # g = c * (another fixed-point row): its codes times one factor, as over a data vector's entries
                rule = support_rule(u.coord, bits, fixed[u.param], src.l2, bits)  # the source's codes: M bits
                u = replace(u, coord=replace(rule, source=source))
            elif u.param in fixed and not src.l1:
                u = replace(u, coord=rows_rule(u.coord, bits, fixed[u.param], src.l2, u.gated))
            ups.append(u)
        s = replace(s, updates=tuple(ups))
        boxed = any(uir.model.constraint(u.param) is not None for u in s.updates)  # (clamped as float codes)
        if packable(s, sig_sched) and not boxed:  # codes kept as integers, PACKED_LANES coordinates a block
            s = replace(s, updates=tuple(replace(u, coord=int_rows_rule(u.coord, bits)) for u in s.updates),
                        packed=PACKED_LANES)
        return [s]

    def dots(s):
        return [replace(s, int_dots=int_dots(uir, s.program, sig.D, fixed)) if isinstance(s, Eval) else s]

    out = []
    for k in kernels:
        mat = {s.value for s in walk(k.body) if isinstance(s, Materialise)}
        body = map_stmts(map_stmts(k.body, lambda s, lay=dict(k.layouts): support(s, lay)),
                         lambda s, mat=mat: rows(s, mat))
        body = map_updates(map_stmts(body, dots), lambda u: u if u.coord.fixed or u.coord.data else upd(u))
        out.append(replace(k, body=body, exact=exact, data_bits=sig.D,
                           fixed_params=tuple((p, bits, d) for p, d in fixed.items())))
    return tuple(out)
