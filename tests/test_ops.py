"""Every op of the registry (sgdc.ir.ops), one row each (tinygrad's test_ops is the model).

A row names a numpy reference of the op's float64 meaning, points where the op is smooth, and an expression
that uses the op in a spec (an internal op: an expression whose derivative makes it).  For every op:

* the float64 meaning equals numpy's at the points, on Python floats and on arrays, and the two agree (never
  an exception) at infinities, NaN, zeros and huge values;
* the exact float32 meaning returns float32, within a few ulps of numpy's float32 value;
* the derivative (the record's, evaluated with the float64 meanings) equals central finite differences;
* through the whole compiler: the spec's gradient equals finite differences, the compiled float32 kernel equals
  the float64 reference interpreter within tolerance, and at D32M16 (fixed-point params, the interpreter's
  exact float32 mode) the compiled kernel equals the reference bit for bit.

Adding an op is one record in sgdc/ir/ops.py and one row here.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

import sgdc
from sgdc.frontend import checker
from sgdc.frontend.load import load_model
from sgdc.ir.ops import OPS
from sgdc.passes.differentiate import build_update_ir
from sgdc.runtime.engine import CompiledEngine, ReferenceEngine
from sgdc.runtime.interp import Interpreter
from sgdc.runtime.params import init_params
from sgdc.data.synth import synthesize

from strategies import copy_params, make_data, perturbed_params
from test_gradient import check_gradient


@dataclass(frozen=True)
class Row:
    ref: object  # numpy reference of the float64 meaning
    points: tuple  # operand tuples (pow: with its exponent) where the op is smooth
    expr: str  # an expression using the op, in the spec template ``spec``
    spec: str = "linear"  # linear: data vector x, params w, b;  rows: index u, params L[u] (a row), v


U = ((-2.5,), (-0.3,), (0.7,), (3.0,))  # unary points
POS = ((0.2,), (1.0,), (4.5,))  # where log and sqrt are defined
B = ((-1.5, 0.5), (2.0, -0.7), (0.3, 1.1))  # binary points, a != b
V = ((np.array([0.3, -1.2, 2.0]),), (np.array([-0.5, 0.1, 0.4, 1.5]),))  # vectors
VV = ((np.array([0.3, -1.2, 2.0]), np.array([1.5, 0.2, -0.4])),)
Z = "dot(w, x) + b"  # the linear score the unary rows apply their op to

ROWS = {
    "neg": Row(np.negative, U, f"-({Z})"),
    "exp": Row(np.exp, U, f"exp(0.5 * ({Z}))"),
    "log": Row(np.log, POS, f"log(1 + ({Z})^2)"),
    "log1p": Row(np.log1p, POS + ((-0.5,),), f"log1p(({Z})^2)"),
    "sigmoid": Row(lambda x: 1 / (1 + np.exp(-x)), U, f"sigmoid({Z})"),
    "softplus": Row(lambda x: np.logaddexp(0.0, x), U, f"softplus({Z})"),
    "abs": Row(np.abs, U, f"abs({Z})"),
    "sqrt": Row(np.sqrt, POS, f"sqrt(1 + ({Z})^2)"),
    "tanh": Row(np.tanh, U, f"tanh({Z})"),
    "relu": Row(lambda x: np.maximum(x, 0.0), U, f"relu({Z})"),
    "sign": Row(np.sign, U, f"abs({Z})"),  # abs's derivative is sign
    "add": Row(np.add, B, f"{Z}"),
    "sub": Row(np.subtract, B, "dot(w, x) - b"),
    "mul": Row(np.multiply, B, "b * dot(w, x)"),
    "div": Row(np.divide, B, "dot(w, x) / (2 + b^2)"),
    "max": Row(np.maximum, B, "max(dot(w, x), b)"),
    "min": Row(np.minimum, B, "min(dot(w, x), b)"),
    "ge": Row(lambda a, b: np.asarray(a >= b, dtype=np.float64), B, "max(dot(w, x), b)"),  # max's derivative is ge
    "pow": Row(np.power, ((1.7, 2.0), (0.6, 0.5), (-1.3, 3.0), (2.2, 1.5), (0.8, -1.0)),
               f"(1 + ({Z})^2)^0.25 + ({Z})^3 / (1 + ({Z})^2) + (0.5 + b^2)^0.5"),  # powf, x^3, x*x, sqrt
    "sum": Row(np.sum, V, "sum(L[u] * v)", "rows"),
    "norm2": Row(lambda v: np.sum(v * v), V, "norm2(L[u] - v)", "rows"),
    "logsumexp": Row(lambda v: np.log(np.sum(np.exp(v))), V, "logsumexp(L[u] + v)", "rows"),
    "dot": Row(np.dot, VV, "dot(L[u], v)", "rows"),
}

SPECS = {
    "linear": """
model op_{name}
dim d
data  x : [d]
data  y : real
param w : [d] = normal(0, 0.3)
param b : real = 0.2
loss    (y - ({expr}))^2
predict {expr}
schedule
  step {step}
""",
    "rows": """
model op_{name}
dim users
const k = 5
data  u : index[users]
data  r : real
param L : [users, k] = normal(0, 0.3)
param v : [k] = normal(0, 0.3)
loss    (r - ({expr}))^2
predict {expr}
schedule
  step {step}
""",
}
DIMS = {"d": 12, "users": 7}


def spec(name: str, step: str = "0.01") -> str:
    row = ROWS[name]
    return SPECS[row.spec].format(name=name, expr=row.expr, step=step)


def test_every_op_has_a_row():
    assert set(ROWS) == set(OPS), "each op of sgdc.ir.ops needs a row here (and each row an op)"


def test_the_language_and_the_highlighter_read_the_registry():
    from sgdc.frontend import highlight

    functions = [n for n, op in OPS.items() if op.syntax == "function"]
    assert set(functions) <= set(checker.BUILTINS) and set(functions) <= set(highlight.BUILTINS)
    assert set(checker.BUILTINS) == set(functions)


@pytest.mark.parametrize("name", ROWS)
def test_spec_uses_the_op(name):
    """The row's spec really exercises the op: it is in the update IR the spec compiles to."""
    uir = build_update_ir(load_model(spec(name)))
    used = {ins.op for prog in (uir.train, uir.predict) for ins in prog.instrs}
    assert name in used, used


# -- the float64 meaning ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ROWS)
def test_float64_meaning_matches_numpy(name):
    op, row = OPS[name], ROWS[name]
    for pt in row.points:
        want = row.ref(*pt)
        np.testing.assert_allclose(op.f64(*pt), want, rtol=1e-12, atol=1e-15, err_msg=f"{name}{pt}")
        assert isinstance(op.f64(*pt), float)
    if op.elementwise:  # the array meaning, on every point at once
        cols = [np.array([pt[k] for pt in row.points], dtype=np.float64) for k in range(len(row.points[0]))]
        np.testing.assert_allclose(op.f64_array(*cols), row.ref(*cols), rtol=1e-12, atol=1e-15, err_msg=name)


SPECIAL = (0.0, -0.0, 1.0, -1.0, 1e300, -1e300, np.inf, -np.inf, np.nan)


@pytest.mark.parametrize("name", [n for n, op in OPS.items() if op.elementwise])
def test_float64_scalar_and_array_meanings_agree_everywhere(name):
    """The constant evaluator (Python floats) and the interpreter's arrays give one meaning, IEEE style."""
    op = OPS[name]
    if op.kind == "unary":
        cases = [(a,) for a in SPECIAL]
    elif op.kind == "binary":
        cases = [(a, b) for a in SPECIAL for b in SPECIAL]
    else:  # pow: a constant exponent
        cases = [(a, c) for a in SPECIAL for c in (2.0, 0.5, 3.0, 1.5, -1.0, 0.0)]
    for pt in cases:
        got = op.f64(*pt)  # never raises
        with np.errstate(all="ignore"):
            want = float(op.f64_array(*(np.float64(a) for a in pt)))
        assert got == want or (np.isnan(got) and np.isnan(want)), f"{name}{pt}: scalar {got}, array {want}"


@pytest.mark.parametrize("name", ROWS)
def test_exact_float32_meaning_is_float32_and_close_to_numpy(name):
    op, row = OPS[name], ROWS[name]
    for pt in row.points:
        args = [np.float32(a) if np.ndim(a) == 0 else np.asarray(a, dtype=np.float32) for a in pt]
        if name == "pow":
            args[1] = float(pt[1])  # the exponent is a constant of the program
        got = op.f32(*args)
        assert isinstance(got, np.float32), type(got)
        want = row.ref(*(np.asarray(a, dtype=np.float64) for a in args))
        np.testing.assert_allclose(got, np.float32(want), rtol=4e-7 * max(1, len(np.atleast_1d(pt[0]))), atol=1e-7,
                                   err_msg=f"{name}{pt}")


# -- the derivative --------------------------------------------------------------------------------------------


class Numeric:
    """A derivative's ``d``: each instruction computed at once with the float64 meanings (a temp is a value)."""

    def __call__(self, op, *args, shape=None):
        rec = OPS[op]
        arrays = rec.elementwise and any(np.ndim(a) for a in args[:rec.arity])
        return rec.f64_array(*args) if arrays else rec.f64(*args)

    def num(self, v):
        return v

    def shape(self, t):
        return np.shape(t)


def record_gradient(name: str, pt: tuple) -> list:
    """d op / d operand, for each operand, from the record's derivative (adjoint 1)."""
    op = OPS[name]
    out = op.f64(*pt)
    operands = pt[:op.arity]
    if op.derivative is None:
        return [np.zeros(np.shape(a)) for a in operands]
    grads = list(op.derivative(Numeric(), 1.0, out, *pt))
    assert len(grads) == len(operands)
    return [np.broadcast_to(np.asarray(g, dtype=np.float64), np.shape(a)) for g, a in zip(grads, operands)]


def central_gradient(name: str, pt: tuple, h: float = 1e-6) -> list:
    op = OPS[name]
    out = []
    for k in range(op.arity):
        base = np.array(pt[k], dtype=np.float64)
        g = np.zeros(base.shape)
        for i in np.ndindex(base.shape):
            def at(delta):
                x = base.copy()
                x[i] += delta
                args = list(pt)
                args[k] = x if x.ndim else float(x)
                return op.f64(*args)
            g[i] = (at(h) - at(-h)) / (2 * h)
        out.append(g)
    return out


@pytest.mark.parametrize("name", ROWS)
def test_derivative_matches_finite_differences(name):
    for pt in ROWS[name].points:
        for k, (got, want) in enumerate(zip(record_gradient(name, pt), central_gradient(name, pt))):
            np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-7, err_msg=f"d {name}{pt} / d operand {k}")


@pytest.mark.parametrize("name", ROWS)
def test_spec_gradient_matches_finite_differences(name):
    """Through the checker and the differentiation pass: every coordinate of every param."""
    model = load_model(spec(name))
    interp = Interpreter(build_update_ir(model))
    data = make_data(model, 6, seed=3, dims=DIMS)
    params = perturbed_params(model, data.dims, 3)
    assert sum(check_gradient(interp, params, data, e) for e in range(data.n)) > 0


# -- compiled kernels against the reference interpreter ----------------------------------------------------------


LAYOUTS = [(name, layout) for name, row in ROWS.items()
           for layout in (("sparse", "dense") if row.spec == "linear" else ("sparse",))]  # rows: no data vector


@pytest.mark.parametrize("name, layout", LAYOUTS)
def test_compiled_equals_reference(name, layout):
    """float32 kernel against the float64 interpreter: 2 epochs from the same params and orders."""
    model = load_model(spec(name))
    data = make_data(model, 40, seed=5, layout=layout, dims=DIMS)
    uir = build_update_ir(model)
    p0 = perturbed_params(model, data.dims, 5, dtype=np.float32, scale=0.3)
    rng = np.random.default_rng(5)
    orders = [rng.permutation(data.n).astype(np.int64) for _ in range(2)]
    ref, eng = ReferenceEngine(uir), CompiledEngine(uir)
    pr, pc = copy_params(p0), copy_params(p0)
    for epoch, order in enumerate(orders):
        want = ref.epoch(pr, data, order, epoch, epoch * data.n)
        got = eng.epoch(pc, data, order, epoch, epoch * data.n)
        assert np.isfinite(want) and got == pytest.approx(want, rel=1e-4, abs=1e-4 * data.n), epoch
    for k in pr:
        scale = max(1.0, float(np.abs(pr[k]).max(initial=0.0)))
        np.testing.assert_allclose(pc[k], pr[k], rtol=1e-4, atol=1e-4 * scale, err_msg=k)
        assert not np.array_equal(pr[k], p0[k]), f"{k} did not move"
    np.testing.assert_allclose(eng.predict(pc, data), ref.predict(pr, data), rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("name", ROWS)
def test_compiled_equals_exact_reference_bit_for_bit(name):
    """Fixed-point params (D32M16, unbiased rounding): the kernel's float32 arithmetic, reproduced exactly."""
    prog = sgdc.compile(spec(name, "0.02"), precision="D32M16", rounding="unbiased")
    fields, dims = synthesize(prog.model, n=80, seed=1, dims={k: v for k, v in DIMS.items()
                                                             if k in {d.name for d in prog.model.dims}})
    ds, _, _ = prog.bind(fields, fit=True, dims=dims)
    compiled, ref = CompiledEngine(prog.uir), ReferenceEngine(prog.uir)
    assert ref.interp.exact
    compiled.seed = ref.seed = 5
    pa = init_params(prog.model, ds.dims, 2)
    pb = copy_params(pa)
    rng = np.random.default_rng(0)
    for epoch in range(2):
        order = rng.permutation(ds.n)
        assert compiled.epoch(pa, ds, order, epoch, epoch * ds.n) == ref.epoch(pb, ds, order, epoch, epoch * ds.n)
    for k in pa:
        assert np.array_equal(pa[k], pb[k]), k
    np.testing.assert_array_equal(compiled.predict(pa, ds), ref.predict(pb, ds))
