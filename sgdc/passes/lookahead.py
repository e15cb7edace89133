"""Pass: carry a dense linear score from one example to the next, off the chain between examples.

An epoch of a linear model on dense rows is a chain: the score ``w . x[e]`` waits for the previous example's
update of ``w``, the update waits for the score's loss derivative (``exp``, a division), and the next score
waits for the update.  The out-of-order core overlaps little of it (W1's 8-bit rows: 180 cycles an example for
300 instructions).  The update is linear in the row, ``w[j] = alpha w[j] + beta xq[j]`` (``alpha`` the L2
shrinkage, ``beta`` minus the step times the loss derivative, per example), so the next example's score is

    w' . x[next] = alpha (w . x[next]) + beta (xq[e] . x[next])

and both dots can be taken *before* the update, while the loss derivative is still being computed; once it is
known, the score is two multiplies away.  The next dot then waits on nothing but the stores of the update before.

It pays where the next row is already streaming in and the chain is what an example waits for: float32 rows in
the ``sequential`` order (W1 float32, the 2-core Intel Xeon VM: 46-49 -> 33-36 ms an epoch).  In the
``shuffle`` and ``blocks`` orders each row is a random read and the carried dot changed nothing measurable
(87.6/93.1 -> 89.8/90.5 ms shuffled, 48.2/46.2 -> 49.6/61.0 in blocks), and rows of 8- or 16-bit codes are
bound by instructions rather than by the chain, so the extra dot costs more than the chain saves (W1 D8M32
25.5 -> 29.5 ms): the pass applies to float32 rows in the sequential order only.  It also relies on the loss derivative's latency being short:
with an inlined Cephes ``expf`` (a 7-term Horner chain, tried) in place of libm's, float32 W1 stayed at 48 ms.

The pass applies where the result is the same number up to float rounding: a float32 kernel with float32 data
(fixed-point kernels round bit for bit with the reference, which computes the dot directly), no lock (the ``locked`` layout promises
one example at a time), the train program reads ``param`` only through one dot with a dense data vector, and the
param has one update, the folded rule over that vector's entries, linear in ``param`` and ``xq``.  With several
workers (Hogwild!) a carried score misses what other workers wrote in between, as any read in Hogwild! may.
"""
from __future__ import annotations

from dataclasses import replace

from sgdc.ir.lowered import (Carry, Eval, Examples, Lock, Lookahead, NextDots, Op, UpdateEach, UpdateRows,
                             Materialise, updates, walk)
from sgdc.ir.update import UpdateIR


class _NotLinear(Exception):
    pass


def linear_rule(coord) -> tuple | None:
    """``(ops, alpha, beta)`` when the rule's stored value is ``alpha * load + beta * xq`` with ``alpha`` and
    ``beta`` computed by ``ops`` from the rule's once-per-update values (or constants); else None."""
    forms: dict = {}  # value name -> {"w": coef, "xq": coef, "1": coef}; a coef is a name, a float or a tuple
    try:
        stored = None
        for op in coord.ops:
            if op.name == "load":
                forms[op.dst] = {"w": 1.0}
            elif op.name in ("fadd", "fsub", "fmul"):
                a, c = (_form(forms, x) for x in op.args)
                forms[op.dst] = _mul(a, c) if op.name == "fmul" else _add(a, c, op.name)
            elif op.name == "store":
                stored = _form(forms, op.args[1])
            else:
                raise _NotLinear(op.name)
    except _NotLinear:
        return None
    if stored is None or set(stored) - {"w", "xq"} or "w" not in stored or "xq" not in stored:
        return None
    ops: list = []
    alpha, beta = _flatten(stored["w"], ops, "la.a"), _flatten(stored["xq"], ops, "la.b")
    return tuple(ops), alpha, beta


def _form(forms: dict, a):
    if isinstance(a, float):
        return {"1": a}
    if a == "xq":
        return {"xq": 1.0}
    return forms.get(a, {"1": a})  # a once-per-update value: a scalar


def _mul(a: dict, c: dict) -> dict:
    if set(a) == {"1"}:
        a, c = c, a
    if set(c) != {"1"}:
        raise _NotLinear("a product of two terms")
    s = c["1"]
    return {k: (s if v == 1.0 else ("fmul", v, s)) for k, v in a.items()}


def _add(a: dict, c: dict, name: str) -> dict:
    out = dict(a)
    for k, v in c.items():
        if k in out:
            out[k] = (name, out[k], v)
        else:
            out[k] = v if name == "fadd" else ("fsub", 0.0, v)
    return out


def _flatten(expr, ops: list, name: str):
    if not isinstance(expr, tuple):
        return expr
    args = tuple(_flatten(x, ops, f"{name}{k}") for k, x in enumerate(expr[1:]))
    ops.append(Op(name, expr[0], args))
    return name


def find_lookahead(body: tuple, uir: UpdateIR, layouts: dict) -> Lookahead | None:
    prog = uir.train
    if any(isinstance(s, Lock) for s in walk(body)):
        return None
    evals = [s for s in body if isinstance(s, Eval) and s.program == "train"]
    if len(evals) != 1:
        return None
    ddots = [ins for ins in prog.instrs if ins.op == "ddot" and len(ins.args) == 2
             and layouts.get(ins.args[1]) == "dense" and ins.dst not in evals[0].int_dots]
    for ins in ddots:
        param, field = ins.args
        if any(i is not ins and i.op in ("load", "ddot", "matvec") and i.args[0] == param for i in prog.instrs):
            continue
        ups = [u for u in updates(body) if u.param == param]
        stmts = [s for s in body if isinstance(s, UpdateEach) and s.update in ups]
        if len(ups) != 1 or len(stmts) != 1 or any(isinstance(s, UpdateRows) for s in body):
            continue
        u = ups[0]
        if (stmts[0].over != "support" or u.field != field or not u.coord.data or u.gated or u.coord.fixed
                or any(isinstance(s, Materialise) and s.update == u.number for s in body)):
            continue
        rule = linear_rule(u.coord)
        if rule is None:
            continue
        ops, alpha, beta = rule
        return Lookahead(ins.dst, param, field, u.number, ops, alpha, beta)
    return None


def apply_lookahead(kernels: tuple, uir: UpdateIR) -> tuple:
    out = []
    for k in kernels:
        if (k.name != "sgdc_train" or k.exact or k.data_bits < 32 or uir.model.schedule.order != "sequential"
                or uir.model.training.adaptive != "off"  # (a per-coordinate step is not linear in w)
                or uir.model.training.l2_penalty == "exact"  # (nor is a lazy shrink)
                or uir.model.training.average != "off"):  # (nor the average's sums)
            out.append(k)
            continue
        body = []
        for s in k.body:
            la = find_lookahead(s.body, uir, dict(k.layouts)) if isinstance(s, Examples) and s.ordered else None
            if la is not None:
                inner = []
                for t in s.body:
                    if isinstance(t, UpdateEach) and t.update.number == la.update:
                        first = not any(isinstance(x, NextDots) for x in inner)
                        inner += [NextDots(la)] if first else []
                        inner += [t, Carry(la)]
                    elif isinstance(t, (UpdateEach, UpdateRows)) and not any(isinstance(x, NextDots) for x in inner):
                        inner += [NextDots(la), t]
                    else:
                        inner.append(t)
                s = replace(s, body=tuple(inner), lookahead=la)
            body.append(s)
        out.append(k.with_body(body))
    return tuple(out)
