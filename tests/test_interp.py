"""The reference interpreter: determinism, the step-size schedule, updates from pre-update params."""
from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sgdc.data.dataset import Dataset
from sgdc.runtime.engine import ReferenceEngine
from sgdc.frontend.load import load_model
from sgdc.passes.differentiate import build_update_ir
from sgdc.runtime.interp import Interpreter, step_size

from strategies import copy_params, make_data, perturbed_params, spec_cases

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXAMPLE_NAMES = sorted(p.stem for p in EXAMPLES.glob("*.sgd"))
DIMS = {"d": 12, "users": 6, "items": 5, "classes": 3, "n": 5}


def example_text(name: str) -> str:
    """The example as shipped, less its ``adaptive`` line: these tests are about plain gradient steps
    (AdaGrad's per-coordinate steps have their own, test_adaptive.py)."""
    return re.sub(r"(?m)^\s*adaptive\s.*$", "", (EXAMPLES / f"{name}.sgd").read_text())


def without_regular(text: str) -> str:
    """The spec without its regularisers and bounds: its epoch is then plain gradient steps (constrain:
    tests/test_constraints.py)."""
    return re.sub(r"(?m)^(regular|constrain).*$", "", text)


# ---------------------------------------------------------------------------
# Determinism
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_same_seed_and_order_give_bit_identical_params(name, dtype):
    model = load_model(example_text(name))
    uir = build_update_ir(model)
    data = make_data(model, 40, seed=3, dims=DIMS, density=0.3)
    p0 = perturbed_params(model, data.dims, seed=3, dtype=dtype)
    runs = []
    for _ in range(2):
        interp = Interpreter(uir)  # a fresh interpreter each time: no state carried over
        p = copy_params(p0)
        rng = np.random.default_rng(7)
        losses = [interp.epoch(p, data, rng.permutation(data.n), epoch, epoch * data.n) for epoch in range(2)]
        runs.append((p, losses, interp.predict(p, data), interp.losses(p, data)))
    (pa, la, qa, ea), (pb, lb, qb, eb) = runs
    assert la == lb
    for k in pa:
        assert pa[k].dtype == dtype
        assert np.array_equal(pa[k], pb[k]), k
        assert not np.array_equal(pa[k], p0[k]), f"{k} never moved"
    assert np.array_equal(qa, qb) and np.array_equal(ea, eb)


def test_reference_engine_is_the_interpreter():
    model = load_model(example_text("matrix_completion"))
    uir = build_update_ir(model)
    data = make_data(model, 30, seed=4, dims=DIMS)
    p0 = perturbed_params(model, data.dims, seed=4, dtype=np.float32)
    pa, pb = copy_params(p0), copy_params(p0)
    order = np.random.default_rng(1).permutation(data.n)
    la = ReferenceEngine(uir).epoch(pa, data, order, 1, 30)
    lb = Interpreter(uir).epoch(pb, data, order, 1, 30)
    assert la == lb
    for k in pa:
        assert np.array_equal(pa[k], pb[k])


# ---------------------------------------------------------------------------
# The step-size schedule
# ---------------------------------------------------------------------------

EXAMPLE_STEPS = {
    "bpr": lambda e, t: 0.05,  # (AdaGrad's scale)
    "fm": lambda e, t: 0.02,
    "least_squares": lambda e, t: 0.5,  # (AdaGrad's scale)
    "logistic": lambda e, t: 0.06,
    "matrix_completion": lambda e, t: 0.05 / (1 + 0.7 * e),
    "mlp": lambda e, t: 0.02,
    "multioutput": lambda e, t: 0.5,  # (AdaGrad's scale)
    "nonnegative_mf": lambda e, t: 0.05 / (1 + 0.7 * e),
    "psd_completion": lambda e, t: 0.1 / (1 + 0.1 * e),
    "softmax": lambda e, t: 0.1,
    "svm": lambda e, t: 0.1,
    "trend": lambda e, t: 0.3,
}


def _sigmoid(z):
    return 1 / (1 + math.exp(-z))


STEP_FORMULAS = [
    ("0.1", lambda e, t: 0.1),
    ("0.5 / (1 + 0.01 * t)", lambda e, t: 0.5 / (1 + 0.01 * t)),
    ("0.1 / (1 + epoch)^0.5", lambda e, t: 0.1 / (1 + e) ** 0.5),
    ("max(0.01, 0.1 - 0.02 * epoch)", lambda e, t: max(0.01, 0.1 - 0.02 * e)),
    ("min(0.1, 1 / sqrt(1 + t))", lambda e, t: min(0.1, 1 / math.sqrt(1 + t))),
    ("0.2 * exp(-0.1 * epoch) + 0 * t", lambda e, t: 0.2 * math.exp(-0.1 * e)),
    ("0.1 * sigmoid(2 - epoch) / log1p(1 + t)", lambda e, t: 0.1 * _sigmoid(2 - e) / math.log1p(1 + t)),
    ("k / 100 / (1 + epoch)^-1", lambda e, t: 5 / 100 * (1 + e)),  # the const k = 5; a negative exponent
    ("-(-0.1) + abs(1 - epoch) / 100 - softplus(-50)", lambda e, t: 0.1 + abs(1 - e) / 100 - math.log1p(math.exp(-50))),
]

POINTS = [(0, 0), (0, 17), (1, 100), (3, 1234), (10, 10**6)]


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_step_sizes(name):
    uir = build_update_ir(load_model(example_text(name)))
    for epoch, t in POINTS:
        assert step_size(uir, epoch, t) == pytest.approx(EXAMPLE_STEPS[name](epoch, t), rel=1e-12)


PSD_WITH_STEP = example_text("psd_completion")


@pytest.mark.parametrize("text, formula", STEP_FORMULAS, ids=[s for s, _ in STEP_FORMULAS])
def test_step_size_formulas(text, formula):
    model = load_model(PSD_WITH_STEP, step=text)
    uir = build_update_ir(model)
    for epoch, t in POINTS:
        assert step_size(uir, epoch, t) == pytest.approx(formula(epoch, t), rel=1e-12, abs=1e-300), (epoch, t)


def test_epoch_uses_the_step_at_each_position():
    """A loss with a constant gradient: ``b`` moves by exactly the sum of the steps at t0, t0+1, ..."""
    text = """model steps
dim d
data x : [d]
data y : real
param w : [d] = 0
param b : real = 0
loss b + dot(w, x) * y
predict dot(w, x) + b
schedule step 0.5 / (1 + 0.1 * t) / (1 + epoch)
"""
    uir = build_update_ir(load_model(text))
    data = make_data(uir.model, 7, seed=1)
    p = {"w": np.zeros(data.dims["d"]), "b": np.array(0.0)}
    epoch, t0 = 2, 40
    Interpreter(uir).epoch(p, data, np.arange(data.n), epoch, t0)
    want = -sum(0.5 / (1 + 0.1 * (t0 + k)) / (1 + epoch) for k in range(data.n))
    assert float(p["b"]) == pytest.approx(want, rel=1e-13)
    assert sum(step_size(uir, epoch, t0 + k) for k in range(data.n)) == pytest.approx(-want, rel=1e-13)


def test_epoch_step_may_use_a_dim():
    text = example_text("least_squares").replace("  step      0.5\n", "  step      0.6 / d\n")
    uir = build_update_ir(load_model(text))
    data = make_data(uir.model, 1, seed=2, dims={"d": 6})
    p0 = perturbed_params(uir.model, data.dims, seed=2)
    p = copy_params(p0)
    Interpreter(uir).epoch(p, data, np.array([0]), 0, 0)
    g = Interpreter(uir).gradient(p0, data, 0)
    assert float(p["b"]) == pytest.approx(float(p0["b"] - 0.1 * g["b"]), rel=1e-13)


def test_step_size_with_a_dim():
    text = example_text("least_squares").replace("  step      0.5\n", "  step      0.6 / d\n")
    uir = build_update_ir(load_model(text))
    assert step_size(uir, 0, 0, {"d": 3}) == pytest.approx(0.2)


# ---------------------------------------------------------------------------
# Every update is computed from the params as they were when the example started
# ---------------------------------------------------------------------------


def manual_epoch(interp: Interpreter, params: dict, data: Dataset, order, epoch: int, t0: int) -> float:
    """SGD from ``gradient`` and ``step_size``: p -= step(epoch, t) * grad(p, e), one example at a time."""
    total = 0.0
    for pos, e in enumerate(order):
        total += float(interp.losses(params, data.take(np.array([e])))[0])
        g = interp.gradient(params, data, int(e))
        s = step_size(interp.uir, epoch, t0 + pos)
        for k in params:
            params[k][...] = params[k] - s * g[k]
    return total


def check_epoch_is_gradient_steps(text: str, data_seed: int, layout: str = "sparse", n: int = 8, same_index=False):
    uir = build_update_ir(load_model(text))
    interp = Interpreter(uir)
    data = make_data(uir.model, n, seed=data_seed, layout=layout, dims=DIMS, density=0.4, fixed_samples=True)
    if same_index:
        data["j"][: n // 2] = data["i"][: n // 2]
    p0 = perturbed_params(uir.model, data.dims, seed=data_seed, scale=0.3)
    pa, pb = copy_params(p0), copy_params(p0)
    order = np.random.default_rng(data_seed).permutation(n)
    la = interp.epoch(pa, data, order, 1, 5)
    lb = manual_epoch(interp, pb, data, order, 1, 5)
    assert la == pytest.approx(lb, rel=1e-12, abs=1e-12)
    for k in pa:
        np.testing.assert_allclose(pa[k], pb[k], rtol=1e-11, atol=1e-13, err_msg=k)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_epoch_is_a_sequence_of_gradient_steps(name):
    check_epoch_is_gradient_steps(without_regular(example_text(name)), 5, same_index=name == "psd_completion")


@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(case=spec_cases(regular=False), seed=st.integers(0, 2**16), layout=st.sampled_from(("sparse", "dense")))
def test_random_spec_epoch_is_a_sequence_of_gradient_steps(case, seed, layout):
    fam, text = case
    check_epoch_is_gradient_steps(text, seed, layout, n=4, same_index=fam.name == "psd")


def test_psd_same_index_twice_uses_pre_update_rows():
    """``i = j``: X[i] -= s * 4 r X[i] with r from the rows before the example; not two sequential steps."""
    text = example_text("psd_completion")
    uir = build_update_ir(load_model(text))
    data = Dataset(1, {"i": np.array([3], np.int32), "j": np.array([3], np.int32),
                       "a": np.array([0.25], np.float32)}, {"n": 5})
    p0 = perturbed_params(uir.model, {"n": 5}, seed=8)
    p = copy_params(p0)
    loss = Interpreter(uir).epoch(p, data, np.array([0]), 0, 0)
    s = step_size(uir, 0, 0)
    x = p0["X"][3]
    r = float(x @ x) - 0.25
    assert loss == pytest.approx(r * r, rel=1e-13)
    want = x - s * 4 * r * x  # the gradient of (|x|^2 - a)^2, both reads of X[3] counted once each
    np.testing.assert_allclose(p["X"][3], want, rtol=1e-13)
    # what updating X[i] first and then computing X[j]'s step from the new row would give: different
    x1 = x - s * 2 * r * x
    seq = x1 - s * 2 * (float(x1 @ x1) - 0.25) * x1
    assert not np.allclose(p["X"][3], seq, rtol=1e-6)
    # the other rows are untouched
    others = [0, 1, 2, 4]
    assert np.array_equal(p["X"][others], p0["X"][others])
    # and the gradient agrees with central differences of the loss in X[3]
    interp = Interpreter(uir)
    eps = 1e-6
    for c in range(x.size):
        q = copy_params(p0)
        q["X"][3, c] += eps
        fp = interp.losses(q, data)[0]
        q["X"][3, c] -= 2 * eps
        fm = interp.losses(q, data)[0]
        assert (fp - fm) / (2 * eps) == pytest.approx(4 * r * x[c], rel=1e-6, abs=1e-8)
