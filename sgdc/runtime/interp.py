"""The reference interpreter: SGD on the update IR, one example at a time, in numpy.

Clarity over speed.  It is the oracle that every compiled kernel is tested
against, so it is deterministic: given params, data, an example order, the
epoch number and the step counter it always does the same thing.  Arithmetic
is float64; params keep the dtype they were created with (float32 for the
differential tests against compiled float32 kernels, float64 for gradient
checks).

Each program is turned once into a list of small Python closures (one per
instruction) so that running an example is a loop over that list.
"""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from sgdc.errors import InternalError
from sgdc.data.dataset import Dataset
from sgdc.ir.fixedpoint import (decode, finite, grid_codes, round_draw, saturate, seed_state, stride_uniforms,
                                uniforms, xorshift32)
from sgdc.ir import fixedpoint as fx
from sgdc.passes.differentiate import (ADAGRAD_EPS, AVG_COUNT, AVG_SUM, AVG_TIME, L1_TAKEN, L1_TOTAL, L2_TAKEN,
                                       L2_TOTAL, NORM_COUNT, NORM_SCALE, NORM_SUM, averaged, cumulative_l1, exact_l2,
                                       state_param)
from sgdc.ir.lowered import nan_to_zero
from sgdc.ir.model import SAMPLE_ALIAS, SAMPLE_PROB
from sgdc.ir.ops import OPS
from sgdc.ir.update import BUMP, Program, Update, UpdateIR

# Every op's float64 meaning, and the float32 one of the exact mode (for fixed-point models: the kernels round
# with a random stream, so the reference must reproduce their float32 arithmetic bit for bit), is its record
# in the op registry, sgdc.ir.ops.

F = np.float32
_dot32 = OPS["dot"].f32  # the kernels' sequential float32 dot product (ddot, matvec)
_pow32 = OPS["pow"].f32  # the kernels' float32 a ^ c


def _exact_elementwise(op):
    f = OPS[op].f32

    def apply(*args):
        arrays = [np.asarray(a, dtype=np.float32) for a in args if not isinstance(a, (int, float))]
        n = max((a.size for a in arrays if a.ndim), default=None)
        if n is None:
            return f(*args)
        cols = [np.broadcast_to(np.asarray(a, dtype=np.float32), (n,)) if not isinstance(a, (int, float)) else
                np.full(n, a) for a in args]
        return np.array([f(*vals) for vals in zip(*cols)], dtype=np.float32)

    return apply


class _Example:
    """Accessors for one example of a dataset."""

    __slots__ = ("data", "e")

    def __init__(self, data: Dataset):
        self.data = data
        self.e = 0


def with_samples(model, data: Dataset) -> tuple:
    """``(data, draws)``: ``data`` with an int32 array for each sampled index field it does not hold (``draws``:
    ``{k: (name, extent, array)}``, k the field's number among the sampled ones), to be filled example by example
    as the kernels draw (:func:`sgdc.ir.fixedpoint.sample_index`).  A data set that holds a sampled field's values
    (tests: a fixed negative) is read as it is."""
    draws = {}
    for k, f in enumerate(model.sampled_fields):
        if f.name not in data.fields:
            n = f.extent if isinstance(f.extent, int) else data.dims[f.extent]
            draws[k] = (f.name, int(n), np.zeros(data.n, dtype=np.int32), f.sampled == "unigram")
    if not draws:
        return data, draws
    return Dataset(data.n, {**data.fields, **{d[0]: d[2] for d in draws.values()}}, data.dims), draws


def draw_samples(draws: dict, state, e: int, params: dict) -> None:
    """Example ``e``'s sampled fields, from the worker's ``state`` (training) or keyed by ``e`` (``state`` None);
    a unigram one through its alias table in ``params``."""
    for k, (name, n, a, unigram) in draws.items():
        bucket = int(fx.sample_index(fx.sample_keys(state, [e], k), n)[0])
        if unigram:
            u = fx.sample_uniform(state, [e], k)[0]
            bucket = fx.alias_pick(bucket, u, params[name + SAMPLE_PROB], params[name + SAMPLE_ALIAS], n)
        a[e] = bucket


def compile_program(prog: Program, params: dict, ex: _Example, env: dict, exact: bool = False,
                    qsteps: dict | None = None, int_dots: frozenset = frozenset()):
    """Closures computing each instruction into ``env``; returns the list.

    ``exact``: float32 arithmetic exactly as the fixed-point kernels do it
    (``qsteps``: the fixed-point params and their steps; ``int_dots``: the dot products the precision pass
    takes exactly in integer codes, :attr:`sgdc.ir.lowered.Eval.int_dots`).
    """
    if exact:
        return _compile_exact(prog, params, ex, env, qsteps or {}, int_dots)
    steps = []
    for ins in prog.instrs:
        dst, op, args = ins.dst, ins.op, ins.args
        scalar = ins.shape == ()
        if op == "num":
            v = float(args[0])
            steps.append(lambda dst=dst, v=v: env.__setitem__(dst, v))
        elif op == "dim":
            v = float(ex.data.dims[args[0]])
            steps.append(lambda dst=dst, v=v: env.__setitem__(dst, v))
        elif op == "var":
            name = args[0]
            steps.append(lambda dst=dst, name=name: env.__setitem__(dst, float(env["$" + name])))
        elif op == "field":
            col = ex.data[args[0]]
            if ins.shape:  # a row of a reals field (several targets)
                steps.append(lambda dst=dst, col=col: env.__setitem__(dst, np.asarray(col[ex.e], np.float64)))
            else:
                steps.append(lambda dst=dst, col=col: env.__setitem__(dst, float(col[ex.e])))
        elif op == "load":
            pname, index = args[0], args[1:]
            cols = [ex.data[f] for f in index]

            def load(dst=dst, pname=pname, cols=cols, scalar=scalar):
                p = params[pname][tuple(int(c[ex.e]) for c in cols)]
                env[dst] = float(p) if scalar else np.array(p, dtype=np.float64)

            steps.append(load)
        elif op == "ddot":
            pname, index, fname = args[0], args[1:-1], args[-1]
            cols = [ex.data[f] for f in index]
            vec = ex.data[fname]

            def ddot(dst=dst, pname=pname, cols=cols, vec=vec):
                row = params[pname][tuple(int(c[ex.e]) for c in cols)]
                j, x = vec.row(ex.e)
                env[dst] = float(np.dot(row[j].astype(np.float64), x.astype(np.float64)))

            steps.append(ddot)
        elif op in ("mv", "tmv"):  # P @ v of a computed vector; P^T @ a (its adjoint)
            def mv(dst=dst, pname=args[0], v=args[1], transposed=op == "tmv"):
                P = np.asarray(params[pname], dtype=np.float64)
                env[dst] = (P.T if transposed else P) @ np.asarray(env[v], dtype=np.float64)

            steps.append(mv)
        elif op == "matvec" and len(args) > 2:  # sum_j M[a, j]^p x_j^q over the stored entries
            def matvec_pow(dst=dst, pname=args[0], vec=ex.data[args[1]], p=args[2], q=args[3]):
                j, x = vec.row(ex.e)
                W = np.asarray(params[pname], dtype=np.float64)[:, j]
                env[dst] = (W ** p) @ (x.astype(np.float64) ** q)

            steps.append(matvec_pow)
        elif op == "matvec":
            pname, vec = args[0], ex.data[args[1]]

            def matvec(dst=dst, pname=pname, vec=vec):
                j, x = vec.row(ex.e)
                env[dst] = params[pname][:, j].astype(np.float64) @ x.astype(np.float64)

            steps.append(matvec)
        elif op == BUMP:
            def bump(dst=dst, a=args[0], s=args[1], col=ex.data[args[2]]):
                v = np.array(env[a], dtype=np.float64)  # a copy
                v[int(col[ex.e])] += env[s]
                env[dst] = v

            steps.append(bump)
        elif op in OPS:  # the op's float64 meaning; pow's constant exponent follows its operand
            rec = OPS[op]
            f = rec.f64_array if rec.elementwise and not scalar else rec.f64
            temps, consts = args[:rec.arity], args[rec.arity:]
            steps.append(lambda dst=dst, f=f, temps=temps, consts=consts:
                         env.__setitem__(dst, f(*(env[a] for a in temps), *consts)))
        else:
            raise InternalError(f"interpreter has no rule for {op}")
    return steps


def _is_codes(vec) -> bool:
    values = vec.X if hasattr(vec, "X") else vec.data
    return values.dtype.kind == "i"


def _codes_of(vec, e: int) -> np.ndarray:
    if hasattr(vec, "X"):
        return vec.X[e].astype(np.int64)
    a, b = vec.indptr[e], vec.indptr[e + 1]
    return vec.data[a:b].astype(np.int64)


def _compile_exact(prog: Program, params: dict, ex: _Example, env: dict, qsteps: dict, int_dots: frozenset):
    steps = []
    defs = {ins.dst: ins for ins in prog.instrs}

    def qparam_of(t):
        """The fixed-point param a vector temp is a row view of (a ``load``), or None."""
        d = defs.get(t)
        return d.args[0] if d is not None and d.op == "load" and d.shape != () and d.args[0] in qsteps else None

    def put(dst, fn):
        steps.append(lambda: env.__setitem__(dst, fn()))

    for ins in prog.instrs:
        dst, op, args = ins.dst, ins.op, ins.args
        scalar = ins.shape == ()
        if op == "num":
            v = F(args[0])
            put(dst, lambda v=v: v)
        elif op == "dim":
            put(dst, lambda name=args[0]: F(float(ex.data.dims[name])))
        elif op == "var":
            put(dst, lambda name=args[0]: F(env["$" + name]))
        elif op == "field":
            if ins.shape:  # a row of a reals field
                put(dst, lambda col=ex.data[args[0]]: np.asarray(col[ex.e], np.float32).copy())
            else:
                put(dst, lambda col=ex.data[args[0]]: F(col[ex.e]))
        elif op == "load":
            def load(pname=args[0], cols=[ex.data[f] for f in args[1:]], scalar=scalar):
                p = params[pname][tuple(int(c[ex.e]) for c in cols)]
                return F(p) if scalar else np.array(p, dtype=np.float32)
            put(dst, load)
        elif op == "ddot":
            def ddot(pname=args[0], cols=[ex.data[f] for f in args[1:-1]], vec=ex.data[args[-1]],
                     integer=dst in int_dots):
                row = params[pname][tuple(int(c[ex.e]) for c in cols)]
                j, x = vec.row(ex.e)
                step = qsteps.get(pname)
                if integer:
                    # the kernel's integer dot: exact sum of code products, then float32 times both steps
                    codes = _codes_of(vec, ex.e)
                    wq = grid_codes(np.asarray(row)[j], step).astype(np.int64)
                    return decode(np.dot(codes, wq), F(vec.scale) * F(step))[()]
                return _dot32(np.asarray(row, dtype=np.float32)[j], x)
            put(dst, ddot)
        elif op == "matvec" and len(args) > 2:  # the kernel's loop: acc + M[a, j]^p * x_j^q, in float32
            def matvec_pow(pname=args[0], vec=ex.data[args[1]], pw=args[2], qx=args[3]):
                j, x = vec.row(ex.e)
                W = np.asarray(params[pname], dtype=np.float32)
                out = np.zeros(W.shape[0], np.float32)
                xq = [_pow32(F(v), qx) for v in np.asarray(x, dtype=np.float32)]
                for a in range(W.shape[0]):
                    acc = F(0)
                    for col, xv in zip(j, xq):
                        acc = F(acc + F(_pow32(F(W[a, col]), pw) * xv))
                    out[a] = acc
                return out
            put(dst, matvec_pow)
        elif op == "matvec":
            def matvec(pname=args[0], vec=ex.data[args[1]], integer=dst in int_dots):
                j, x = vec.row(ex.e)
                W = np.asarray(params[pname], dtype=np.float32)
                step = qsteps.get(pname)
                if integer:  # integer dots, as the kernel's ddot
                    codes = _codes_of(vec, ex.e)
                    Wq = grid_codes(W[:, j], step).astype(np.int64)
                    return decode(Wq @ codes, F(vec.scale) * F(step))
                return np.array([_dot32(W[a, j], x) for a in range(W.shape[0])], dtype=np.float32)
            put(dst, matvec)
        elif op in ("mv", "tmv"):  # the kernels' loops: a sequential float32 dot per output element
            def mv(pname=args[0], v=args[1], transposed=op == "tmv"):
                W = np.asarray(params[pname], dtype=np.float32)
                W = W.T if transposed else W
                x = np.asarray(env[v], dtype=np.float32)
                return np.array([_dot32(W[a], x) for a in range(W.shape[0])], dtype=np.float32)
            put(dst, mv)
        elif op in ("dot", "norm2") and dst in int_dots:
            # fixed-point rows: the kernel's exact integer dot (norm2: of a row with itself)
            b_ = args[1] if op == "dot" else args[0]
            sa, sb = qsteps[qparam_of(args[0])], qsteps[qparam_of(b_)]
            put(dst, lambda a=args[0], b=b_, sa=sa, sb=sb: decode(np.dot(
                grid_codes(env[a], sa).astype(np.int64), grid_codes(env[b], sb).astype(np.int64)), F(sa * sb))[()])
        elif op == BUMP:
            def bump(a=args[0], s=args[1], col=ex.data[args[2]]):
                v = np.array(env[a], dtype=np.float32)  # a copy
                i = int(col[ex.e])
                v[i] = F(v[i] + F(env[s]))
                return v

            put(dst, bump)
        elif op in OPS:  # the op's exact float32 meaning; pow's constant exponent follows its operand
            rec = OPS[op]
            f = _exact_elementwise(op) if rec.elementwise and not scalar else rec.f32
            temps, consts = args[:rec.arity], args[rec.arity:]
            put(dst, lambda f=f, temps=temps, consts=consts: f(*(env[a] for a in temps), *consts))
        else:
            raise InternalError(f"interpreter has no rule for {op}")
    return steps


def run_coord(coord, w, inputs: dict, elems, state: int, delta: float | None = None,
              aux: dict | None = None) -> np.ndarray:
    """A lowered coordinate rule (:class:`sgdc.ir.lowered.Coord`, the one the kernel's LLVM is printed from) on
    numpy arrays of coordinates, in float32: each element op's reference meaning, the fixed-point ones from
    :mod:`sgdc.ir.fixedpoint`.  ``w``: the param's stored values there (fixed-point params lie on the grid of
    ``delta``); ``inputs``: ``g``, ``step``, ``gate`` (and ``c``, ``scale``, ``xq`` for a rule over data
    entries); ``aux``: ``{param: (array, index)}`` of the per-coordinate state beside ``coord.param`` (AdaGrad's
    sums), read and written at ``index``, the same coordinates; returns the new values."""
    env = {k: (F(v) if isinstance(v, float) else v) for k, v in inputs.items()}
    out = None

    def arg(a):
        return F(a) if isinstance(a, float) else env[a]

    for op in coord.pre:  # once per update: float32 scalars (the integer rule's factors: Python ints)
        if op.name == "finite":
            env[op.dst] = finite(arg(op.args[0]), arg(op.args[1]), op.args[2])
            continue
        if op.name == "hash":
            env[op.dst] = fx.stride_hash(state, op.args[0])
            continue
        if op.name == "ubits":
            env[op.dst] = fx.factor_uniform(env[op.args[0]])
            continue
        if op.name == "ifactor":
            u = op.args[1]
            env[op.dst] = fx.int_factor(arg(op.args[0]), u if isinstance(u, float) else env[u])
            continue
        env[op.dst] = F({"fadd": np.add, "fsub": np.subtract, "fmul": np.multiply}[op.name](
            arg(op.args[0]), arg(op.args[1]), dtype=np.float32))
    for op in coord.ops:
        n, a = op.name, op.args
        if n in ("load", "store") and a[0] != coord.param:  # state beside the param (float32)
            arr, index = aux[a[0]]
            if n == "load":
                env[op.dst] = np.asarray(arr[index], dtype=np.float32)
            else:
                arr[index] = arg(a[1])
            continue
        if n == "load":
            v = grid_codes(w, delta) if coord.fixed else np.asarray(w, dtype=np.float32)
        elif n == "store":
            out = np.asarray(arg(a[1]))
            continue
        elif n == "fadd":
            v = np.add(arg(a[0]), arg(a[1]), dtype=np.float32)
        elif n == "fsub":
            v = np.subtract(arg(a[0]), arg(a[1]), dtype=np.float32)
        elif n == "fmul":
            v = np.multiply(arg(a[0]), arg(a[1]), dtype=np.float32)
        elif n == "fdiv":
            v = np.divide(arg(a[0]), arg(a[1]), dtype=np.float32)
        elif n == "fsqrt":  # correctly rounded, as llvm.sqrt
            v = np.sqrt(np.asarray(arg(a[0]), dtype=np.float32))
        elif n == "fexp":
            v = np.exp(np.asarray(arg(a[0]), dtype=np.float32))
        elif n in ("fmax", "fmin"):  # as the kernels select: a > b ? a : b (a < b), a NaN in a gives b
            x0, x1 = np.asarray(arg(a[0]), dtype=np.float32), np.asarray(arg(a[1]), dtype=np.float32)
            v = np.where(x0 > x1 if n == "fmax" else x0 < x1, x0, x1).astype(np.float32)
        elif n == "sign":
            v = OPS["sign"].f64_array(arg(a[0])).astype(np.float32)
        elif n == "widen":
            v = np.asarray(arg(a[0])).astype(np.float32)
        elif n == "decode":
            v = np.multiply(arg(a[0]), F(a[1]), dtype=np.float32)
        elif n == "draw":
            v = uniforms(state, a[0], np.asarray(elems), len(a) == 1)
        elif n == "stride":
            v = stride_uniforms(state, a[0], np.asarray(elems))
        elif n == "round":
            v = round_draw(arg(a[0]), arg(a[1]), dtype=np.float32)
        elif n == "saturate":
            v = saturate(arg(a[0]), a[1], nan_to_zero=nan_to_zero(op))
        elif n == "ibits":
            v = fx.int_bits(env[a[0]], np.asarray(elems))
        elif n == "irule":
            r = int(a[4]) if isinstance(a[4], float) else env[a[4]]
            v = fx.int_rule(env[a[0]], env[a[1]], env[a[2]], env[a[3]], r)
        elif n == "isat":
            v = np.clip(np.asarray(env[a[0]]), -fx.qmax(a[1]), fx.qmax(a[1])).astype(np.float32)
        elif n == "narrow":
            v = arg(a[0])  # the code, kept as a float: the param's stored value is code * delta
        else:
            raise InternalError(f"the interpreter has no rule for the lowered op {n}")
        env[op.dst] = v
    return out * F(delta) if coord.fixed else out


def _entry_codes(vec, e: int):
    """``(j, xq, scale)`` of example ``e``'s stored entries, as a folded rule reads them: each entry's code as
    float32 (exact: the scale is a power of two) and the field's scale, or the values and None for float32 data."""
    j, x = vec.row(e)
    if not _is_codes(vec):
        return j, x.astype(np.float32), None
    return j, (x / vec.scale).astype(np.float32), F(vec.scale)


def apply_update_exact(u: Update, coord, params: dict, ex: _Example, env: dict, step, qsteps: dict, state: int):
    """One update in float32, by the lowered coordinate rule the kernel runs (:func:`run_coord`)."""
    p = params[u.param]
    idx = tuple(int(ex.data[f][ex.e]) for f in u.index)
    c = env[u.coef]
    gate = F(1)
    if u.reg_unless and any(idx[: len(other)] == tuple(int(ex.data[f][ex.e]) for f in other) for other in u.reg_unless):
        gate = F(0)

    beside = {op.args[0] for op in coord.ops if op.name in ("load", "store") and op.args[0] != u.param}

    def new_values(w, grad, elems, where=None, **more):
        aux = {name: (params[name], where) for name in beside}
        return run_coord(coord, w, {"g": grad, "step": F(step), "gate": gate, **more}, elems, state,
                         qsteps.get(u.param), aux)

    if u.kind == "elem":
        p[idx] = new_values(p[idx], F(c), np.zeros(1, np.int64), idx).reshape(np.shape(p[idx]))
    elif u.kind == "row" and coord.source:  # c times another fixed-point row's codes (its old values)
        cname, value, src = coord.source
        row = p[idx]
        xq = grid_codes(np.asarray(env[value]), qsteps[src]).astype(np.float32)
        row[...] = new_values(row, None, np.arange(row.shape[0]), c=F(env[cname]), scale=F(qsteps[src]), xq=xq)
    elif u.kind == "row":
        row = p[idx]
        n = row.shape[0]
        cv = np.broadcast_to(np.asarray(c, dtype=np.float32), (n,))
        row[...] = new_values(row, cv, np.arange(n), idx)
    elif u.kind == "sparse" and coord.data:  # the rule reads the entries' codes (float32 data: the values)
        j, xq, scale = _entry_codes(ex.data[u.field], ex.e)
        row = p[idx]
        row[j] = new_values(row[j], None, np.asarray(j), c=F(c), scale=scale, xq=xq)
    elif u.kind == "sparse":
        j, x = ex.data[u.field].row(ex.e)
        row = p[idx]
        row[j] = new_values(row[j], F(c) * x.astype(np.float32), np.asarray(j), idx + (j,) if idx else j)
    elif u.kind == "outer" and coord.data:  # each row a: the folded rule with the coefficient c[a]
        j, xq, scale = _entry_codes(ex.data[u.field], ex.e)
        cols = p.shape[1]
        cv = np.asarray(c, dtype=np.float32)
        for a in range(p.shape[0]):
            p[a, j] = new_values(p[a, j], None, a * cols + np.asarray(j), c=F(cv[a]), scale=scale, xq=xq)
    elif u.kind == "outer":
        j, x = ex.data[u.field].row(ex.e)
        cols = p.shape[1]
        rows = p.shape[0]
        terms = [(np.broadcast_to(np.asarray(env[coef], dtype=np.float32), (rows,)), pw,
                  np.array([_pow32(F(v), qx) for v in x.astype(np.float32)], np.float32) if qx != 1
                  else x.astype(np.float32)) for coef, pw, qx in (u.terms or ((u.coef, 1.0, 1.0),))]
        for a in range(rows):  # the terms summed in order, each c[a] * x^q (times p M^(p - 1)), as the kernel does
            g = None
            for cv, pw, xs in terms:
                t = cv[a] * xs
                if pw != 1:
                    t = t * np.array([F(F(pw) * _pow32(F(w), pw - 1)) for w in p[a, j]], np.float32)
                g = t if g is None else (g + t).astype(np.float32)
            p[a, j] = new_values(p[a, j], g, a * cols + np.asarray(j), (a, j))
    elif u.kind == "rank1":  # every row a: g = c[a] * v[j] at every j (v: the vector as computed before the writes)
        cols = p.shape[1]
        cv, v = np.asarray(c, dtype=np.float32), np.asarray(env[u.field], dtype=np.float32)
        js = np.arange(cols)
        for a in range(p.shape[0]):
            p[a, :] = new_values(p[a, :], cv[a] * v, a * cols + js, (a, slice(None)))
    else:
        raise InternalError(f"unknown update kind {u.kind}")


def _reg(u: Update, w):
    """The regulariser's gradient at ``w`` (array or float)."""
    g = 0.0
    if u.l2:
        g = g + u.l2 * w
    if u.l1:
        g = g + u.l1 * np.sign(w)
    return g


def apply_update(u: Update, params: dict, ex: _Example, env: dict, step: float, adaptive: str = "off",
                 cumulative: bool = False, exact: bool = False, average: bool = False, box: tuple | None = None):
    """``u`` at example ``ex``: ``p -= step * (gradient + regulariser)`` on its coordinates; ``adaptive
    adagrad`` divides by the root of the coordinates' sums of squared gradients; with ``cumulative`` the l1
    term is not in the gradient: the new values are clipped toward 0 by the penalty owed (:func:`l1_clip`);
    ``box``: ``(lo, hi)`` of a ``constrain`` (either None), the coordinates written clamped to it last."""
    p = params[u.param]
    idx = tuple(int(ex.data[f][ex.e]) for f in u.index)
    c = env[u.coef]
    l1 = u.l1 if cumulative else 0.0
    if cumulative:
        u = replace(u, l1=0.0)
    if u.reg_unless and any(idx[: len(other)] == tuple(int(ex.data[f][ex.e]) for f in other) for other in u.reg_unless):
        u = replace(u, l2=0.0, l1=0.0, reg_unless=())  # already regularised by an earlier update
    where = _coordinates(u, idx, ex)
    acc = params[state_param(u.param)] if adaptive in ("adagrad", "normalized") else None
    if exact and u.l2:  # the shrink owed since the coordinates were last touched, then no l2 in the gradient
        shrink_owed(p, params[u.param + L2_TAKEN], float(params[u.param + L2_TOTAL]), where, acc)
        u = replace(u, l2=0.0)
    if average:  # the value held since the last change, once for every example since (the lazy average)
        c1 = float(params[u.param + AVG_COUNT]) - 1.0
        last, total = params[u.param + AVG_TIME], params[u.param + AVG_SUM]
        total[where] = np.asarray(total[where], dtype=np.float64) + np.asarray(p[where], dtype=np.float64) * (
            c1 - np.asarray(last[where], dtype=np.float64))
        last[where] = c1
    factor = None
    if adaptive == "normalized":  # rescale by the scale seen; each coordinate's step over it times sqrt(t / N)
        factor = _normalize(u, params, p, where, ex)

    def move(g):  # step * g, or AdaGrad's step * g / sqrt(G + eps) with G += g^2 at the coordinates
        if acc is None:
            return step * g
        G = np.asarray(acc[where], dtype=np.float64) + np.asarray(g) ** 2
        acc[where] = G
        ga = g / np.sqrt(G + ADAGRAD_EPS)
        return step * ga if factor is None else step * ga * factor

    if u.kind in ("elem", "row"):
        w = p[idx].astype(np.float64) if u.kind == "row" or idx else float(p[idx])
        p[idx] = w - move(c + _reg(u, w))
    elif u.kind == "sparse":
        j, x = ex.data[u.field].row(ex.e)
        row = p[idx]
        w = row[j].astype(np.float64)
        row[j] = w - move(c * x.astype(np.float64) + _reg(u, w))
    elif u.kind == "outer":
        j, x = ex.data[u.field].row(ex.e)
        w = p[:, j].astype(np.float64)
        g = 0.0
        for coef, pw, qx in (u.terms or ((u.coef, 1.0, 1.0),)):  # M @ x, M^p @ x^q: d/dM of M^p is p M^(p - 1)
            t = np.outer(env[coef], x.astype(np.float64) ** qx)
            g = g + (t * (pw * w ** (pw - 1)) if pw != 1 else t)
        p[:, j] = w - move(g + _reg(u, w))
    elif u.kind == "rank1":
        w = p.astype(np.float64)
        p[...] = w - move(np.outer(c, np.asarray(env[u.field], dtype=np.float64)) + _reg(u, w))
    else:
        raise InternalError(f"unknown update kind {u.kind}")
    if l1:  # the clip after the move, at the same coordinates
        z = np.asarray(p[where], dtype=np.float64)
        taken = params[u.param + L1_TAKEN]
        q = np.asarray(taken[where], dtype=np.float64)
        # under AdaGrad the penalty owed is in units of the plain step: scaled by the coordinate's 1/sqrt(G)
        sq = np.sqrt(np.asarray(acc[where], dtype=np.float64) + ADAGRAD_EPS) if acc is not None else 1.0
        new = l1_clip(z, float(params[u.param + L1_TOTAL]) / sq, q / sq)
        p[where] = new
        taken[where] = q + (new - z) * sq
    if box is not None:  # a NaN lands on the bound, as in the kernels
        v = np.asarray(p[where], dtype=np.float64)
        if box[0] is not None:
            v = np.where(v > box[0], v, box[0])
        if box[1] is not None:
            v = np.where(v < box[1], v, box[1])
        p[where] = v


def _normalize(u: Update, params: dict, p, where, ex: _Example):
    """``adaptive normalized`` before update ``u``'s step: the coordinates' largest |x| grows to this example's
    (a larger one rescales the weight by old / new), the sum of normalised squared norms grows coordinate by
    coordinate in the kernel's loop order; returns each coordinate's factor ``sqrt(t / N) / scale`` (0 where no
    scale was seen yet)."""
    shape = np.shape(p[where])
    if u.kind in ("sparse", "outer"):
        _, x = ex.data[u.field].row(ex.e)
        ax = np.broadcast_to(np.abs(x.astype(np.float64)), shape)
    else:
        ax = np.ones(shape)
    scale = params[u.param + NORM_SCALE]
    s = np.asarray(scale[where], dtype=np.float64)
    sn = np.maximum(s, ax)
    with np.errstate(divide="ignore", invalid="ignore"):
        p[where] = np.asarray(p[where], dtype=np.float64) * np.where(s > 0, s / sn, 1.0)
        scale[where] = sn
        q = np.where(sn > 0, (ax / sn) ** 2, 0.0)
        n_run = float(params[u.param + NORM_SUM]) + np.cumsum(q.ravel()).reshape(shape)
        params[u.param + NORM_SUM][...] = n_run.ravel()[-1] if n_run.size else float(params[u.param + NORM_SUM])
        r = np.where(n_run > 0, np.sqrt(float(params[u.param + NORM_COUNT]) / n_run), 1.0)
        return np.where(sn > 0, r / sn, 0.0)


def shrink_owed(p, taken, total: float, where, acc=None) -> None:
    """``l2_penalty exact``: the weights at ``where`` take ``exp(q - u)`` (``u`` the shrink so far, ``q`` its
    value when they last took theirs; over the root of the AdaGrad sums ``acc`` when given) and ``q = u``."""
    e = np.asarray(taken[where], dtype=np.float64) - total
    if acc is not None:
        e = e / np.sqrt(np.asarray(acc[where], dtype=np.float64) + ADAGRAD_EPS)
    p[where] = np.asarray(p[where], dtype=np.float64) * np.exp(e)
    taken[where] = total


def l1_clip(z, u: float, q):
    """The cumulative l1 penalty's clip (Tsuruoka, Tsujii & Ananiadou 2009): ``max(0, z - (u + q))`` where
    ``z > 0``, ``min(0, z + (u - q))`` where ``z < 0``; ``u`` the penalty so far, ``q`` the coordinate's share
    already taken (a sum of its moves toward 0)."""
    z, q = np.asarray(z, dtype=np.float64), np.asarray(q, dtype=np.float64)
    return np.where(z > 0, np.maximum(0.0, z - (u + q)), np.where(z < 0, np.minimum(0.0, z + (u - q)), z))


def project_rows(params: dict, projections: tuple, ex: _Example, exact: bool = False) -> None:
    """The kernels' :class:`~sgdc.ir.lowered.Project` statements at example ``ex``: each row they name scaled by
    ``R / |row|`` when its norm is above ``R`` (float64; with ``exact``, in float32 as the kernels compute it)."""
    for s in projections:
        p = params[s.param]
        for index in s.rows:
            if p.ndim == 2 and not index:
                rows = [p[a] for a in range(p.shape[0])]
            else:
                rows = [p[int(ex.data[index[0]][ex.e])] if index else p]
            for row in rows:
                row = row.reshape(-1) if row.ndim else row.reshape(1)
                if exact:
                    total = F(0)
                    for v in row.astype(np.float32):
                        total = F(total + F(v * v))
                    if total > F(s.radius * s.radius):
                        row[...] = row.astype(np.float32) * F(F(s.radius) / np.sqrt(total))
                else:
                    norm = float(np.sqrt(np.sum(row.astype(np.float64) ** 2)))
                    if norm > s.radius:
                        row[...] = row.astype(np.float64) * (s.radius / norm)


def _coordinates(u: Update, idx: tuple, ex: _Example):
    """The index (into the whole param) of the coordinates update ``u`` writes at ``ex``."""
    if u.kind in ("elem", "row"):
        return idx
    if u.kind == "rank1":
        return (slice(None), slice(None))
    if u.kind not in ("sparse", "outer"):
        raise InternalError(f"unknown update kind {u.kind}")
    j, _ = ex.data[u.field].row(ex.e)
    if u.kind == "sparse":
        return idx + (j,) if idx else j
    return (slice(None), j)


class Interpreter:
    """Runs an :class:`~sgdc.ir.update.UpdateIR` on a :class:`~sgdc.data.dataset.Dataset`."""

    def __init__(self, uir: UpdateIR):
        from sgdc.ir.precision import quantised_params

        self.uir = uir
        self.qsteps = quantised_params(uir.model)  # fixed-point params -> step
        self.exact = bool(self.qsteps)
        self.bits = uir.model.schedule.precision.M
        self.int_dots = frozenset()
        from sgdc.passes.constraints import projections

        self.projections = projections(uir)  # constrain norm(P) <= R, after each example's updates
        if self.exact:  # the kernels' coordinate rules, from the same passes (any data layout: rules do not
            from sgdc import pipeline  # depend on it)
            from sgdc.ir.lowered import AdvanceStream, Eval, updates, walk

            kernels = pipeline.lower(uir, pipeline.layouts_for(uir.model), dump=False)
            self.coords = {u.number: u.coord for u in updates(kernels[0].body)}
            # the precision pass's integer dots, by temp (a temp means one instruction in every program)
            self.int_dots = frozenset().union(*(s.int_dots for k in kernels for s in walk(k.body)
                                                if isinstance(s, Eval)))
            self.stream = any(isinstance(s, AdvanceStream) for s in walk(kernels[0].body))

    def epoch(self, params: dict, data: Dataset, order: np.ndarray, epoch: int = 0, t0: int = 0, seed: int = 0) -> float:
        """One pass over ``order``; returns the summed loss (each measured before its update)."""
        if self.exact:
            return self._epoch_exact(params, data, order, epoch, t0, seed)
        data, draws = with_samples(self.uir.model, data)
        state = seed_state(seed, epoch, 0)  # (sampled fields: the worker's stream, stepped once an example)
        ex, env = _Example(data), {}
        train = compile_program(self.uir.train, params, ex, env)
        stepper = compile_program(self.uir.step, params, ex, env)
        step_t, loss_t = self.uir.step.result, self.uir.train.result
        updates = self.uir.train.updates
        cumulative = {p: r for p, r in cumulative_l1(self.uir.model).items() if any(u.param == p and u.l1
                                                                                   for u in updates)}
        exact = {p: r for p, r in exact_l2(self.uir.model).items() if any(u.param == p and u.l2 for u in updates)}
        avg = [p for p in averaged(self.uir.model) if any(u.param == p for u in updates)]
        normalized = list(dict.fromkeys(u.param for u in updates)) \
            if self.uir.model.training.adaptive == "normalized" else []
        boxes = {c.param: (c.lo, c.hi) for c in self.uir.model.constraints if c.lo is not None or c.hi is not None}
        total = 0.0
        env["$epoch"] = float(epoch)
        for pos, e in enumerate(order):
            ex.e = int(e)
            env["$t"] = float(t0 + pos)
            for f in stepper:
                f()
            if draws:
                state = xorshift32(state)
                draw_samples(draws, state, ex.e, params)
            for f in train:
                f()
            total += env[loss_t]
            step = env[step_t]
            for name, strength in cumulative.items():  # the penalty so far grows once an example
                params[name + L1_TOTAL][...] = params[name + L1_TOTAL] + step * strength
            for name, strength in exact.items():  # and the exact l2's shrink so far
                params[name + L2_TOTAL][...] = params[name + L2_TOTAL] + step * strength
            for name in avg:  # and an averaged param's examples of the epoch
                params[name + AVG_COUNT][...] = params[name + AVG_COUNT] + 1
            for name in normalized:  # and the examples so far (adaptive normalized)
                params[name + NORM_COUNT][...] = params[name + NORM_COUNT] + 1
            for u in updates:
                apply_update(u, params, ex, env, step, self.uir.model.training.adaptive, u.param in cumulative,
                             u.param in exact, u.param in avg, boxes.get(u.param))
            project_rows(params, self.projections, ex)
        return total

    def _epoch_exact(self, params, data, order, epoch, t0, seed) -> float:
        """The fixed-point kernel's epoch, one worker, bit for bit (float32 order, libm, random stream)."""
        data, draws = with_samples(self.uir.model, data)
        ex, env = _Example(data), {}
        train = compile_program(self.uir.train, params, ex, env, exact=True, qsteps=self.qsteps,
                                int_dots=self.int_dots)
        stepper = compile_program(self.uir.step, params, ex, env, exact=True, qsteps=self.qsteps,
                                  int_dots=self.int_dots)
        state = seed_state(seed, epoch, 0)
        total = 0.0
        env["$epoch"] = float(np.float32(epoch))
        for pos, e in enumerate(order):
            ex.e = int(e)
            env["$t"] = float(np.float32(t0 + pos))
            if self.stream:  # the kernel's AdvanceStream
                state = xorshift32(state)
            for f in stepper:
                f()
            draw_samples(draws, state, ex.e, params)
            for f in train:
                f()
            total += float(env[self.uir.train.result])
            step = env[self.uir.step.result]
            for m, u in enumerate(self.uir.train.updates):
                apply_update_exact(u, self.coords[m], params, ex, env, step, self.qsteps, state)
            project_rows(params, self.projections, ex, exact=True)
        return total

    def _keyed(self, data: Dataset, params: dict) -> Dataset:
        """``data`` with its sampled fields drawn keyed by the example (as the kernels do outside training)."""
        data, draws = with_samples(self.uir.model, data)
        for e in range(data.n) if draws else ():
            draw_samples(draws, None, e, params)
        return data

    def _evaluate(self, prog: Program, params: dict, data: Dataset):
        data = self._keyed(data, params)
        ex, env = _Example(data), {}
        steps = compile_program(prog, params, ex, env, exact=self.exact, qsteps=self.qsteps,
                                int_dots=self.int_dots)
        out = []
        for e in range(data.n):
            ex.e = e
            for f in steps:
                f()
            out.append(env[prog.result])
        return out

    def predict(self, params: dict, data: Dataset) -> np.ndarray:
        return np.array(self._evaluate(self.uir.predict, params, data), dtype=np.float64)

    def losses(self, params: dict, data: Dataset) -> np.ndarray:
        return np.array(self._evaluate(self.uir.train, params, data), dtype=np.float64)

    def gradient(self, params: dict, data: Dataset, e: int, regularise: bool = False) -> dict:
        """Example ``e``'s gradient as dense arrays: the change its updates make at step -1.

        Without ``regularise`` the regularisers are left out (the gradient of the
        loss alone); with it, each touched coordinate also gets its regulariser
        once, at the param's value, exactly as training applies it.
        """
        ex, env = _Example(self._keyed(data, params)), {}
        steps = compile_program(self.uir.train, params, ex, env)
        ex.e = e
        for f in steps:
            f()
        work = {name: np.array(v, dtype=np.float64) for name, v in params.items()}
        for u in self.uir.train.updates:
            if not regularise:
                u = replace(u, l2=0.0, l1=0.0, reg_unless=())
            apply_update(u, work, ex, env, -1.0)
        return {name: work[name] - np.asarray(params[name], dtype=np.float64) for name in params}


def step_function(uir: UpdateIR, dims: dict | None = None, exact: bool = False):
    """``f(epoch, t)``: the schedule's step size at ``epoch`` after ``t`` steps (``dims`` for steps that name a
    dim).  ``exact``: in float32, as the kernels compute it; a value that cannot be computed is NaN."""
    env: dict = {}
    ex = _Example(Dataset(0, {}, dict(dims or {})))
    prog = compile_program(uir.step, {}, ex, env, exact=exact)

    def f(epoch: int, t: int) -> float:
        env["$epoch"], env["$t"] = float(epoch), float(t)
        if not exact:
            for g in prog:
                g()
            return float(env[uir.step.result])
        try:
            with np.errstate(all="ignore"):
                for g in prog:
                    g()
        except (ArithmeticError, ValueError):
            return math.nan
        return float(env[uir.step.result])

    return f


def step_size(uir: UpdateIR, epoch: int, t: int, dims: dict | None = None) -> float:
    """The schedule's step size at ``epoch`` after ``t`` steps (``dims`` for steps that name a dim)."""
    return step_function(uir, dims)(epoch, t)
