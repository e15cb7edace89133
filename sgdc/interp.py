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

import numpy as np

from .dataset import Dataset, Dense, Sparse
from .ops import ARRAY_FUNCS, SCALAR_FUNCS, logsumexp
from .uir import BINARY, UNARY, Program, Update, UpdateIR


class _Example:
    """Accessors for one example of a dataset."""

    __slots__ = ("data", "e")

    def __init__(self, data: Dataset):
        self.data = data
        self.e = 0


def _func(op, scalar_shape: bool):
    return SCALAR_FUNCS[op] if scalar_shape else ARRAY_FUNCS[op]


def compile_program(prog: Program, params: dict, ex: _Example, env: dict):
    """Closures computing each instruction into ``env``; returns the list."""
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
        elif op == "matvec":
            pname, vec = args[0], ex.data[args[1]]

            def matvec(dst=dst, pname=pname, vec=vec):
                j, x = vec.row(ex.e)
                env[dst] = params[pname][:, j].astype(np.float64) @ x.astype(np.float64)

            steps.append(matvec)
        elif op in UNARY:
            f = _func(op, scalar)
            a = args[0]
            steps.append(lambda dst=dst, f=f, a=a: env.__setitem__(dst, f(env[a])))
        elif op in BINARY:
            f = _func(op, scalar)
            a, b = args
            steps.append(lambda dst=dst, f=f, a=a, b=b: env.__setitem__(dst, f(env[a], env[b])))
        elif op == "pow":
            f = _func("pow", scalar)
            a, c = args
            steps.append(lambda dst=dst, f=f, a=a, c=c: env.__setitem__(dst, f(env[a], c)))
        elif op == "sum":
            a = args[0]
            steps.append(lambda dst=dst, a=a: env.__setitem__(dst, float(np.sum(env[a]))))
        elif op == "norm2":
            a = args[0]
            steps.append(lambda dst=dst, a=a: env.__setitem__(dst, float(np.dot(env[a], env[a]))))
        elif op == "logsumexp":
            a = args[0]
            steps.append(lambda dst=dst, a=a: env.__setitem__(dst, logsumexp(env[a])))
        elif op == "dot":
            a, b = args
            steps.append(lambda dst=dst, a=a, b=b: env.__setitem__(dst, float(np.dot(env[a], env[b]))))
        else:
            raise AssertionError(f"interpreter has no rule for {op}")
    return steps


def _reg(u: Update, w):
    """The regulariser's gradient at ``w`` (array or float)."""
    g = 0.0
    if u.l2:
        g = g + u.l2 * w
    if u.l1:
        g = g + u.l1 * np.sign(w)
    return g


def apply_update(u: Update, params: dict, ex: _Example, env: dict, step: float):
    p = params[u.param]
    idx = tuple(int(ex.data[f][ex.e]) for f in u.index)
    c = env[u.coef]
    if u.reg_unless and any(idx[: len(other)] == tuple(int(ex.data[f][ex.e]) for f in other) for other in u.reg_unless):
        u = Update(u.param, u.index, u.kind, u.coef, u.field)  # already regularised by an earlier update
    if u.kind in ("elem", "row"):
        w = p[idx].astype(np.float64) if u.kind == "row" or idx else float(p[idx])
        p[idx] = w - step * (c + _reg(u, w))
    elif u.kind == "sparse":
        j, x = ex.data[u.field].row(ex.e)
        row = p[idx]
        w = row[j].astype(np.float64)
        row[j] = w - step * (c * x.astype(np.float64) + _reg(u, w))
    elif u.kind == "outer":
        j, x = ex.data[u.field].row(ex.e)
        w = p[:, j].astype(np.float64)
        p[:, j] = w - step * (np.outer(c, x.astype(np.float64)) + _reg(u, w))
    else:
        raise AssertionError(u.kind)


class Interpreter:
    """Runs an :class:`~sgdc.uir.UpdateIR` on a :class:`~sgdc.dataset.Dataset`."""

    def __init__(self, uir: UpdateIR):
        self.uir = uir

    def epoch(self, params: dict, data: Dataset, order: np.ndarray, epoch: int = 0, t0: int = 0) -> float:
        """One pass over ``order``; returns the summed loss (each measured before its update)."""
        ex, env = _Example(data), {}
        train = compile_program(self.uir.train, params, ex, env)
        stepper = compile_program(self.uir.step, params, ex, env)
        step_t, loss_t = self.uir.step.result, self.uir.train.result
        updates = self.uir.train.updates
        total = 0.0
        env["$epoch"] = float(epoch)
        for pos, e in enumerate(order):
            ex.e = int(e)
            env["$t"] = float(t0 + pos)
            for f in stepper:
                f()
            for f in train:
                f()
            total += env[loss_t]
            step = env[step_t]
            for u in updates:
                apply_update(u, params, ex, env, step)
        return total

    def _evaluate(self, prog: Program, params: dict, data: Dataset):
        ex, env = _Example(data), {}
        steps = compile_program(prog, params, ex, env)
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
        ex, env = _Example(data), {}
        steps = compile_program(self.uir.train, params, ex, env)
        ex.e = e
        for f in steps:
            f()
        work = {name: np.array(v, dtype=np.float64) for name, v in params.items()}
        for u in self.uir.train.updates:
            if not regularise:
                u = Update(u.param, u.index, u.kind, u.coef, u.field)
            apply_update(u, work, ex, env, -1.0)
        return {name: work[name] - np.asarray(params[name], dtype=np.float64) for name in params}


def step_size(uir: UpdateIR, epoch: int, t: int, dims: dict | None = None) -> float:
    """The schedule's step size at ``epoch`` after ``t`` steps (``dims`` for steps that name a dim)."""
    env = {"$epoch": float(epoch), "$t": float(t)}
    ex = _Example(Dataset(0, {}, dict(dims or {})))
    for f in compile_program(uir.step, {}, ex, env):
        f()
    return float(env[uir.step.result])
