"""Differential tests: compiled kernels against the reference interpreter.

For each example spec x each data layout (sparse CSR, and dense for specs with
a vector field) and for random well-formed specs (:mod:`strategies`), the
compiled kernel (:class:`~sgdc.runtime.engine.CompiledEngine`, float32 arithmetic) and
the reference interpreter (:class:`~sgdc.runtime.engine.ReferenceEngine`, float64
arithmetic on float32 params) start from identical float32 params and run
2 epochs over identical example orders.  Then every param agrees within
``rtol=1e-4, atol=1e-4 * max(1, max|reference|)``, each epoch's loss sum within
1e-4 relative, and so do the predictions and per-example losses.  The
portable (``generic=True``) target must give the same results as the host one.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sgdc.runtime.engine import CompiledEngine, ReferenceEngine
from sgdc.frontend.load import load_model
from sgdc.passes.differentiate import build_update_ir
from sgdc.runtime.interp import Interpreter
from sgdc.runtime.params import init_params

from strategies import FAMILIES, copy_params, make_data, perturbed_params, spec_cases

pytestmark = pytest.mark.guarded  # every native buffer ends at a guard page (conftest)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXAMPLE_NAMES = sorted(p.stem for p in EXAMPLES.glob("*.sgd"))
EPOCHS = 2
RTOL = 1e-4

EXAMPLE_DIMS = {"d": 30, "users": 8, "items": 6, "classes": 4, "n": 5, "outputs": 3}


def close(got, want, what: str) -> None:
    got, want = np.asarray(got, dtype=np.float64), np.asarray(want, dtype=np.float64)
    assert np.isfinite(want).all(), f"{what}: the reference diverged"
    scale = max(1.0, float(np.abs(want).max(initial=0.0)))
    np.testing.assert_allclose(got, want, rtol=RTOL, atol=RTOL * scale, err_msg=what)


def run(engine, params: dict, data, orders) -> list:
    return [engine.epoch(params, data, order, epoch, epoch * data.n) for epoch, order in enumerate(orders)]


def differential(model, data, seed: int, generic=(False,)) -> None:
    """2 epochs of reference and compiled (host, and generic if asked) engines from the same params."""
    uir = build_update_ir(model)
    # (state the kernels keep beside the params, e.g. a cumulative l1's, starts at its init: zeros)
    p0 = {**init_params(uir.model, data.dims, seed, dtype=np.float32),
          **perturbed_params(model, data.dims, seed, dtype=np.float32, scale=0.3)}
    rng = np.random.default_rng([seed, 3])
    orders = [rng.permutation(data.n).astype(np.int64) for _ in range(EPOCHS)]
    ref = ReferenceEngine(uir)
    pr = copy_params(p0)
    lr = run(ref, pr, data, orders)
    results = {}
    for g in generic:
        eng = CompiledEngine(uir, generic=g)
        pc = copy_params(p0)
        lc = run(eng, pc, data, orders)
        results[g] = pc
        target = "generic" if g else "host"
        for epoch, (a, b) in enumerate(zip(lc, lr)):
            assert np.isfinite(b), "the reference diverged"
            assert a == pytest.approx(b, rel=RTOL, abs=RTOL * data.n), f"{target}: loss sum of epoch {epoch}"
        for k in pr:
            assert pc[k].dtype == np.float32 and pc[k].shape == pr[k].shape
            close(pc[k], pr[k], f"{target}: param {k}")
        close(eng.predict(pc, data), ref.predict(pr, data), f"{target}: predictions")
        close(eng.losses(pc, data), ref.losses(pr, data), f"{target}: per-example losses")
        # the same params through both engines' forward passes
        close(eng.losses(pr, data), ref.losses(pr, data), f"{target}: losses at the same params")
    if len(results) == 2:
        for k in pr:
            close(results[True][k], results[False][k], f"generic vs host: param {k}")


@pytest.mark.parametrize("layout", ["sparse", "dense"])
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_compiled_equals_reference(name, layout):
    model = load_model(EXAMPLES / f"{name}.sgd", adaptive="off")  # (AdaGrad: test_adaptive.py)
    if layout == "dense" and not model.vector_fields:
        pytest.skip("no vector field")
    data = make_data(model, 60, seed=11, layout=layout, dims=EXAMPLE_DIMS, density=0.3)
    differential(model, data, seed=11, generic=(False, True))


def test_psd_same_index_twice_compiled_equals_reference():
    """Every example has ``i = j``: the compiled kernel must read both rows before writing either."""
    model = load_model(EXAMPLES / "psd_completion.sgd")
    data = make_data(model, 40, seed=12, dims=EXAMPLE_DIMS)
    data["j"][:] = data["i"]
    differential(model, data, seed=12)


def safe_step(model, data, seed: int) -> float:
    """A step small enough that 2 epochs of SGD on a random loss stay tame."""
    uir = build_update_ir(model)
    interp = Interpreter(uir)
    p = perturbed_params(model, data.dims, seed, dtype=np.float64, scale=0.3)
    g = max(max(float(np.abs(v).max(initial=0.0)) for v in interp.gradient(p, data, e).values())
            for e in range(data.n))
    return min(0.05, 0.05 / max(g, 1e-12))


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_random_spec_compiled_equals_reference(family):
    """5 random specs of each of the 5 families: 25 in all (deterministic: derandomized)."""

    @settings(max_examples=5, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(case=spec_cases(families=(family,)), seed=st.integers(0, 2**16),
           layout=st.sampled_from(("sparse", "dense")), generic=st.booleans())
    def check(case, seed, layout, generic):
        text = case[1]
        model = load_model(text)
        data = make_data(model, 24, seed, layout)
        step = safe_step(model, data, seed)
        model = load_model(text, step=f"{step!r} / (1 + 0.5 * epoch)")
        differential(model, data, seed, generic=(False, True) if generic else (False,))

    check()


# A param read twice, once whole and once in part: two updates cover the same coordinates.
TWO_UPDATES = {
    "multiclass_v_and_v_y": """model two
dim d, classes
data x : [d]
data y : index[classes]
param W : [classes, d] = 0
param v : [classes] = 0
loss logsumexp(W @ x + v) - dot(W[y], x) - v[y]
REGULAR
predict W @ x + v
schedule step 0.1
""",
    "linear_norm2_w_and_dot_w_x": """model two
dim d
data x : [d]
data y : real
param w : [d] = 0
param b : real = 0
loss 0.5 * norm2(w) + 0.5 * (dot(w, x) + b - y)^2
REGULAR
predict dot(w, x) + b
schedule step 0.1
""",
}


@pytest.mark.parametrize("name", sorted(TWO_UPDATES))
def test_two_updates_of_one_param_compiled_equals_reference(name):
    """Without a regulariser the order of the two updates does not matter: the engines agree."""
    model = load_model(TWO_UPDATES[name].replace("REGULAR\n", ""))
    differential(model, make_data(model, 20, seed=13, layout="dense"), seed=13)


@pytest.mark.parametrize("reg", ["l2(0.5)", "l1(0.2)"])
@pytest.mark.parametrize("name", sorted(TWO_UPDATES))
def test_regularised_two_updates_of_one_param_compiled_equals_reference(name, reg):
    param = "v" if "v" in name.split("_")[1:] else "w"
    model = load_model(TWO_UPDATES[name].replace("REGULAR", f"regular {reg} on {param}"))
    differential(model, make_data(model, 20, seed=13, layout="dense"), seed=13)


@pytest.mark.parametrize("chunk", [1, 7, 1 << 20])
def test_carried_dense_score_equals_reference_across_calls_and_repeats(chunk):
    """The lookahead pass carries ``w . x`` from one example to the next (logistic, dense float32 rows): calls of
    1 and 7 examples (each call's first example computes its own dot, its last one looks at itself) and an order
    where an example follows itself give the reference's params and losses."""
    model = load_model((EXAMPLES / "logistic.sgd").read_text().replace("precision D32M32", "precision D32M32\n"
                                                                         "  order sequential"), adaptive="off")
    assert model.schedule.order == "sequential"
    data = make_data(model, 40, seed=5, layout="dense", dims=EXAMPLE_DIMS, density=0.5)
    uir = build_update_ir(model)
    p0 = perturbed_params(model, data.dims, 5, dtype=np.float32, scale=0.3)
    order = np.repeat(np.random.default_rng(5).permutation(40), 2)[:60].astype(np.int64)
    ref, eng = ReferenceEngine(uir), CompiledEngine(uir)
    eng.interrupt_chunk = chunk
    pr, pc = copy_params(p0), copy_params(p0)
    for epoch in range(2):
        lr, lc = ref.epoch(pr, data, order, epoch, epoch * 60), eng.epoch(pc, data, order, epoch, epoch * 60)
        assert lc == pytest.approx(lr, rel=RTOL), epoch
    for k in pr:
        close(pc[k], pr[k], f"param {k}")
