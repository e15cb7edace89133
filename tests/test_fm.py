"""Powers in matrix-vector products, ``M^p @ x^q`` over a data vector's stored entries: the factorization
machine in its textbook form (examples/fm.sgd)."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

import sgdc
from sgdc.errors import SpecError
from sgdc.frontend.load import load_model
from sgdc.passes.differentiate import build_update_ir
from sgdc.runtime.interp import Interpreter

from strategies import assert_bit_for_bit, make_data, perturbed_params
from test_differential import differential
from test_gradient import check_gradients

pytestmark = pytest.mark.guarded

FM = Path(__file__).resolve().parents[1] / "examples" / "fm.sgd"


def test_the_pairwise_term_is_the_sum_over_pairs_of_features():
    """0.5 * sum((V @ x)^2 - V^2 @ x^2) = sum_{j<l} <V[:, j], V[:, l]> x_j x_l, here through predict."""
    model = load_model(FM, consts={"k": 3})
    data = make_data(model, 12, seed=2, dims={"d": 6}, density=0.6)
    params = perturbed_params(model, data.dims, seed=2)
    got = Interpreter(build_update_ir(model)).predict(params, data)
    V, w, w0 = np.asarray(params["V"], np.float64), np.asarray(params["w"], np.float64), float(params["w0"])
    for e in range(data.n):
        j, x = data["x"].row(e)
        x = x.astype(np.float64)
        pairs = sum(V[:, j[a]] @ V[:, j[b]] * x[a] * x[b] for a in range(len(j)) for b in range(a + 1, len(j)))
        s = w0 + w[j] @ x + pairs
        assert got[e] == pytest.approx(1 / (1 + np.exp(-s)), rel=1e-12)


@pytest.mark.parametrize("layout", ["sparse", "dense"])
def test_the_fm_gradient_is_the_finite_difference_one_and_compiles_as_the_reference(layout):
    model = load_model(FM, consts={"k": 3}, adaptive="off")
    data = make_data(model, 20, seed=3, layout=layout, dims={"d": 8}, density=0.5)
    check_gradients(model, data, 3, 5)
    differential(model, data, seed=3, generic=(False, True))


@pytest.mark.parametrize("precision", ["D16M16", "D8M16"])
def test_fixed_point_powers_are_bit_for_bit_with_the_exact_interpreter(precision):
    prog = sgdc.compile(str(FM), consts={"k": 3}, precision=precision, rounding="unbiased", adaptive="off")
    raw = make_data(prog.model, 40, seed=4, layout="dense", dims={"d": 8}, density=0.5)
    data, _, _ = prog.bind(raw["x"].X, raw["y"], fit=True)
    assert_bit_for_bit(prog, data, 4)


@pytest.mark.parametrize("text, message", [
    ("0.5 * sum((V @ x)^2 - V^0.5 @ x^2)", "M^p @ x needs p >= 1"),
    ("0.5 * sum((V @ x)^2 - V^2 @ x^0)", "x^q @ needs q > 0"),
    ("0.5 * sum((V @ x)^2 - V^2 @ (2 * relu(V @ x)))", "vector over 8"),
])
def test_power_errors_have_positions(text, message):
    src = FM.read_text().replace("0.5 * sum((V @ x)^2 - V^2 @ x^2)", text)
    with pytest.raises(SpecError, match=re.escape(message)) as e:
        load_model(src)
    assert e.value.loc is not None


ISSUE_SPELLING = "0.5 * (norm2(V @ x) - dot(sum(V^2, 0), x^2))"  # the column sums of V^2, dotted with x^2


def _issue_fm() -> str:
    text = FM.read_text()
    assert "0.5 * sum((V @ x)^2 - V^2 @ x^2)" in text
    return text.replace("0.5 * sum((V @ x)^2 - V^2 @ x^2)", ISSUE_SPELLING)


@pytest.mark.parametrize("layout", ["sparse", "dense"])
def test_the_fm_with_column_sums_is_the_same_function_with_the_same_gradient(layout):
    """``dot(sum(V^2, 0), x^2)`` is ``sum(V^2 @ x^2)``: the same predictions as the example's spelling, gradients
    equal to finite differences, compiled = reference."""
    ours, theirs = load_model(FM, consts={"k": 3}, adaptive="off"), load_model(_issue_fm(), consts={"k": 3},
                                                                                 adaptive="off")
    data = make_data(ours, 20, seed=7, layout=layout, dims={"d": 8}, density=0.5)
    params = perturbed_params(ours, data.dims, seed=7)
    a = Interpreter(build_update_ir(ours)).predict(params, data)
    b = Interpreter(build_update_ir(theirs)).predict(params, data)
    np.testing.assert_allclose(a, b, rtol=1e-12)
    check_gradients(theirs, data, 7, 5)
    differential(theirs, data, seed=7, generic=(False, True))


@pytest.mark.parametrize("text, message", [
    ("0.5 * (norm2(V @ x) - dot(sum(V^2, 1), x^2))", "dot(sum(M, 1), v) is not supported"),
    ("0.5 * (norm2(V @ x) - sum(sum(V^2, 0)))", "sum(M, 0) of a matrix param is supported as dot(sum(M, 0), x)"),
    ("0.5 * (norm2(V @ x) - dot(sum(V^2, 0), relu(V @ x)))", "needs v to be a data vector"),
    ("0.5 * (norm2(V @ x) - dot(sum(V^0.5, 0), x^2))", "M^p needs p >= 1"),
])
def test_column_sum_errors_have_positions(text, message):
    src = _issue_fm().replace(ISSUE_SPELLING, text)
    with pytest.raises(SpecError, match=re.escape(message)) as e:
        load_model(src)
    assert e.value.loc is not None


def test_a_matrix_sum_without_an_axis_says_to_give_one():
    src = _issue_fm().replace(ISSUE_SPELLING, "0.5 * (norm2(V @ x) - dot(sum(V^2), x^2))")
    with pytest.raises(SpecError, match=re.escape("sum of a matrix param needs an axis: sum(M, 0) sums over its "
                                                  "rows")) as e:
        load_model(src)
    assert e.value.loc is not None


def test_column_sums_dotted_with_x_to_the_zero_are_refused():
    """``x^0`` would be 1 on the stored entries and 0 elsewhere: refused as in ``V^2 @ x^0``."""
    src = _issue_fm().replace(ISSUE_SPELLING, "0.5 * (norm2(V @ x) - dot(sum(V^2, 0), x^0))")
    with pytest.raises(SpecError, match=re.escape("x^q @ needs q > 0")):
        load_model(src)
