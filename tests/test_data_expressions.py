"""Elementwise functions of a data vector (``dot(w, x^2)``, ``V @ tanh(x)``, ``dot(w, exp(-x))``): computed from
the vector when data is bound, kept sparse where the function is 0 at 0, and read by the kernels as one more
vector field (the data is a constant of the gradient)."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

import sgdc
from sgdc.errors import SpecError, UserError
from sgdc.frontend.load import load_model

from strategies import assert_bit_for_bit, make_data
from test_differential import differential
from test_gradient import check_gradients

HEAD = "dim d\nconst k = 3\ndata x : [d]\n"
CASES = {  # name: (the rest of the spec, the data layout its function needs)
    "squares": ("data y : label\nparam w : [d] = 0\nparam v : [d] = 0\n"
                "loss log1p(exp(-y * (dot(w, x) + dot(v, x^2))))\npredict dot(w, x) + dot(v, x^2)\n", "sparse"),
    "tanh_layer": ("data y : real\nparam W : [k, d] = normal(0, 0.1)\nparam a : [k] = 0\n"
                   "loss 0.5 * (dot(a, relu(W @ tanh(x))) - y)^2\npredict dot(a, relu(W @ tanh(x)))\n", "sparse"),
    "exp_dense": ("data y : real\nparam w : [d] = 0\nloss 0.5 * (dot(w, exp(-x)) - y)^2\n"
                  "predict dot(w, exp(-x))\n", "dense"),
    "let_abs": ("data y : label\nparam w : [d] = 0\nlet z = 2 * abs(x) - x\nloss log1p(exp(-y * dot(w, z)))\n"
                "predict dot(w, z)\n", "sparse"),
}


def _spec(name: str) -> str:
    return f"model {name}\n{HEAD}{CASES[name][0]}schedule\n  step 0.05\n"


@pytest.mark.parametrize("name", CASES)
def test_compiled_equals_reference_and_the_gradient_is_the_finite_difference_one(name):
    model = load_model(_spec(name))
    layout = CASES[name][1]
    data = make_data(model, 30, seed=5, layout=layout, dims={"d": 7})
    differential(model, data, seed=5, generic=(False, True))
    check_gradients(model, data, 5, 4)


def test_the_derived_field_is_the_function_of_the_stored_entries_and_stays_sparse():
    prog = sgdc.compile(_spec("squares"))
    X = sp.csr_matrix(np.array([[0.0, 2.0, 0.0, -3.0], [1.5, 0.0, 0.0, 0.0]], dtype=np.float32))
    ds, _, _ = prog.bind(X, np.array([1.0, -1.0]), fit=True)
    sq = ds["(x ^ 2)"]
    assert sq.layout == "sparse" and sq.indptr is ds["x"].indptr and sq.indices is ds["x"].indices
    np.testing.assert_array_equal(sq.data, [4.0, 9.0, 2.25])
    assert "data (x ^ 2) : [d]  # computed from x" in sgdc.ir.model.format_model(prog.model)
    # the data a user gives is x alone; x^2 is no field of theirs
    with pytest.raises(UserError, match="unknown data field '\\(x \\^ 2\\)'"):
        prog.fit({"x": X, "y": np.array([1.0, -1.0]), "(x ^ 2)": X})


def test_a_function_not_zero_at_zero_of_sparse_data_is_one_clear_message():
    prog = sgdc.compile(_spec("exp_dense"))
    X = sp.csr_matrix(np.array([[0.0, 2.0], [1.0, 0.0]]))
    with pytest.raises(UserError, match=r"'exp\(-\(x\)\)' is 1 where x is 0, so it is dense, but 'x' is stored "
                                        r"sparse: give 'x' dense \(data_layout dense\)"):
        prog.fit(X, np.array([1.0, 2.0]), epochs=1)
    dense = sgdc.compile(_spec("exp_dense"), data_layout="dense").fit(X, np.array([1.0, 2.0]), epochs=1)
    assert dense.epochs_done == 1
    with pytest.raises(UserError) as e:  # the rewrite to 0 at 0 is offered where the value at 0 is finite
        sgdc.compile(_spec("exp_dense")).fit(X, np.array([1.0, 2.0]), epochs=1)
    assert str(e.value).endswith("(data_layout dense), or write an expression that is 0 at 0 (e.g. exp(-(x)) - 1)")
    for f in ("log(abs(x))", "x / x"):  # -inf and nan at 0: no rewrite to offer ("log(abs(x)) - -inf")
        with pytest.raises(UserError) as e:
            sgdc.compile(_spec("exp_dense").replace("exp(-x)", f)).fit(X, np.array([1.0, 2.0]), epochs=1)
        assert str(e.value).endswith("stored sparse: give 'x' dense (data_layout dense)"), str(e.value)


def test_a_value_the_function_makes_infinite_is_one_clear_message():
    text = _spec("squares").replace("x^2", "exp(x) - 1")
    X = np.array([[0.0, 200.0], [1.0, 0.0]])
    with pytest.raises(UserError, match=r"'\(exp\(x\) - 1\)' is 7.22597e\+86 at row 0, column 1 \(x = 200\): "
                                        r"not a finite float32"):
        sgdc.compile(text, data_layout="dense").fit(X, np.array([1.0, -1.0]), epochs=1)


@pytest.mark.parametrize("precision", ["D16M16", "D8M16"])
def test_fixed_point_data_expressions_are_bit_for_bit_with_the_exact_interpreter(precision):
    prog = sgdc.compile(_spec("squares"), precision=precision, rounding="unbiased")
    raw = make_data(prog.model, 40, seed=6, layout="dense", dims={"d": 6}, density=0.5)
    data, enc, _ = prog.bind(raw["x"].X, raw["y"], fit=True)
    assert data["(x ^ 2)"].X.dtype.kind == "i" and "(x ^ 2)" in enc.scales  # quantised with its own scale
    assert_bit_for_bit(prog, data, 6)


def test_trains_predicts_and_reloads_from_a_model_file(tmp_path):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(3000, 5)) * (rng.random((3000, 5)) < 0.6)
    y = np.where(X[:, 0] ** 2 + X[:, 1] ** 2 > 1.0, 1.0, -1.0)  # a circle: linear in x^2, not in x
    text = ("model circle\ndim d\ndata x : [d]\ndata y : label\nparam w : [d] = 0\nparam v : [d] = 0\n"
            "param b : real = 0\nlet s = dot(w, x) + dot(v, x^2) + b\nloss log1p(exp(-y * s))\npredict s\n"
            "schedule\n  step 0.1\n  adaptive adagrad\n")
    prog = sgdc.compile(text).fit(sp.csr_matrix(X), y, epochs=10, seed=0)
    acc = prog.evaluate(sp.csr_matrix(X), y)["test_accuracy"]
    linear = sgdc.compile("logistic").fit(sp.csr_matrix(X), y, epochs=10, seed=0)
    assert acc > 0.95 > linear.evaluate(sp.csr_matrix(X), y)["test_accuracy"] + 0.2
    from sgdc.runtime import modelfile

    path = tmp_path / "m.sgdm"
    modelfile.save(path, prog)
    again = modelfile.load(path)
    np.testing.assert_array_equal(again.predict(sp.csr_matrix(X)), prog.predict(sp.csr_matrix(X)))


@pytest.mark.parametrize("text, message", [
    ("loss log1p(exp(-y * dot(w, x * x2)))", "data vector 'x' can only be used as"),
    ("loss log1p(exp(-y * dot(w, x + b)))", "data vector 'x' can only be used as"),
    ("loss log1p(exp(-y * sum(x^2) * b))", "data vector 'x' can only be used as"),
])
def test_what_is_not_an_elementwise_function_of_one_data_vector_keeps_its_message(text, message):
    spec = ("model m\ndim d\ndata x : [d]\ndata x2 : [d]\ndata y : label\nparam w : [d] = 0\nparam b : real = 0\n"
            f"{text}\npredict dot(w, x) + dot(w, x2) + b\n")
    with pytest.raises(SpecError, match=message):
        load_model(spec)
