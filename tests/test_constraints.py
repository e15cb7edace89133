"""``constrain``: bounds on params kept after every update, in the generated code and the reference alike."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import sgdc
from sgdc.errors import UserError
from sgdc.frontend.load import load_model
from sgdc.ir.model import Constraint
from sgdc.passes.differentiate import build_update_ir
from sgdc.runtime.engine import CompiledEngine, ReferenceEngine

from strategies import copy_params, make_data, perturbed_params

pytestmark = pytest.mark.guarded

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DIMS = {"d": 30, "users": 8, "items": 6}

LOGISTIC = """model boxed
dim d
data x : [d]
data y : label
param w : [d] = normal(0, 1)
param b : real = 0
loss log1p(exp(-y * (dot(w, x) + b)))
predict dot(w, x) + b
CONSTRAIN
schedule step 0.5
"""


def _spec(constrain: str) -> str:
    return LOGISTIC.replace("CONSTRAIN", constrain)


def test_constraints_merge_per_param_and_print_with_the_model():
    m = load_model(_spec("constrain w, b >= -0.25\nconstrain w <= 0.5"))
    assert m.constraints == (Constraint("w", -0.25, 0.5), Constraint("b", -0.25, None))
    assert m.constraint("w").hi == 0.5 and m.constraint("x") is None
    from sgdc.ir.model import format_model

    text = format_model(m)
    assert "constrain w >= -0.25\nconstrain w <= 0.5\nconstrain b >= -0.25\n" in text


def _train(engine_cls, model, data, epochs=2, seed=3, params=None):
    uir = build_update_ir(model)
    eng = engine_cls(uir)
    p = copy_params(params) if params is not None else perturbed_params(model, data.dims, seed, np.float32, 0.3)
    rng = np.random.default_rng(seed)
    for e in range(epochs):
        eng.epoch(p, data, rng.permutation(data.n).astype(np.int64), e, e * data.n)
    return p


@pytest.mark.parametrize("layout", ["sparse", "dense"])
def test_a_box_holds_after_every_update_compiled_as_the_reference(layout):
    """A step large enough that unconstrained weights leave the box: both engines clamp the coordinates each
    update writes (the sparse rows' entries, the bias), and agree."""
    model = load_model(_spec("constrain w >= -0.05\nconstrain w <= 0.1\nconstrain b <= 0"), adaptive="off")
    data = make_data(model, 80, seed=5, layout=layout, dims=DIMS, density=0.4)
    p0 = perturbed_params(model, data.dims, 5, np.float32, 0.03)
    ref = _train(ReferenceEngine, model, data, params=p0)
    got = _train(CompiledEngine, model, data, params=p0)
    touched = np.flatnonzero(np.abs(make_data(model, 80, seed=5, layout="dense", dims=DIMS, density=0.4)["x"].X)
                             .sum(axis=0))
    for p in (ref, got):
        assert p["w"][touched].min() >= -0.05 and p["w"][touched].max() <= 0.1 and float(p["b"]) <= 0
    assert (ref["w"][touched] == -0.05).any() and (ref["w"][touched] == 0.1).any()  # the bounds were reached
    np.testing.assert_allclose(got["w"], ref["w"], rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(got["b"], ref["b"], rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("precision, layout", [("D16M16", "sparse"), ("D8M16", "sparse"), ("D16M16", "dense"),
                                               ("D32M16", "sparse")])
def test_fixed_point_boxes_clamp_codes_bit_for_bit_with_the_exact_interpreter(precision, layout):
    """Fixed point: the codes are clamped to the grid points inside the box (ceil(lo / delta), floor(hi / delta)),
    after rounding and saturation, in the folded rules over sparse entries (16 lanes gathered) as in the others;
    the exact interpreter runs the same rule: bit for bit."""
    prog = sgdc.compile(_spec("constrain w >= -0.05\nconstrain w <= 0.1"), precision=precision,
                        rounding="unbiased", adaptive="off", data_layout=layout)
    model = prog.model
    raw = make_data(model, 80, seed=6, layout="dense", dims=DIMS, density=0.4)
    data, _, _ = prog.bind(raw["x"].X, raw["y"], fit=True)  # the data quantised as a fit does
    from sgdc.ir.precision import quantised_params

    step = quantised_params(model)["w"]
    p0 = {k: np.asarray(v) for k, v in perturbed_params(model, data.dims, 6, np.float32, 0.03).items()}
    p0["w"] = (np.round(p0["w"] / step) * step).astype(np.float32)
    ref, got = (_train(cls, model, data, params=p0) for cls in (ReferenceEngine, CompiledEngine))
    np.testing.assert_array_equal(got["w"], ref["w"])
    lo, hi = np.ceil(-0.05 / step) * step, np.floor(0.1 / step) * step
    changed = ref["w"] != p0["w"]
    assert changed.any() and ref["w"][changed].min() >= lo and ref["w"][changed].max() <= hi
    assert (ref["w"] == lo).any() and (ref["w"] == hi).any()


def test_initial_values_and_every_epoch_are_projected_whole():
    """normal(0, 1) starts inside the box (projected), and after each epoch every coordinate is inside, touched or
    not, on several threads with merged copies too."""
    X = np.random.default_rng(0).normal(size=(3000, 20)).astype(np.float32)
    y = np.sign(X[:, 0] - X[:, 1] + 0.1)
    for layout in ("shared", "replicated"):
        p = sgdc.compile(_spec("constrain w, b >= 0"), threads=2, layout=layout)
        p.fit(X, y, epochs=0, seed=1)
        assert p.params["w"].min() >= 0 and (p.params["w"] == 0).sum() > 3  # the negative draws, at 0
        p.fit(X, y, epochs=3, seed=1)
        assert p.params["w"].min() >= 0 and float(p.params["b"]) >= 0
        assert p.params["w"][0] > 0.1 and p.params["w"][1] < 0.05  # the weight that wants to be negative: near 0


def test_a_bound_beyond_the_fixed_point_range_is_one_clear_error():
    with pytest.raises(UserError, match=r"constrain w >= 100: beyond the range of its M8 codes .* set model_range"):
        sgdc.compile(_spec("constrain w >= 100"), precision="D32M8").fit(
            np.ones((4, 3), np.float32), np.array([1.0, -1, 1, -1]), epochs=1)


def test_nonnegative_mf_keeps_every_factor_nonnegative_from_the_cli(tmp_path):
    ratings = tmp_path / "r.txt"
    rng = np.random.default_rng(2)
    rows = [f"{u} {i} {rng.integers(1, 6)}" for u, i in zip(rng.integers(0, 40, 600), rng.integers(0, 30, 600))]
    ratings.write_text("\n".join(rows) + "\n")
    from sgdc.cli import main

    out = tmp_path / "m.npz"
    assert main(["train", str(EXAMPLES / "nonnegative_mf.sgd"), "--data", str(ratings), "--out", str(out), "-q",
                 "--epochs", "3"]) == 0
    with np.load(out) as z:
        assert z["param.L"].min() >= 0 and z["param.R"].min() >= 0 and z["param.L"].max() > 0


BALL = """model ball
dim users, items
data u : index[users]
data i : index[items]
data r : real
param L : [users, 4] = normal(0, 2)
param R : [items, 4] = normal(0, 2)
param w : [4] = normal(0, 2)
loss (dot(L[u], R[i]) + dot(w, L[u]) - r)^2
predict dot(L[u], R[i]) + dot(w, L[u])
constrain norm(L), norm(w) <= 1
constrain norm(R) <= 0.5
schedule step 0.1
"""


def test_a_ball_projects_the_rows_an_example_writes_compiled_as_the_reference():
    model = load_model(BALL)
    data = make_data(model, 60, seed=8, dims=DIMS)
    p0 = perturbed_params(model, data.dims, 8, np.float32, 1.0)
    ref, got = (_train(cls, model, data, params=p0) for cls in (ReferenceEngine, CompiledEngine))
    for k in ("L", "R", "w"):
        np.testing.assert_allclose(got[k], ref[k], rtol=1e-4, atol=1e-5, err_msg=k)
    u, i = np.unique(np.asarray(data["u"])), np.unique(np.asarray(data["i"]))
    assert np.linalg.norm(ref["L"][u], axis=1).max() <= 1 + 1e-6
    assert np.linalg.norm(ref["R"][i], axis=1).max() <= 0.5 + 1e-6
    assert np.linalg.norm(ref["w"]) <= 1 + 1e-6
    assert np.isclose(np.linalg.norm(ref["R"][i], axis=1), 0.5, atol=1e-5).any()  # the ball was reached
    from sgdc import pipeline

    lowered = pipeline.lower(build_update_ir(model), {}, dump=False)
    from sgdc.ir.lowered import format_kernel

    text = format_kernel(lowered[0])
    assert "project L[u] onto norm <= 1" in text and "project R[i] onto norm <= 0.5" in text
    assert "project w onto norm <= 1" in text


def test_a_ball_starts_projected_and_is_refused_for_fixed_point_params():
    p = sgdc.compile(BALL)
    u = np.array([0, 1, 2, 0]), np.array([0, 1, 1, 2]), np.array([1.0, 2, 3, 4])
    p.fit({"u": u[0], "i": u[1], "r": u[2]}, epochs=0)
    assert np.linalg.norm(p.params["L"], axis=1).max() <= 1 + 1e-6 and np.linalg.norm(p.params["w"]) <= 1 + 1e-6
    with pytest.raises(UserError, match=r"constrain norm\(L\) <= 1 needs a float32 model \(M32\)"):
        sgdc.compile(BALL, precision="D32M16").fit({"u": u[0], "i": u[1], "r": u[2]}, epochs=1)
