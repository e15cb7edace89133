"""Several targets: a ``real[outputs]`` data field (one real per output) as the target, predict a value per output
(examples/multioutput.sgd), from the checker through the kernels, the data files and the scikit-learn regressor."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import sgdc
from sgdc.errors import SpecError, UserError
from sgdc.frontend.load import load_model

from strategies import assert_bit_for_bit, make_data
from test_differential import differential
from test_gradient import check_gradients

MULTI = Path(__file__).resolve().parents[1] / "examples" / "multioutput.sgd"


def linear_task(n: int, d: int = 6, k: int = 3, seed: int = 0, noise: float = 0.1):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    W = np.random.default_rng(42).normal(size=(d, k))
    return X, X @ W + noise * rng.normal(size=(n, k))


@pytest.mark.parametrize("layout", ["sparse", "dense"])
def test_compiled_equals_reference_and_the_gradient_is_the_finite_difference_one(layout):
    model = load_model(MULTI)
    data = make_data(model, 30, seed=9, layout=layout, dims={"d": 7, "outputs": 3})
    assert data["y"].shape == (30, 3)
    differential(model, data, seed=9, generic=(False, True))
    check_gradients(model, data, 9, 4)


@pytest.mark.parametrize("precision", ["D16M16", "D8M16"])
def test_fixed_point_is_bit_for_bit_with_the_exact_interpreter(precision):
    prog = sgdc.compile(MULTI, precision=precision, rounding="unbiased", adaptive="off", step="0.05")
    X, Y = linear_task(40, d=5)
    data, _, _ = prog.bind({"x": X, "y": Y}, fit=True)
    assert data["y"].dtype == np.float32 and data["y"].shape == (40, 3)  # (targets are not quantised)
    assert_bit_for_bit(prog, data, 9)


def test_trains_to_the_noise_and_matches_one_model_an_output():
    X, Y = linear_task(4000)
    Xt, Yt = linear_task(2000, seed=1)
    prog = sgdc.compile(MULTI, threads=1).fit({"x": X, "y": Y}, epochs=10, seed=0)
    rmse = prog.evaluate({"x": Xt, "y": Yt})["test_rmse"]
    pred = prog.predict({"x": Xt})
    assert pred.shape == (2000, 3) and rmse < 0.12  # noise 0.1
    for j in range(3):  # the same as one least-squares model an output (the outputs share nothing here)
        one = sgdc.compile("least_squares", threads=1).fit(X, Y[:, j], epochs=10, seed=0)
        assert np.sqrt(np.mean((pred[:, j] - Yt[:, j]) ** 2)) < one.evaluate(Xt, Yt[:, j])["test_rmse"] + 0.01


@pytest.mark.parametrize("text, message", [
    ("predict dot(b, W @ x)", "predict must give a value per output"),
    ("predict sum(W @ x + b)", "predict must give a value per output of the target 'y' (a vector over outputs), "
                              "got a scalar"),
])
def test_predict_must_give_a_value_per_output(text, message):
    src = MULTI.read_text().replace("predict W @ x + b", text)
    with pytest.raises(SpecError, match=message.replace("(", r"\(").replace(")", r"\)")) as e:
        load_model(src)
    assert e.value.loc is not None


def test_bad_targets_are_one_clear_message():
    prog = sgdc.compile(MULTI)
    X, Y = linear_task(20)
    with pytest.raises(UserError, match=r"field 'y': 2 outputs, but outputs = 3"):
        prog.fit({"x": X, "y": Y}, epochs=1)
        prog.fit({"x": X, "y": Y[:, :2]}, epochs=1, warm_start=True)
    const = MULTI.read_text().replace("dim d, outputs", "dim d\nconst outputs = 3")
    with pytest.raises(UserError, match=r"^field 'y': 2 outputs, but the spec gives 'y' 3$"):  # (was "but 3 = 3")
        sgdc.compile(const).fit({"x": X, "y": Y[:, :2]}, epochs=1)
    bad = Y.copy()
    bad[4, 2] = np.nan
    with pytest.raises(UserError, match=r"field 'y': value nan at row 4, output 2 is not a finite float32"):
        sgdc.compile(MULTI).fit({"x": X, "y": bad}, epochs=1)
    with pytest.raises(UserError, match=r"expected an \(examples, outputs\) array"):
        sgdc.compile(MULTI).fit({"x": X, "y": Y[:, :, None]}, epochs=1)


def test_the_cli_trains_from_npz_and_predicts_a_row_an_example(tmp_path):
    from sgdc import cli

    X, Y = linear_task(500)
    np.savez(tmp_path / "train.npz", x=X, y=Y)
    np.savez(tmp_path / "new.npz", x=X[:4])
    assert cli.main(["train", str(MULTI), "--data", str(tmp_path / "train.npz"), "--out", str(tmp_path / "m.sgdm"),
                     "-q"]) == 0
    assert cli.main(["predict", str(tmp_path / "m.sgdm"), "--data", str(tmp_path / "new.npz"), "--out",
                     str(tmp_path / "p.txt")]) == 0
    rows = np.loadtxt(tmp_path / "p.txt")
    assert rows.shape == (4, 3) and np.sqrt(np.mean((rows - Y[:4]) ** 2)) < 0.3
    svm = tmp_path / "d.svm"
    svm.write_text("1 1:0.5\n2 2:1.5\n")
    assert cli.main(["train", str(MULTI), "--data", str(svm)]) == 1


def test_the_regressor_takes_a_2d_y():
    from sgdc.sklearn import SpecRegressor

    X, Y = linear_task(2000)
    r = SpecRegressor(epochs=10).fit(X, Y)
    assert r.program_.model.name == "multioutput" and r.predict(X).shape == (2000, 3) and r.score(X, Y) > 0.99
    one = SpecRegressor(epochs=3).fit(X, Y[:, 0]).predict(X)
    column = SpecRegressor(epochs=3).fit(X, Y[:, :1]).predict(X)  # (one column: the same model, as a column)
    assert one.shape == (2000,) and column.shape == (2000, 1) and np.array_equal(one, column[:, 0])
    with pytest.raises(ValueError, match="several targets need a spec with data y : real"):
        SpecRegressor("least_squares").fit(X, Y)
    with pytest.raises(ValueError, match="the first fit had 3"):
        r2 = SpecRegressor().partial_fit(X, Y)
        r2.partial_fit(X, Y[:, :2])
