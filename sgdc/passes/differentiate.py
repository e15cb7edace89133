"""Differentiation: model IR -> per-example update IR.

Three steps, each a small function:

1. :func:`rewrite` -- numerically stable forms of common patterns
   (``log1p(exp(e))`` -> ``softplus(e)``, ``log(sigmoid(e))`` -> ``-softplus(-e)``).
2. :class:`Builder` -- lowers an expression tree to SSA instructions with
   common-subexpression elimination, constant folding and algebraic
   simplification (``x*1``, ``x+0``, ``--x`` ...).
3. :func:`differentiate` -- symbolic reverse mode over the SSA program.  The
   adjoint of every instruction is emitted as more instructions (through the
   same builder, so they are simplified and shared too).  Param accesses turn
   into :class:`~sgdc.ir.update.Update`\\ s that touch only what the example touches:
   ``dot(w, x)`` gives a ``sparse`` update over ``x``'s stored entries,
   ``W @ x`` an ``outer`` one, ``L[u]`` a ``row`` and ``bu[u]`` an ``elem``.

Subgradients: ``abs`` uses ``sign`` (0 at 0); ``max(a, b)`` sends the gradient
to ``a`` when ``a >= b``; ``min(a, b)`` to ``a`` when ``a <= b``.
"""
from __future__ import annotations

import math

from sgdc.errors import InternalError
from sgdc.ir import model as ir
from sgdc.ir.model import SAMPLE_ALIAS, SAMPLE_PROB, Expr, Model, is_state
from sgdc.ir.update import BUMP, Instr, Program, Update, UpdateIR, dead_code
from sgdc.ir.ops import OPS, evaluate


def rewrite(e: Expr) -> Expr:
    """Bottom-up rewrite to numerically stable equivalents."""
    kids = e.children()
    if isinstance(e, ir.Unary):
        arg = rewrite(e.arg)
        if e.op == "log1p" and isinstance(arg, ir.Unary) and arg.op == "exp":
            return ir.Unary("softplus", arg.arg, e.shape)
        if e.op == "log" and isinstance(arg, ir.Unary) and arg.op == "sigmoid":
            inner = ir.Unary("neg", arg.arg, arg.arg.shape)
            return ir.Unary("neg", ir.Unary("softplus", inner, e.shape), e.shape)
        if (
            e.op == "log"
            and isinstance(arg, ir.Binary)
            and arg.op == "add"
            and isinstance(arg.lhs, ir.Num)
            and arg.lhs.value == 1
            and isinstance(arg.rhs, ir.Unary)
            and arg.rhs.op == "exp"
        ):
            return ir.Unary("softplus", arg.rhs.arg, e.shape)
        return ir.Unary(e.op, arg, e.shape)
    if isinstance(e, ir.Binary):
        return ir.Binary(e.op, rewrite(e.lhs), rewrite(e.rhs), e.shape)
    if isinstance(e, ir.Pow):
        return ir.Pow(rewrite(e.base), e.exponent, e.shape)
    if isinstance(e, ir.Reduce):
        return ir.Reduce(e.op, rewrite(e.arg), e.shape)
    if isinstance(e, ir.Dot):
        return ir.Dot(rewrite(e.lhs), rewrite(e.rhs), e.shape)
    if isinstance(e, ir.MatVec):
        return ir.MatVec(e.mat, rewrite(e.vec), e.shape, e.mat_power, e.vec_power)
    assert not kids, e
    return e


class Builder:
    """Emits SSA instructions with CSE, constant folding and simplification."""

    def __init__(self, model: Model, prefix: str = "t"):
        self.model = model
        self.prefix = prefix
        self.instrs: list[Instr] = []
        self.by_key: dict = {}
        self.by_dst: dict[str, Instr] = {}

    # -- helpers ------------------------------------------------------------
    def const_of(self, t: str):
        ins = self.by_dst[t]
        return ins.args[0] if ins.op == "num" else None

    def shape(self, t: str):
        return self.by_dst[t].shape

    def num(self, v: float) -> str:
        return self.emit("num", (float(v),), ())

    def emit(self, op: str, args: tuple, shape=()) -> str:
        simplified = self._simplify(op, args, shape)
        if simplified is not None:
            return simplified
        key = (op, args, shape)
        if key in self.by_key:
            return self.by_key[key]
        ins = Instr(f"{self.prefix}{len(self.instrs)}", op, args, shape)
        self.instrs.append(ins)
        self.by_key[key] = ins.dst
        self.by_dst[ins.dst] = ins
        return ins.dst

    def _simplify(self, op, args, shape):
        if op in OPS and OPS[op].elementwise:
            consts = [self.const_of(a) for a in args[:OPS[op].arity]]
            if all(c is not None for c in consts) and shape == ():
                val = evaluate(op, *consts, *args[OPS[op].arity:])  # pow: the exponent
                if math.isfinite(val):
                    return self.num(val)
        if op == "neg":
            inner = self.by_dst[args[0]]
            if inner.op == "neg":
                return inner.args[0]
        if op in ("add", "sub", "mul", "div"):
            a, b = args
            ca, cb = self.const_of(a), self.const_of(b)
            sa, sb = self.shape(a), self.shape(b)
            if op == "add":
                if ca == 0 and sb == shape:
                    return b
                if cb == 0 and sa == shape:
                    return a
            if op == "sub":
                if cb == 0 and sa == shape:
                    return a
                if ca == 0 and sb == shape:
                    return self.emit("neg", (b,), shape)
            if op == "mul":
                if (ca == 0 or cb == 0) and shape == ():
                    return self.num(0.0)
                if ca == 1 and sb == shape:
                    return b
                if cb == 1 and sa == shape:
                    return a
                if ca == -1 and sb == shape:
                    return self.emit("neg", (b,), shape)
                if cb == -1 and sa == shape:
                    return self.emit("neg", (a,), shape)
            if op == "div" and cb == 1 and sa == shape:
                return a
        if op == "pow" and args[1] == 1.0:
            return args[0]
        return None

    # -- lowering of model expressions ---------------------------------------
    def lower(self, e: Expr) -> str:
        if isinstance(e, ir.Num):
            return self.num(e.value)
        if isinstance(e, ir.DimRef):
            return self.emit("dim", (e.name,), ())
        if isinstance(e, ir.Var):
            return self.emit("var", (e.name,), ())
        if isinstance(e, ir.FieldRef):
            f = self.model.field(e.name)
            if f.kind == "vector":
                raise InternalError("data vectors are lowered by dot and @ only")
            return self.emit("field", (e.name,), e.shape)  # (reals: a row, one value per output)
        if isinstance(e, ir.ParamRef):
            return self.emit("load", (e.name, *e.index), e.shape)
        if isinstance(e, ir.Unary):
            return self.emit(e.op, (self.lower(e.arg),), e.shape)
        if isinstance(e, ir.Binary):
            return self.emit(e.op, (self.lower(e.lhs), self.lower(e.rhs)), e.shape)
        if isinstance(e, ir.Pow):
            return self.emit("pow", (self.lower(e.base), float(e.exponent)), e.shape)
        if isinstance(e, ir.Reduce):
            return self.emit(e.op, (self.lower(e.arg),), ())
        if isinstance(e, ir.Dot):
            if self._is_data_vector(e.rhs):
                if not isinstance(e.lhs, ir.ParamRef):
                    from sgdc.errors import Unsupported

                    raise Unsupported(
                        "dot(·, x) with a data vector x needs a param or a param row on the other side"
                    )
                return self.emit("ddot", (e.lhs.name, *e.lhs.index, e.rhs.name), ())
            return self.emit("dot", (self.lower(e.lhs), self.lower(e.rhs)), ())
        if isinstance(e, ir.MatVec):
            if not self._is_data_vector(e.vec):  # a layer after the first: a computed vector
                return self.emit("mv", (e.mat.name, self.lower(e.vec)), e.shape)
            if e.mat_power != 1 or e.vec_power != 1:  # sum_j M[a, j]^p x_j^q over x's stored entries
                return self.emit("matvec", (e.mat.name, e.vec.name, float(e.mat_power), float(e.vec_power)), e.shape)
            return self.emit("matvec", (e.mat.name, e.vec.name), e.shape)
        raise TypeError(f"cannot lower {e!r}")

    def _is_data_vector(self, e: Expr) -> bool:
        return isinstance(e, ir.FieldRef) and self.model.field(e.name).kind == "vector"


class _Emit:
    """What an op's derivative (in the op registry, :mod:`sgdc.ir.ops`) builds its adjoint with:
    ``d(op, *args, shape=None)`` emits through the builder, by default with the shape of the instruction
    being differentiated; ``d.num(v)`` is a constant, ``d.shape(t)`` a temp's shape."""

    def __init__(self, b: Builder, shape):
        self.b, self.default = b, shape

    def __call__(self, op: str, *args, shape=None) -> str:
        return self.b.emit(op, args, self.default if shape is None else shape)

    def num(self, v: float) -> str:
        return self.b.num(v)

    def shape(self, t: str):
        return self.b.shape(t)


def differentiate(model: Model, loss: Expr) -> Program:
    """Reverse-mode gradient of ``loss`` as an update program (regularisers attached)."""
    b = Builder(model)
    result = b.lower(rewrite(loss))
    forward = list(b.instrs)
    adj: dict[str, list[str]] = {result: [b.num(1.0)]}
    updates: list[Update] = []

    def add_adj(t: str, contribution: str):
        if b.const_of(contribution) == 0:
            return
        if b.shape(t) == () and b.shape(contribution) != ():
            contribution = b.emit("sum", (contribution,), ())
        adj.setdefault(t, []).append(contribution)

    def total(t: str) -> str | None:
        parts = adj.get(t)
        if not parts:
            return None
        acc = parts[0]
        for p in parts[1:]:
            shape = b.shape(p) if b.shape(p) != () else b.shape(acc)
            acc = b.emit("add", (acc, p), shape)
        return acc

    for ins in reversed(forward):
        A = total(ins.dst)
        if A is None:
            continue
        op, args, shape = ins.op, ins.args, ins.shape
        if op in ("num", "dim", "var", "field"):
            continue
        if op == "load":
            param, index = args[0], args[1:]
            pshape = model.param(param).shape
            kind = "elem" if len(index) == len(pshape) else "row"
            updates.append(Update(param, index, kind, A))
        elif op == "ddot":
            updates.append(Update(args[0], tuple(args[1:-1]), "sparse", A, args[-1]))
        elif op == "matvec":
            terms = ((A, float(args[2]), float(args[3])),) if len(args) > 2 else ()
            updates.append(Update(args[0], (), "outer", A, args[1], terms=terms))
        elif op == "mv":  # P @ v: P takes outer(A, v), v takes P^T A
            updates.append(Update(args[0], (), "rank1", A, args[1]))
            add_adj(args[1], b.emit("tmv", (args[0], A), b.shape(args[1])))
        elif op in OPS:
            derivative = OPS[op].derivative
            if derivative is None:
                continue  # a zero gradient (sign, ge)
            d = _Emit(b, shape)
            for operand, contribution in zip(args[:OPS[op].arity], derivative(d, A, ins.dst, *args)):
                add_adj(operand, contribution)
        else:
            raise InternalError(f"no derivative rule for {op}")

    updates.reverse()  # discovered last-to-first; back to source order
    updates = _merge_terms(updates)
    updates = _fold(b, model, updates)
    updates = _attach_regularisers(model, updates)
    roots = {result} | {u.coef for u in updates} | {u.field for u in updates if u.kind == "rank1"} | \
        {t[0] for u in updates for t in u.terms}
    return Program(dead_code(b.instrs, roots), result, tuple(updates))


def _merge_terms(updates: list[Update]) -> list[Update]:
    """One outer update per (param, data vector) when one of them is powered (``M^p @ x^q``): ``V @ x`` and
    ``V^2 @ x^2`` (a factorization machine) write the same coordinates, and each coordinate takes one gradient,
    computed from the values the example started with (two updates in turn would read the first's result)."""
    groups: dict = {}
    for u in updates:
        if u.kind == "outer":
            groups.setdefault((u.param, u.field), []).append(u)
    out = []
    for u in updates:
        group = groups.get((u.param, u.field)) if u.kind == "outer" else None
        if not group or not any(w.terms for w in group):
            out.append(u)
        elif u is group[0]:
            terms = tuple(t for w in group for t in (w.terms or ((w.coef, 1.0, 1.0),)))
            out.append(Update(u.param, (), "outer", terms[0][0], u.field, terms=terms))
    return out


def _fold(b: Builder, model: Model, updates: list[Update]) -> list[Update]:
    """Fold each index-addressed update into the whole-param update that covers the same coordinates.

    ``b[y]`` (an ``elem`` of a vector param) folds into ``b`` (a ``row`` with no index), ``W[y]·x`` (a
    ``sparse`` update of a matrix row) into ``W @ x`` (an ``outer`` over the same ``x``): the covering
    update's coefficient becomes ``bump(c, s, y)``, ``c`` with ``s`` added at the example's ``y``.  One
    update per coordinate is what the adaptive rules need (AdaGrad squares a coordinate's whole gradient:
    softmax's ``logsumexp(W @ x + b) - (dot(W[y], x) + b[y])`` gives ``W[y]`` the gradient ``(p_y - 1) x``,
    not ``p_y x`` and ``-x`` one after the other), and it is one pass over ``x`` instead of two.
    """
    out = list(updates)
    for u in updates:
        if len(u.index) != 1 or u.kind not in ("elem", "sparse"):
            continue
        rank = len(model.param(u.param).shape)
        want = ("row", None) if (u.kind == "elem" and rank == 1) else ("outer", u.field) if rank == 2 else None
        for k, w in enumerate(out):
            if (want and w.param == u.param and not w.index and (w.kind, w.field) == want
                    and not w.terms and b.shape(w.coef) == model.param(u.param).shape[:1]):
                out[k] = Update(w.param, (), w.kind, b.emit(BUMP, (w.coef, u.coef, u.index[0]), b.shape(w.coef)),
                                w.field)
                out.remove(u)
                break
    return out


KIND_ORDER = {"row": 0, "rank1": 0, "outer": 1, "sparse": 2, "elem": 3}


def _attach_regularisers(model: Model, updates: list[Update]) -> list[Update]:
    """Order the updates canonically and give each touched coordinate its regulariser once.

    Order: params in declaration order; within a param, rows, then outer,
    sparse and elem updates (both engines apply updates in this order).  The
    regulariser goes on the first update that touches a coordinate, so it is
    computed from the value the coordinate had when the example started:

    * a whole-param update (``w`` used as a vector) covers every coordinate:
      it alone is regularised;
    * ``W @ x`` covers ``W[y]·x`` on the same ``x``;
    * an index-addressed update (``X[j]``, ``bu[v]``) skips its regulariser at
      run time when its index values equal an earlier update's of the same
      param (``X[i]`` with ``i = j``): ``reg_unless`` lists those indices.

    Two sparse updates of one param over different data vectors may share
    coordinates; each regularises its own support.
    """
    l2: dict[str, float] = {}
    l1: dict[str, float] = {}
    for r in model.regulars:
        table = l2 if r.kind == "l2" else l1
        for p in r.params:
            table[p] = table.get(p, 0.0) + float(r.strength)
    rank = {p.name: i for i, p in enumerate(model.params)}
    ordered = sorted(updates, key=lambda u: (rank[u.param], KIND_ORDER[u.kind]))  # stable: source order within
    out = []
    for pos, u in enumerate(ordered):
        earlier = [w for w in ordered[:pos] if w.param == u.param]
        strength2, strength1 = l2.get(u.param, 0.0), l1.get(u.param, 0.0)
        covered = any(w.kind in ("row", "rank1") and not w.index for w in earlier) or (
            u.kind == "sparse" and any(w.kind == "outer" and w.field == u.field for w in earlier))
        unless = ()
        if u.kind in ("row", "elem") and u.index:
            unless = tuple(w.index for w in earlier
                           if w.kind in ("row", "elem") and w.index and len(w.index) <= len(u.index)
                           and (w.kind == "row" or len(w.index) == len(u.index)))
        if covered or not (strength2 or strength1):
            out.append(Update(u.param, u.index, u.kind, u.coef, u.field, terms=u.terms))
        else:
            out.append(Update(u.param, u.index, u.kind, u.coef, u.field, strength2, strength1, unless, u.terms))
    return out


def forward(model: Model, e: Expr, prefix: str) -> Program:
    b = Builder(model, prefix)
    result = b.lower(rewrite(e))
    return Program(dead_code(b.instrs, {result}), result)


#: ``adaptive adagrad``: the suffix of the param that keeps each coordinate's sum of squared gradients
ADAPTIVE_STATE = ".g2"
#: AdaGrad's ``epsilon``: ``step * g / sqrt(G + ADAGRAD_EPS)`` (G starts at 0)
ADAGRAD_EPS = 1e-8


def state_param(param: str) -> str:
    """The name of ``param``'s AdaGrad sums (a name no spec can write: it holds a dot)."""
    return param + ADAPTIVE_STATE


#: ``regular l1`` on a float32 model (the cumulative penalty): the suffixes of the penalty every weight could
#: have had so far (a scalar, ``u``) and of what each coordinate has had (``q``, the param's shape)
L1_TOTAL, L1_TAKEN = ".l1u", ".l1q"
#: ``regular l2`` under ``l2_penalty exact``: the shrink every weight could have had so far, as ``sum(step * l2)``
#: (a scalar, ``u``), and the value of ``u`` when each coordinate last took its shrink (the param's shape)
L2_TOTAL, L2_TAKEN = ".l2u", ".l2q"
#: ``average epoch``: each coordinate's sum of its values over the epoch's examples so far (between epochs: the
#: last iterate, while the param holds the average), the example count at its last change (the param's shape),
#: and the examples of the epoch so far (a scalar; -1 between epochs: the param holds the average)
AVG_SUM, AVG_TIME, AVG_COUNT = ".avs", ".avt", ".avc"
#: ``adaptive normalized``: each coordinate's largest |x| so far (the param's shape), the examples so far and the
#: sum of their normalised squared norms (scalars)
NORM_SCALE, NORM_COUNT, NORM_SUM = ".nx", ".nt", ".nn"
STATE_SUFFIXES = (ADAPTIVE_STATE, L1_TOTAL, L1_TAKEN, L2_TOTAL, L2_TAKEN, AVG_SUM, AVG_TIME, AVG_COUNT, NORM_SCALE,
                  NORM_COUNT, NORM_SUM, SAMPLE_PROB, SAMPLE_ALIAS)


def cumulative_l1(model: Model) -> dict:
    """``{param: strength}`` of the params whose ``regular l1`` is the cumulative penalty (Tsuruoka, Tsujii &
    Ananiadou, ACL 2009): on a float32 model under ``l1_penalty cumulative`` (a fixed-point model is refused:
    :func:`sgdc.runtime.program.check_supported`) or ``auto`` (the default; not under ``adaptive normalized``,
    which keeps the subgradient)."""
    t = model.training
    if model.schedule.precision.M < 32 or t.l1_penalty == "subgradient" or \
            (t.l1_penalty == "auto" and t.adaptive == "normalized"):
        return {}
    return {name: r.strength for r in model.regulars if r.kind == "l1" for name in r.params}


def exact_l2(model: Model) -> dict:
    """``{param: strength}`` of the params whose ``regular l2`` shrinks every weight every example (``l2_penalty
    exact``, float32 models; a fixed-point model is refused): a weight takes ``exp(-(u - q))``, the shrink of the
    examples since it last did, when an example next touches it and after every epoch (the lazy, "just in time"
    update of Carpenter 2008), so sparse data pays only for the coordinates it touches."""
    if model.training.l2_penalty != "exact" or model.schedule.precision.M < 32:
        return {}
    return {name: r.strength for r in model.regulars if r.kind == "l2" for name in r.params}


def averaged(model: Model) -> tuple:
    """The params averaged over each epoch's iterates (``average epoch``, float32 models: all of them)."""
    if model.training.average == "off" or model.schedule.precision.M < 32:
        return ()
    return tuple(p.name for p in model.params if not is_state(p.name))


def with_adaptive_state(model: Model) -> Model:
    """``model`` with the float32 params of zeros that the kernels and the reference keep per-coordinate state
    in, read by no program, allocated, copied between threads, merged and saved as params are: under
    ``adaptive adagrad`` one beside each param (same shape: the coordinates' sums of squared gradients); for a
    cumulative ``regular l1`` (:func:`cumulative_l1`) the penalty so far (a scalar) and each coordinate's
    share of it (same shape)."""
    from dataclasses import replace

    from sgdc.ir.model import Init, Param

    have = {p.name for p in model.params}
    zero = Init("const", (0.0,))
    extra = []
    for p in model.params:
        if is_state(p.name):
            continue
        if model.training.adaptive != "off":
            extra.append(Param(state_param(p.name), p.shape, zero))
        if model.training.adaptive == "normalized":
            extra += [Param(p.name + NORM_SCALE, p.shape, zero), Param(p.name + NORM_COUNT, (), zero),
                      Param(p.name + NORM_SUM, (), zero)]
        if p.name in cumulative_l1(model):
            extra += [Param(p.name + L1_TOTAL, (), zero), Param(p.name + L1_TAKEN, p.shape, zero)]
        if p.name in exact_l2(model):
            extra += [Param(p.name + L2_TOTAL, (), zero), Param(p.name + L2_TAKEN, p.shape, zero)]
        if p.name in averaged(model):
            extra += [Param(p.name + AVG_SUM, p.shape, zero), Param(p.name + AVG_TIME, p.shape, zero),
                      Param(p.name + AVG_COUNT, (), zero)]
    for f in model.sampled_fields:  # a unigram sampler's alias table (filled from the data when a fit starts)
        if f.sampled == "unigram":
            extra += [Param(f.name + SAMPLE_PROB, (f.extent,), zero), Param(f.name + SAMPLE_ALIAS, (f.extent,), zero)]
    extra = tuple(q for q in extra if q.name not in have)
    return replace(model, params=model.params + extra) if extra else model


def build_update_ir(model: Model) -> UpdateIR:
    """The ``differentiate`` pass of the pipeline."""
    model = with_adaptive_state(model)
    return UpdateIR(
        model=model,
        train=differentiate(model, model.loss),
        step=forward(model, model.training.step, "s"),
        predict=forward(model, model.predict, "p"),
    )
