"""Shifted indices (``level[day + 1]``) and extents written ``[T + 1]``: derived index fields the checker proves in
range (const extents), computed from their source when data is bound (examples/trend.sgd)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import sgdc
from sgdc.errors import SpecError, UserError
from sgdc.frontend.load import load_model

from strategies import make_data
from test_differential import differential
from test_gradient import check_gradients

TREND = Path(__file__).resolve().parents[1] / "examples" / "trend.sgd"


def trend_data(n: int, seed: int = 0, T: int = 50, d: int = 20, noise: float = 0.5) -> dict:
    """``y = x·w + 2 sin(day / 8) + noise``: a level that moves smoothly from one period to the next."""
    rng = np.random.default_rng(seed)
    x = (rng.random((n, d)) < 0.3) * rng.normal(size=(n, d))
    day = rng.integers(0, T, n)
    y = x @ np.random.default_rng(99).normal(size=d) + 2 * np.sin(np.arange(T) / 8.0)[day] + noise * rng.normal(size=n)
    return {"x": x, "day": day, "y": y}


@pytest.mark.parametrize("layout", ["sparse", "dense"])
def test_compiled_equals_reference_and_the_gradient_is_the_finite_difference_one(layout):
    model = load_model(TREND, consts={"T": 6})
    data = make_data(model, 30, seed=8, layout=layout, dims={"d": 9})
    differential(model, data, seed=8, generic=(False, True))
    check_gradients(model, data, 8, 5)


def test_extent_arithmetic_and_the_derived_index_fields():
    prog = sgdc.compile(TREND, consts={"T": 4})
    assert prog.model.param("level").shape == (5,)
    assert [(f.name, f.extent, f.source) for f in prog.model.derived_fields] == [("(day + 0)", 5, "day"),
                                                                                 ("(day + 1)", 5, "day")]
    data = {"x": np.eye(4), "day": np.array([0, 3, 2, 1]), "y": np.zeros(4)}
    ds, _, _ = prog.bind(data, fit=True)
    np.testing.assert_array_equal(ds["(day + 1)"], [1, 4, 3, 2])
    np.testing.assert_array_equal(ds["(day + 0)"], [0, 3, 2, 1])
    with pytest.raises(UserError, match="day"):  # a position outside [0, T) is refused before any shift
        prog.fit({**data, "day": np.array([0, 4, 2, 1])}, epochs=1)


def test_tying_neighbouring_levels_helps_where_periods_have_few_examples():
    """300 training rows over 50 periods (6 a period): the penalty on level[day + 1] - level[day] lowers the
    held-out RMSE against the same model without it (noise 0.5: RMSE 0.5 is the floor)."""
    train, test = trend_data(300, seed=1), trend_data(3000, seed=2)
    rmse = {}
    for smooth in (0, 1):
        prog = sgdc.compile(TREND, consts={"smooth": smooth}, threads=1).fit(train, epochs=30, seed=0)
        rmse[smooth] = prog.evaluate(test)["test_rmse"]
    assert rmse[1] < rmse[0] - 0.01 and rmse[1] < 0.6, rmse


@pytest.mark.parametrize("text, message", [
    ("param level : [T + 1.5] = 0", "an extent's offset must be an integer"),
    ("param level : [T - 50] = 0", "extent T - 50 = 0 is not in [1,"),
])
def test_extent_errors(text, message):
    src = TREND.read_text().replace("param level : [T + 1] = 0", text)
    assert text in src
    with pytest.raises(SpecError, match=__import__("re").escape(message)) as e:
        load_model(src)
    assert e.value.loc is not None


def test_a_shift_by_a_non_integer_is_an_error():
    src = TREND.read_text().replace("level[day + 1]", "level[day + 0.5]")
    with pytest.raises(SpecError, match="an index may be shifted by an integer, got 0.5"):
        load_model(src)


@pytest.mark.parametrize("index", ["1 + day", "day + 1 - 1 + 1", "day + T - T + 1", "-1 + day + 2"])
def test_a_shift_written_another_way_is_the_same_field(index):
    """Sums and differences of the index field and constants, in any order (``1 + day`` was refused as "an
    index of 'level' must be an index data field")."""
    base = load_model(TREND.read_text())
    other = load_model(TREND.read_text().replace("level[day + 1]", f"level[{index}]"))
    assert [f.name for f in other.derived_fields] == [f.name for f in base.derived_fields] == ["(day + 0)", "(day + 1)"]


@pytest.mark.parametrize("index, message", [
    ("T - day", "an index field can be shifted, not negated: write day + c"),
    ("day + day", "an index is one index field shifted by a constant, got 'day' and 'day'"),
    ("2 + 1", "an index must be an index data field (data NAME : index[...]), shifted by a constant at most"),
])
def test_an_index_that_is_not_a_shift_is_an_error_at_its_place(index, message):
    src = TREND.read_text().replace("level[day + 1]", f"level[{index}]")
    with pytest.raises(SpecError) as e:
        load_model(src)
    assert e.value.message == message and e.value.loc.line == 14


def test_a_shifted_target_trains_on_generated_data_and_scoring_needs_no_target(tmp_path):
    """The target shifted (``b[y + 1]``): derived when the fit binds the target; scoring binds no target and
    derives nothing from it (this crashed with a KeyError)."""
    from sgdc import cli

    text = ("model mst\ndim d\nconst K = 4\ndata x : [d]\ndata y : index[K]\nparam W : [K, d] = 0\n"
            "param b : [K + 1] = 1\nloss logsumexp(W @ x) - dot(W[y], x) + 0.01 * b[y + 1]^2\npredict W @ x\n")
    prog = sgdc.compile(text)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 5))
    y = rng.integers(0, 4, 200)
    prog.fit(X, y, epochs=2)
    b = prog.params["b"]
    assert prog.predict(X).shape == (200,) and b[0] == 1 and (b[1:] < 1).all()  # (y + 1 is in [1, K])
    path = tmp_path / "mst.sgd"
    path.write_text(text)
    assert cli.main(["train", str(path), "--epochs", "2", "-q"]) == 0  # (generated data)


@pytest.mark.parametrize("layout", ["sparse", "dense"])
def test_an_index_field_in_arithmetic_is_its_position(layout):
    """``a * day``: the position as a number (the kernels read int32 positions: they once read their bits as a
    float32), compiled = reference, and a trend in the position is learned."""
    text = ("model slope\ndim d\nconst T = 8\ndata x : [d]\ndata day : index[T]\ndata y : real\n"
            "param w : [d] = 0\nparam a : real = 0\nloss 0.5 * (dot(w, x) + a * day - y)^2\n"
            "predict dot(w, x) + a * day\nschedule\n  step 0.01\n")
    model = load_model(text)
    differential(model, make_data(model, 30, seed=3, layout=layout, dims={"d": 5}), seed=3, generic=(False, True))
    rng = np.random.default_rng(0)
    day = rng.integers(0, 8, 3000)
    data = {"x": np.zeros((3000, 5)), "day": day, "y": 0.25 * day}
    prog = sgdc.compile(text, threads=1).fit(data, epochs=5, seed=0)
    assert abs(float(prog.params["a"]) - 0.25) < 0.01
