"""``let NAME = EXPR``: a named subexpression, typed where it is used and computed once."""
from __future__ import annotations

import numpy as np
import pytest

from sgdc.frontend import ast as A
from sgdc.frontend.load import load_model
from sgdc.frontend.parser import parse
from sgdc.passes.differentiate import build_update_ir

from strategies import make_data
from test_differential import differential
from test_gradient import check_gradients

pytestmark = pytest.mark.guarded

MLP = """model mlp
dim d
const h = 6
data x : [d]
data y : label
param W : [h, d] = normal(0, 0.5)
param b : [h] = 0.1
param v : [h] = normal(0, 0.5)
param c : real = 0
{lets}
loss softplus(-y * {score}) + 0.01 * norm2(tanh({hidden}))
predict {score}
schedule step 0.05
"""
LETS = "let hidden = relu(W @ x + b)\nlet score = dot(v, hidden) + c"
INLINE = dict(lets="", hidden="relu(W @ x + b)", score="(dot(v, relu(W @ x + b)) + c)")
WITH_LET = dict(lets=LETS, hidden="hidden", score="score")


def test_a_let_is_the_expression_it_names_computed_once():
    inline, named = (build_update_ir(load_model(MLP.format(**kw))) for kw in (INLINE, WITH_LET))
    assert named.train.instrs == inline.train.instrs and named.predict.instrs == inline.predict.instrs
    assert sum(1 for i in named.train.instrs if i.op == "matvec") == 1  # W @ x once, though written twice


@pytest.mark.parametrize("layout", ["sparse", "dense"])
def test_a_one_hidden_layer_mlp_with_lets_has_the_finite_difference_gradient_and_compiles_as_the_reference(layout):
    model = load_model(MLP.format(**WITH_LET))
    data = make_data(model, 24, seed=4, layout=layout, dims={"d": 9}, density=0.5)
    check_gradients(model, data, 4, 6)
    differential(model, data, seed=4)


def test_let_and_constrain_survive_the_canonical_text():
    text = MLP.format(**WITH_LET) + "constrain v >= -1\nconstrain norm(W) <= 3\n"
    spec = parse(text)
    canon = A.format_spec(spec)
    assert "let hidden = relu(" in canon and "let score = " in canon
    assert "constrain v >= -1" in canon and "constrain norm(W) <= 3" in canon
    assert A.format_spec(parse(canon)) == canon
    model = load_model(text)
    assert model.constraint("W").norm == 3 and model.constraint("v").lo == -1
    np.testing.assert_equal(load_model(canon).constraints, model.constraints)
