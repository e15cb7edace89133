"""Layers after the first: ``M @ v`` of a computed vector (examples/mlp.sgd, two hidden layers)."""
from __future__ import annotations

from pathlib import Path

import pytest

import sgdc
from sgdc.data.generators import xor_classification
from sgdc.frontend.load import load_model
from sgdc.passes.differentiate import build_update_ir

from strategies import assert_bit_for_bit, make_data
from test_differential import differential
from test_gradient import check_gradients

pytestmark = pytest.mark.guarded

MLP = Path(__file__).resolve().parents[1] / "examples" / "mlp.sgd"


def test_a_second_layer_is_a_rank_one_update_and_a_transposed_product():
    uir = build_update_ir(load_model(MLP, adaptive="off"))
    kinds = {u.param: u.kind for u in uir.train.updates}
    assert kinds["W2"] == "rank1" and kinds["W1"] == "outer"
    ops = [i.op for i in uir.train.instrs]
    assert ops.count("mv") == 1 and ops.count("tmv") == 1 and ops.count("matvec") == 1


@pytest.mark.parametrize("layout", ["sparse", "dense"])
def test_the_mlp_gradient_is_the_finite_difference_one_and_compiles_as_the_reference(layout):
    model = load_model(MLP, consts={"h": 5}, adaptive="off")
    data = make_data(model, 20, seed=6, layout=layout, dims={"d": 7}, density=0.6)
    check_gradients(model, data, 6, 5)
    differential(model, data, seed=6, generic=(False, True))


def test_the_mlp_learns_xor_where_logistic_regression_cannot():
    X, y = xor_classification(6000, 6, seed=0)
    Xt, yt = xor_classification(2000, 6, seed=1)
    acc = {}
    for name in ("logistic", "mlp"):
        p = sgdc.compile(name if name == "logistic" else str(MLP), epochs=15, threads=1)
        acc[name] = p.fit(X, y, seed=0).evaluate(Xt, yt)["test_accuracy"]
    assert acc["logistic"] < 0.6 and acc["mlp"] > 0.9, acc


def test_several_threads_train_the_mlp():
    X, y = xor_classification(8000, 6, seed=2)
    for layout in ("shared", "replicated"):
        p = sgdc.compile(str(MLP), epochs=10, threads=2, layout=layout)
        assert p.fit(X, y, seed=0).evaluate(X, y)["test_accuracy"] > 0.85


@pytest.mark.parametrize("precision", ["D16M16", "D8M16"])
def test_fixed_point_layers_are_bit_for_bit_with_the_exact_interpreter(precision):
    prog = sgdc.compile(str(MLP), consts={"h": 5}, precision=precision, rounding="unbiased", adaptive="off")
    raw = make_data(prog.model, 40, seed=1, layout="dense", dims={"d": 7}, density=0.6)
    data, _, _ = prog.bind(raw["x"].X, raw["y"], fit=True)
    assert_bit_for_bit(prog, data, 1)
    X, y = xor_classification(6000, 6, seed=0)
    low = sgdc.compile(str(MLP), precision=precision, epochs=15, threads=1).fit(X, y, seed=0)
    assert low.evaluate(*xor_classification(2000, 6, seed=1))["test_accuracy"] > 0.85
