"""The derived gradient equals central finite differences, for the examples and random specs.

For every example and for every example spec in ``examples/``, and for random
well-formed specs (:mod:`strategies`), ``Interpreter.gradient`` (float64
params) is compared coordinate by coordinate with central differences of the
example's loss (``Interpreter.losses``).  Every coordinate of every param is
checked, so a gradient that is missing or spurious (a touched coordinate that
should not be) fails as well as a wrong value.

Non-smooth ops (``abs``, ``max``, ``min``) have kinks where the derivative
jumps; a coordinate whose forward and backward differences disagree is
within ``EPS`` of a kink, and is skipped.

The regulariser tests check that ``regular l2(s) on p`` changes exactly the
coordinates an example touches, by exactly ``-step * s * p`` (``l1``:
``-step * s * sign(p)``), and that nothing else moves.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sgdc.data.dataset import Dataset
from sgdc.frontend.load import load_model
from sgdc.passes.differentiate import build_update_ir
from sgdc.runtime.interp import Interpreter, step_size

from strategies import FAMILIES, copy_params, make_data, perturbed_params, spec_cases, subgradient_l1

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXAMPLE_NAMES = sorted(p.stem for p in EXAMPLES.glob("*.sgd"))

EPS = 1e-6
RTOL = 1e-5
ATOL = 1e-6
KINK = 1e-4  # |forward - backward difference| beyond this (relative): a kink within EPS


def example_text(name: str) -> str:
    """The example as shipped, less its ``adaptive`` line: these tests are about plain gradient steps
    (AdaGrad's per-coordinate steps have their own, test_adaptive.py)."""
    return re.sub(r"(?m)^\s*adaptive\s.*$", "", (EXAMPLES / f"{name}.sgd").read_text())


def force_equal_indices(model, data: Dataset, e: int = 0) -> None:
    """Make example ``e`` index one param twice with the same index (two index fields over one extent)."""
    idx = [f for f in model.fields if f.kind == "index" and f.name != model.target]
    for a, b in zip(idx, idx[1:]):
        if a.extent == b.extent:
            data[b.name][e] = data[a.name][e]


def check_gradients(model, data: Dataset, seed: int, examples: int) -> None:
    """The first ``examples`` examples' gradients at perturbed params (``seed``) = central differences, with some
    coordinates checked."""
    interp = Interpreter(build_update_ir(model))
    params = perturbed_params(model, data.dims, seed=seed)
    assert sum(check_gradient(interp, params, data, e) for e in range(examples)) > 0


def check_gradient(interp: Interpreter, params: dict, data: Dataset, e: int) -> int:
    """Compare the gradient of example ``e`` with central differences; returns the coordinates checked."""
    one = data.take(np.array([e]))
    grad = interp.gradient(params, data, e)
    f0 = float(interp.losses(params, one)[0])
    assert np.isfinite(f0), f0
    checked = 0
    for name, p in params.items():
        g = grad[name]
        assert g.shape == p.shape, name
        for c in range(p.size):
            w = float(p.flat[c])
            p.flat[c] = w + EPS
            fp = float(interp.losses(params, one)[0])
            p.flat[c] = w - EPS
            fm = float(interp.losses(params, one)[0])
            p.flat[c] = w
            central = (fp - fm) / (2 * EPS)
            fwd, bwd = (fp - f0) / EPS, (f0 - fm) / EPS
            if abs(fwd - bwd) > KINK * (1 + abs(central)):
                continue  # within EPS of a kink of abs/max/min
            got = float(g.flat[c])
            tol = RTOL * max(abs(got), abs(central)) + ATOL * max(1.0, abs(f0))
            assert abs(got - central) <= tol, (
                f"example {e}: d loss / d {name}[{np.unravel_index(c, p.shape) if p.shape else ''}] "
                f"= {got!r}, finite differences {central!r} (loss {f0!r})"
            )
            checked += 1
    return checked


def check_all(text: str, n: int, seed: int, layout: str = "sparse", dims=None, equal_indices: bool = True) -> int:
    model = load_model(text)
    interp = Interpreter(build_update_ir(model))
    data = make_data(model, n, seed, layout, dims, fixed_samples=True)
    if equal_indices:
        force_equal_indices(model, data)
    params = perturbed_params(model, data.dims, seed)
    checked = 0
    for e in range(n):
        checked += check_gradient(interp, params, data, e)
    return checked


# ---------------------------------------------------------------------------
# The examples
# ---------------------------------------------------------------------------

EXAMPLE_DIMS = {"matrix_completion": {"users": 3, "items": 3}}


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_gradients_match_finite_differences(name):
    model = load_model(example_text(name))
    layouts = ("sparse", "dense") if model.vector_fields else ("sparse",)
    for layout in layouts:
        checked = check_all(example_text(name), n=4, seed=1, layout=layout, dims=EXAMPLE_DIMS.get(name))
        assert checked > 0


def test_psd_same_index_twice():
    """``(dot(X[i], X[j]) - a)^2`` with ``i = j``: d/dX[i] = 4 (|X[i]|^2 - a) X[i], both reads count."""
    model = load_model(example_text("psd_completion"))
    interp = Interpreter(build_update_ir(model))
    data = Dataset(3, {"i": np.array([2, 1, 0], np.int32), "j": np.array([2, 3, 0], np.int32),
                       "a": np.array([0.7, -0.2, 1.5], np.float32)}, {"n": 4})
    params = perturbed_params(model, {"n": 4}, seed=5)
    X = params["X"]
    for e in range(data.n):
        check_gradient(interp, params, data, e)
    g = interp.gradient(params, data, 0)["X"]
    r = float(X[2] @ X[2]) - float(np.float32(0.7))
    np.testing.assert_allclose(g[2], 4 * r * X[2], rtol=1e-12)
    assert not g[[0, 1, 3]].any()
    # i != j: each row gets the other row's contribution only
    g = interp.gradient(params, data, 1)["X"]
    r = float(X[1] @ X[3]) - float(np.float32(-0.2))
    np.testing.assert_allclose(g[1], 2 * r * X[3], rtol=1e-12)
    np.testing.assert_allclose(g[3], 2 * r * X[1], rtol=1e-12)
    assert not g[[0, 2]].any()


# ---------------------------------------------------------------------------
# Random specs
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_random_spec_gradients_match_finite_differences(family):
    """8 random specs of each of the 5 families: 40 in all (deterministic: derandomized)."""

    @settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(case=spec_cases(families=(family,)), seed=st.integers(0, 2**16),
           layout=st.sampled_from(("sparse", "dense")))
    def check(case, seed, layout):
        check_all(case[1], n=3, seed=seed, layout=layout)

    check()


@pytest.mark.parametrize("loss", [
    "abs(dot(X[i], X[j]) - a) + norm2(X[i] * X[j])",
    "max(dot(X[i] * X[j], X[j]), a) + sum(sigmoid(X[i]) * X[j])",
    "min(norm2(X[i] - X[j]), 1) + dot(X[i], X[j])^2 / (1 + a^2)",
    "logsumexp(X[i] * X[j]) - a * sum(X[j])",
])
def test_same_index_twice_random_losses(loss):
    """Elementwise expressions of ``X[i]`` and ``X[j]`` with ``i = j`` on every example."""
    text = re.sub(r"(?m)^loss .*$", f"loss {loss}", example_text("psd_completion"))
    model = load_model(text)
    interp = Interpreter(build_update_ir(model))
    data = make_data(model, 3, seed=2)
    data["j"][:] = data["i"]
    params = perturbed_params(model, data.dims, seed=3)
    for e in range(data.n):
        assert check_gradient(interp, params, data, e) > 0


# ---------------------------------------------------------------------------
# Regularisers: on the support, exactly
# ---------------------------------------------------------------------------


def support(name: str, data: Dataset, e: int, params: dict) -> dict:
    """Boolean masks of the coordinates example ``e`` of ``name`` touches (from the docs, not the IR)."""
    masks = {k: np.zeros(v.shape, dtype=bool) for k, v in params.items()}
    if "x" in data.fields:
        cols = np.asarray(data["x"].row(e)[0])  # the stored entries: every column of a dense row
    if name in ("least_squares", "logistic", "svm"):
        masks["w"][cols] = True
        masks["b"][...] = True
    elif name == "multioutput":
        masks["W"][:, cols] = True
        masks["b"][...] = True
    elif name == "fm":
        masks["w"][cols] = True
        masks["V"][:, cols] = True
        masks["w0"][...] = True
    elif name == "softmax":
        masks["W"][:, cols] = True
        masks["b"][...] = True  # (every class's bias: logsumexp reads them all)
    elif name in ("matrix_completion", "nonnegative_mf"):
        u, i = int(data["u"][e]), int(data["i"][e])
        masks["mu"][...] = True
        masks["bu"][u] = masks["L"][u] = True
        masks["bi"][i] = masks["R"][i] = True
    elif name == "psd_completion":
        masks["X"][int(data["i"][e])] = masks["X"][int(data["j"][e])] = True
    elif name == "bpr":  # (the negative j as the data set gives it: test_sampled.py draws it)
        u, i, j = int(data["u"][e]), int(data["i"][e]), int(data["j"][e])
        masks["P"][u] = masks["Q"][i] = masks["Q"][j] = masks["bi"][i] = masks["bi"][j] = True
    else:  # pragma: no cover
        raise AssertionError(name)
    return masks


def strengths(model, kind: str) -> dict:
    out: dict = {}
    for r in model.regulars:
        if r.kind == kind:
            for p in r.params:
                out[p] = out.get(p, 0.0) + r.strength
    return out


def one_step(text: str, params: dict, data: Dataset, e: int):
    uir = build_update_ir(load_model(text))
    p = copy_params(params)
    Interpreter(uir).epoch(p, data, np.array([e], dtype=np.int64), 0, 0)
    return p, step_size(uir, 0, 0)


REGULARISED = [n for n in EXAMPLE_NAMES if re.search(r"(?m)^regular", example_text(n))]


@pytest.mark.parametrize("kind", ["l2", "l1"])
@pytest.mark.parametrize("layout", ["sparse", "dense"])
@pytest.mark.parametrize("name", REGULARISED + ["psd_completion"])
def test_regulariser_on_the_support(name, layout, kind):
    with_reg = re.sub(r"(?m)^constrain.*$", "", example_text(name))  # (bounds: tests/test_constraints.py)
    if kind == "l1":  # the same params, an l1 regulariser instead
        with_reg = re.sub(r"(?m)^regular\s+l2\(([^)]*)\)", "regular l1(0.05)", with_reg)
    if name == "psd_completion":
        with_reg = with_reg.replace("\npredict", f"\nregular {kind}(0.3) on X\npredict")
    if kind == "l1":  # the subgradient's law (the default cumulative clip: tests/test_adaptive.py)
        with_reg = subgradient_l1(with_reg)
    without = re.sub(r"(?m)^regular.*$", "", with_reg)
    model = load_model(with_reg)
    if layout == "dense" and not model.vector_fields:
        pytest.skip("no vector field")
    lam = strengths(model, kind)
    assert lam
    data = make_data(model, 5, seed=4, layout=layout, density=0.3, dims=EXAMPLE_DIMS.get(name), fixed_samples=True)
    if name == "psd_completion":  # i != j here; i = j is test_regulariser_once_when_same_index_twice
        data["j"][:] = (data["i"] + 1) % data.dims["n"]
    params = perturbed_params(model, data.dims, seed=4)
    interp = Interpreter(build_update_ir(model))
    for e in range(data.n):
        pw, s = one_step(with_reg, params, data, e)
        po, s2 = one_step(without, params, data, e)
        assert s == s2 > 0
        masks = support(name, data, e, params)
        grad = interp.gradient(params, data, e)
        for k, p0 in params.items():
            m = masks[k]
            # sparsity: nothing outside the support moves, with or without the regulariser
            assert np.array_equal(pw[k][~m], p0[~m]), (k, e)
            assert np.array_equal(po[k][~m], p0[~m]), (k, e)
            assert not grad[k][~m].any(), (k, e)
            # on the support: exactly the regulariser's extra step
            reg = lam.get(k, 0.0) * (p0[m] if kind == "l2" else np.sign(p0[m]))
            np.testing.assert_allclose(pw[k][m] - po[k][m], -s * reg, rtol=1e-7, atol=1e-15, err_msg=f"{k} e={e}")
            # and the step without it is the plain gradient step
            np.testing.assert_allclose(po[k][m], p0[m] - s * grad[k][m], rtol=1e-12, atol=1e-15, err_msg=k)


def test_gradient_with_regulariser_flag():
    """``gradient(..., regularise=True)`` adds ``l2 * w`` on the support only."""
    text = example_text("matrix_completion")
    model = load_model(text)
    interp = Interpreter(build_update_ir(model))
    data = make_data(model, 3, seed=6, dims=EXAMPLE_DIMS["matrix_completion"])
    params = perturbed_params(model, data.dims, seed=6)
    lam = strengths(model, "l2")
    for e in range(data.n):
        plain = interp.gradient(params, data, e)
        reg = interp.gradient(params, data, e, regularise=True)
        masks = support("matrix_completion", data, e, params)
        for k, p0 in params.items():
            np.testing.assert_allclose(reg[k], plain[k] + lam.get(k, 0.0) * p0 * masks[k], rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("kind", ["l2", "l1"])
def test_regulariser_once_when_same_index_twice(kind):
    """``regular l2(s) on X`` with ``i = j``: the row is touched once, so it gets ``-step * s * X[i]`` once."""
    base = example_text("psd_completion")
    with_reg = base.replace("\npredict", f"\nregular {kind}(0.3) on X\npredict")
    if kind == "l1":
        with_reg = subgradient_l1(with_reg)
    data = Dataset(1, {"i": np.array([2], np.int32), "j": np.array([2], np.int32),
                       "a": np.array([0.7], np.float32)}, {"n": 4})
    params = perturbed_params(load_model(base), {"n": 4}, seed=5)
    pw, s = one_step(with_reg, params, data, 0)
    po, _ = one_step(base, params, data, 0)
    x0 = params["X"][2]
    reg = 0.3 * (x0 if kind == "l2" else np.sign(x0))
    np.testing.assert_allclose(pw["X"][2] - po["X"][2], -s * reg, rtol=1e-7, atol=1e-15)
