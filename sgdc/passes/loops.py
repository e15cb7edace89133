"""Pass: update IR + data layouts -> lowered kernels with explicit loops, in float32.

Three kernels per layout: ``sgdc_train`` (SGD over ``order[begin:end]``),
``sgdc_predict`` and ``sgdc_losses`` (examples ``begin..end``).  This pass
decides the loop structure of an example's updates:

* ``row`` updates over the same extent share one loop (as a hand-written
  kernel would): at each element every member's gradient is read first, from
  the rows as they were, then each row is written;
* a lazy vector coefficient that reads a param row written by an update
  outside its own loop is materialised before any write (so updating ``X[i]``
  cannot change the gradient of ``X[j]`` when ``i = j``);
* an update whose coordinates an earlier update of the same param may have
  hit gets a regulariser gate.

Every coordinate is written by the float rule ``w -= step * (g + l2 w + l1 sign w)``;
:mod:`sgdc.passes.precision` rewrites it for fixed-point params.
"""
from __future__ import annotations

from dataclasses import replace

from sgdc.ir.lowered import (AddLoss, AddStep, AdvanceStream, Coord, Eval, Examples, Kernel, Materialise, Op, RegGate,
                             StoreOut,
                             Upd, UpdateEach, UpdateRows)
from sgdc.ir.update import BINARY, BUMP, UNARY, Program, UpdateIR, loss_program
from sgdc.passes.differentiate import (ADAGRAD_EPS, AVG_COUNT, AVG_SUM, AVG_TIME, L1_TAKEN, L1_TOTAL, L2_TAKEN,
                                       L2_TOTAL, NORM_COUNT, NORM_SCALE, NORM_SUM, averaged, cumulative_l1, exact_l2,
                                       state_param)

KERNELS = ("sgdc_train", "sgdc_predict", "sgdc_losses")  # the functions every module has (the engine binds them)


def lazy_views(prog: Program) -> dict:
    """``{temp: params}`` for the vector temps computed lazily element by element from param rows read in place."""
    views: dict = {}
    for ins in prog.instrs:
        if ins.shape == ():
            continue
        if ins.op == "load":
            views[ins.dst] = frozenset([ins.args[0]])
        elif ins.op in UNARY or ins.op in BINARY or ins.op == "pow":
            operands = ins.args[:1] if ins.op == "pow" else ins.args
            views[ins.dst] = frozenset().union(*(views.get(a, frozenset()) for a in operands))
        elif ins.op == BUMP:
            views[ins.dst] = views.get(ins.args[0], frozenset())
    return views


def _exact_shrink(u, adaptive: str) -> list:
    """``l2_penalty exact``: ``w`` is the param's value times the shrink owed since it was last touched,
    ``exp(q - u)`` (over the root of its AdaGrad sum so far under ``adaptive adagrad``); the mark ``q`` becomes
    ``u``."""
    total, taken = u.param + L2_TOTAL, u.param + L2_TAKEN
    ops = [Op("w0", "load", (u.param,)), Op("U2", "load", (total,)), Op("Q2", "load", (taken,)),
           Op("e", "fsub", ("Q2", "U2"))]
    e = "e"
    if adaptive == "adagrad":  # owed in units of this coordinate's step
        ops += [Op("G0", "load", (state_param(u.param),)), Op("G0e", "fadd", ("G0", ADAGRAD_EPS)),
                Op("sq0", "fsqrt", ("G0e",)), Op("es", "fdiv", ("e", "sq0"))]
        e = "es"
    return ops + [Op("f", "fexp", (e,)), Op("w", "fmul", ("w0", "f")), Op(None, "store", (taken, "U2"))]


def _average_sum(u) -> list:
    """``average epoch``: the value ``w`` has held since the coordinate last changed, added to its sum once for
    every example since (``S += w * (C - 1 - T); T = C - 1``, ``C`` the epoch's examples, this one included)."""
    total, last, count = u.param + AVG_SUM, u.param + AVG_TIME, u.param + AVG_COUNT
    return [Op("C", "load", (count,)), Op("T", "load", (last,)), Op("S", "load", (total,)),
            Op("C1", "fsub", ("C", 1.0)), Op("k", "fsub", ("C1", "T")), Op("wk", "fmul", ("w", "k")),
            Op("Sk", "fadd", ("S", "wk")), Op(None, "store", (total, "Sk")), Op(None, "store", (last, "C1"))]


def _normalize(u) -> list:
    """``adaptive normalized``: the coordinate's largest ``|x|`` so far (``x`` the data entry; 1 for updates
    without one) grows to this one's, rescaling ``w`` to ``w1`` by old / new; the param's sum of normalised
    squared norms ``N`` grows by ``(|x| / scale)^2``; ``nr = sqrt(t / N)``."""
    scale, count, norms = u.param + NORM_SCALE, u.param + NORM_COUNT, u.param + NORM_SUM
    return [Op("ax", "fabs", ("x" if u.field else 1.0,)), Op("ns", "load", (scale,)),
            Op("nsn", "fmax", ("ns", "ax")), Op(None, "store", (scale, "nsn")), Op("nsr", "fdiv", ("ns", "nsn")),
            Op("nf", "sel", ("ns", "nsr", 1.0)), Op("w1", "fmul", ("w", "nf")),
            Op("nxr", "fdiv", ("ax", "nsn")), Op("nxr2", "fmul", ("nxr", "nxr")), Op("nq", "sel", ("nsn", "nxr2", 0.0)),
            Op("nN", "load", (norms,)), Op("nN2", "fadd", ("nN", "nq")), Op(None, "store", (norms, "nN2")),
            Op("nT", "load", (count,)), Op("nTN", "fdiv", ("nT", "nN2")), Op("nrt", "fsqrt", ("nTN",)),
            Op("nr", "sel", ("nN2", "nrt", 1.0))]


def float_rule(u, adaptive: str = "off", cumulative: bool = False, exact: bool = False, average: bool = False) -> Coord:
    """The float32 coordinate rule of update ``u`` (inputs ``g``, ``step``, ``gate``, ``x``); under ``adaptive
    adagrad`` the step is divided by the root of the coordinate's sum of squared gradients, kept in the param
    :func:`sgdc.passes.differentiate.state_param` beside it, and under ``normalized`` also by the coordinate's
    scale, times ``sqrt(t / N)`` (:func:`_normalize`).  ``exact`` (``l2_penalty exact``): the weight first takes
    its owed shrink (:func:`_exact_shrink`) and the l2 term is not in ``g``.  ``average`` (``average epoch``): the
    lazy average's sum (:func:`_average_sum`)."""
    if u.l2 and exact:
        ops = _exact_shrink(u, adaptive)
        u = replace(u, l2=0.0)
    else:
        ops = [Op("w", "load", (u.param,))]
    if average:
        ops += _average_sum(u)
    w = "w"
    if adaptive == "normalized":
        ops += _normalize(u)
        w = "w1"
    l2, l1 = u.l2, u.l1
    if u.reg_unless:  # the gated strengths (computed whether or not used, as the reference does)
        ops += [Op("l2", "fmul", (float(u.l2), "gate")), Op("l1", "fmul", (float(u.l1), "gate"))]
        l2, l1 = "l2", "l1"
    g = "g"
    if u.l2:
        ops += [Op("r2", "fmul", (l2 if isinstance(l2, str) else float(l2), w)), Op("g2", "fadd", (g, "r2"))]
        g = "g2"
    if u.l1 and not cumulative:  # the subgradient (fixed-point models); cumulative: clipped after the step
        ops += [Op("s", "sign", (w,)), Op("r1", "fmul", (l1 if isinstance(l1, str) else float(l1), "s")),
                Op("g1", "fadd", (g, "r1"))]
        g = "g1"
    if adaptive in ("adagrad", "normalized"):  # G += g^2; the step divided by sqrt(G + eps), per coordinate
        acc = state_param(u.param)
        ops += [Op("G", "load", (acc,)), Op("gg", "fmul", (g, g)), Op("G2", "fadd", ("G", "gg")),
                Op(None, "store", (acc, "G2")), Op("Ge", "fadd", ("G2", ADAGRAD_EPS)), Op("sq", "fsqrt", ("Ge",)),
                Op("ga", "fdiv", (g, "sq"))]
        g = "ga"
    if adaptive == "normalized":  # over the coordinate's scale (no scale yet: no step), times sqrt(t / N)
        ops += [Op("gs", "fdiv", (g, "nsn")), Op("gn", "sel", ("nsn", "gs", 0.0)), Op("gr", "fmul", ("gn", "nr"))]
        g = "gr"
    ops += [Op("d", "fmul", ("step", g)), Op("v", "fsub", (w, "d"))]
    if u.l1 and cumulative:  # clip toward 0 by what is owed: the penalty so far less what this one has had
        total, taken = u.param + L1_TOTAL, u.param + L1_TAKEN
        ops += [Op("U", "load", (total,)), Op("Q", "load", (taken,))]
        if adaptive == "adagrad":  # in units of the plain step: owed and taken scaled by this coordinate's 1/sqrt(G)
            ops += [Op("Us", "fdiv", ("U", "sq")), Op("Qs", "fdiv", ("Q", "sq")), Op("c", "l1clip", ("v", "Us", "Qs")),
                    Op("dv", "fsub", ("c", "v")), Op("dq", "fmul", ("dv", "sq"))]
        else:
            ops += [Op("c", "l1clip", ("v", "U", "Q")), Op("dq", "fsub", ("c", "v"))]
        ops += [Op("Q2", "fadd", ("Q", "dq")), Op(None, "store", (taken, "Q2"))]
        return Coord(u.param, tuple(ops + [Op(None, "store", (u.param, "c"))]))
    return Coord(u.param, tuple(ops + [Op(None, "store", (u.param, "v"))]))


def _updates(uir: UpdateIR) -> list:
    model, prog = uir.model, uir.train
    views = lazy_views(prog)
    cumulative, exact, avg = cumulative_l1(model), exact_l2(model), averaged(model)
    ups = [Upd(m, u.param, tuple(u.index), u.coef, float_rule(u, model.training.adaptive, u.param in cumulative,
                                                              u.param in exact, u.param in avg),
               u.field, bool(u.reg_unless))
           for m, u in enumerate(prog.updates)]
    ext_of = {m: model.param(u.param).shape[len(u.index)] for m, u in enumerate(prog.updates) if u.kind == "row"}
    out: list = []
    for m, u in enumerate(prog.updates):  # materialise before any write
        if u.kind == "rank1" and views.get(u.field):  # the vector too (it may read rows updated before it)
            out.append(Materialise(u.field, m, "vector"))
        for k, term in enumerate(u.terms):  # a powered outer's term coefficients (each read at every row)
            if views.get(term[0]):
                out.append(Materialise(term[0], m, f"term{k}"))
        v = views.get(u.coef)
        if v:
            mine = ext_of.get(m)
            outside = {w.param for k, w in enumerate(prog.updates) if k not in ext_of or ext_of[k] != mine}
            if u.kind != "row" or v & outside:
                out.append(Materialise(u.coef, m))
    out += [RegGate(m, tuple(u.reg_unless)) for m, u in enumerate(prog.updates) if u.reg_unless]
    out += [AddStep(p + L1_TOTAL, cumulative[p]) for p in dict.fromkeys(u.param for u in prog.updates if u.l1)
            if p in cumulative]  # the penalty so far grows once an example, before any clip reads it
    out += [AddStep(p + L2_TOTAL, exact[p]) for p in dict.fromkeys(u.param for u in prog.updates if u.l2)
            if p in exact]  # (the same for the exact l2's shrink)
    out += [AddStep(p + AVG_COUNT, 1.0, scaled=False) for p in dict.fromkeys(u.param for u in prog.updates)
            if p in avg]  # an averaged param's examples of the epoch, this one included
    if model.training.adaptive == "normalized":  # the examples so far, for sqrt(t / N)
        out += [AddStep(p + NORM_COUNT, 1.0, scaled=False) for p in dict.fromkeys(u.param for u in prog.updates)]
    done = set()
    for m, u in enumerate(prog.updates):  # list order; a row group runs where its first member is
        if u.kind == "row":
            ext = ext_of[m]
            if ext not in done:
                done.add(ext)
                out.append(UpdateRows(ext, tuple(ups[k] for k in ext_of if ext_of[k] == ext)))
        else:
            out.append(UpdateEach({"elem": "one", "sparse": "support", "outer": "outer", "rank1": "dense"}[u.kind],
                                  ups[m]))
    return out


def make_kernels(uir: UpdateIR, layouts: dict) -> tuple:
    """The three float32 kernels of one data layout."""
    lay = tuple(sorted(layouts.items()))
    # a sampled index field draws from the worker's stream, stepped once an example (as unbiased rounding's)
    stream = (AdvanceStream(),) if uir.model.sampled_fields else ()
    train = (Eval("step"), *stream, Eval("train"), AddLoss(uir.train.result), *_updates(uir))
    train_name, predict_name, losses_name = KERNELS
    out = [Kernel(train_name, lay, (Examples(train, ordered=True),))]
    for name, prog in ((predict_name, uir.predict), (losses_name, loss_program(uir.train))):
        shape = {i.dst: i.shape for i in prog.instrs}.get(prog.result, ())
        body = (Eval(name.removeprefix("sgdc_")), StoreOut(prog.result, shape != ()))
        out.append(Kernel(name, lay, (Examples(body, ordered=False),)))
    return tuple(out)
