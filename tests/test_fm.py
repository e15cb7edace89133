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
from test_gradient import check_gradient

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
    interp = Interpreter(build_update_ir(model))
    params = perturbed_params(model, data.dims, seed=3)
    assert sum(check_gradient(interp, params, data, e) for e in range(5)) > 0
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
