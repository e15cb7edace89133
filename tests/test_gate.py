"""The gate before native code (sgdc.runtime.gate), dims bound once, Program.params, and guarded mode itself.

Every buffer that reaches a kernel is checked in one place against the dims it is bound to; these tests hand
the engine what bind would never make (the engines' own interface, as a caller that bypasses bind would) and
check each one ends in a UserError naming the field or param, the dim and the value -- with the native buffers
guarded, so that a check that let something through would crash here instead of passing.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

import sgdc
from sgdc.runtime import gate
from sgdc.cli import main
from sgdc.data.dataset import Dataset, Dense, Sparse
from sgdc.errors import UserError

pytestmark = pytest.mark.guarded  # every native buffer ends at a guard page (conftest)

ROOT = Path(__file__).resolve().parents[1]
D = 50

SHARED_DIM = """
model shared
dim d
data x : [d]
data j : index[d]
data y : label
param w : [d] = 0
param v : [d] = 0
loss log1p(exp(-y * (dot(w, x) + v[j])))
predict sigmoid(dot(w, x) + v[j])
"""

CLASS_DIM = """
model cls
dim d, k
data x : [d]
data p : index[k]
data y : index[k]
param W : [k, d] = 0
param B : [k, k] = 0
loss logsumexp(W @ x + B[p]) - dot(W[y], x)
predict W @ x + B[p]
"""


@pytest.fixture(scope="module")
def logistic():
    prog = sgdc.compile("logistic")
    X = np.eye(4, D, dtype=np.float32)
    prog.fit(X, np.array([1, -1, 1, -1]), epochs=1)
    return prog


def _sparse(indices, d=D, indptr=None, values=None, n=4):
    indices = np.asarray(indices, dtype=np.int32)
    indptr = np.asarray(indptr if indptr is not None else np.linspace(0, len(indices), n + 1).astype(np.int64))
    values = np.ones(len(indices), np.float32) if values is None else values
    return Dataset(n, {"x": Sparse(indptr, indices, values, d), "y": np.array([1, -1, 1, -1], np.float32)}, {"d": d})


def _dense(X, n=4, d=D):
    return Dataset(n, {"x": Dense(X), "y": np.array([1, -1, 1, -1], np.float32)}, {"d": d})


BAD_DATA = [
    ("column index = dim", lambda: _sparse([0, 1, D, 2]), r"field 'x' \(column indices\): value 50 at position 2 is outside \[0, 50\) of dim 'd'"),
    ("negative column index", lambda: _sparse([0, -1, 3, 2]), r"value -1 at position 1 is outside \[0, 50\)"),
    ("indptr past nnz", lambda: _sparse([0, 1, 2, 3], indptr=[0, 1, 2, 3, 9]), r"indptr runs from 0 to 9, not from 0 to the 4"),
    ("indptr not from 0", lambda: _sparse([0, 1, 2, 3], indptr=[1, 1, 2, 3, 4]), r"indptr runs from 1"),
    ("indptr decreasing", lambda: _sparse([0, 1, 2, 3], indptr=[0, 3, 1, 2, 4]), r"indptr decreases at row 1"),
    ("indptr too short", lambda: _sparse([0, 1, 2, 3], indptr=[0, 2, 4]), r"indptr has 3 entries for 4 examples"),
    ("values shorter", lambda: _sparse([0, 1, 2, 3], values=np.ones(3, np.float32)), r"4 column indices but 3 values"),
    ("int64 indices", lambda: Dataset(4, {"x": Sparse(np.arange(5, dtype=np.int64), np.arange(4, dtype=np.int64),
                                                      np.ones(4, np.float32), D),
                                          "y": np.ones(4, np.float32)}, {"d": D}), r"dtype int64, the kernel reads int32"),
    ("dense too narrow", lambda: _dense(np.zeros((4, D - 1), np.float32)), r"dense rows of shape \(4, 49\), the kernel reads \(4, 50\)"),
    ("dense float64", lambda: _dense(np.zeros((4, D))), r"dtype float64, the kernel reads float32"),
    ("dense not contiguous", lambda: _dense(np.zeros((4, 2 * D), np.float32)[:, ::2]), r"not C-contiguous"),
    ("labels short", lambda: Dataset(4, {"x": Dense(np.zeros((4, D), np.float32)), "y": np.ones(3, np.float32)},
                                     {"d": D}), r"field 'y': 3 values for 4 examples"),
    ("dim zero", lambda: _sparse([0, 1, 2, 3], d=0), r"dim 'd' = 0 is not an integer in \[1, 2147483647\]"),
]


@pytest.mark.parametrize("what,make,message", BAD_DATA, ids=[c[0] for c in BAD_DATA])
@pytest.mark.parametrize("call", ["epoch", "predict", "losses"])
def test_gate_refuses_bad_data(logistic, what, make, message, call):
    ds = make()
    eng = logistic.engine
    with pytest.raises(UserError, match=message):
        if call == "epoch":
            eng.epoch(logistic.state, ds, np.arange(4, dtype=np.int32), 0, 0)
        else:
            getattr(eng, call)(logistic.state, ds)


def test_gate_refuses_index_fields_out_of_range():
    prog = sgdc.compile("matrix_completion")
    prog.fit({"u": [0, 1, 2], "i": [0, 1, 1], "r": [1.0, 2.0, 3.0]}, epochs=1)
    ds = Dataset(2, {"u": np.array([0, 3], np.int32), "i": np.array([0, 1], np.int32),
                     "r": np.ones(2, np.float32)}, dict(prog.encoders.dims))
    with pytest.raises(UserError, match=r"field 'u': value 3 at position 1 is outside \[0, 3\) of dim 'users'"):
        prog.engine.predict(prog.state, ds)
    ds = Dataset(2, {"u": np.array([0, 1], np.int32), "i": np.array([-5, 1], np.int32),
                     "r": np.ones(2, np.float32)}, dict(prog.encoders.dims))
    with pytest.raises(UserError, match=r"field 'i': value -5 at position 0"):
        prog.engine.epoch(prog.state, ds, np.arange(2, dtype=np.int32), 0, 0)


def test_gate_refuses_class_targets_out_of_range():
    prog = sgdc.compile("softmax")
    X = np.eye(6, 5, dtype=np.float32)
    prog.fit(X, np.array([0, 1, 2, 0, 1, 2]), epochs=1)
    ds = Dataset(6, {"x": Dense(X), "y": np.array([0, 1, 2, 3, 1, 2], np.int32)}, dict(prog.encoders.dims))
    with pytest.raises(UserError, match=r"field 'y': value 3 at position 3 is outside \[0, 3\) of dim 'classes'"):
        prog.engine.losses(prog.state, ds)


@pytest.mark.parametrize("what,change,message", [
    ("short", lambda s: {**s, "w": np.zeros(D - 1, np.float32)}, r"param 'w' has shape \(49,\); the data bind it to \(50,\) \(d=50\)"),
    ("float64", lambda s: {**s, "w": np.zeros(D)}, r"param 'w': dtype float64, the kernel reads float32"),
    ("2-d", lambda s: {**s, "w": np.zeros((D, 1), np.float32)}, r"param 'w': 2-d, the kernel reads a 1-d array"),
    ("strided", lambda s: {**s, "w": np.zeros(2 * D, np.float32)[::2]}, r"param 'w': not C-contiguous"),
    ("missing", lambda s: {"w": s["w"]}, r"param 'b' is missing"),
    ("list", lambda s: {**s, "w": [0.0] * D}, r"param 'w': expected a numpy array, got list"),
])
def test_gate_refuses_bad_params(logistic, what, change, message):
    ds = _dense(np.zeros((4, D), np.float32))
    with pytest.raises(UserError, match=message):
        logistic.engine.predict(change(dict(logistic.state)), ds)
    with pytest.raises(UserError, match=message):
        logistic.engine.epoch(change(dict(logistic.state)), ds, np.arange(4, dtype=np.int32), 0, 0)


def test_gate_refuses_read_only_params_for_training(logistic):
    ds = _dense(np.zeros((4, D), np.float32))
    w = logistic.state["w"].copy()
    w.flags.writeable = False
    with pytest.raises(UserError, match=r"param 'w' is read-only"):
        logistic.engine.epoch({**logistic.state, "w": w}, ds, np.arange(4, dtype=np.int32), 0, 0)


@pytest.mark.parametrize("order,message", [
    (np.array([0, 1, 2, 4], np.int32), r"the epoch's order: value 4 at position 3 is outside \[0, 4\)"),
    (np.array([0, -1, 2, 3], np.int32), r"value -1 at position 1"),
    (np.array([0, 1, 2, 3, 0, 9], np.int32), r"value 9 at position 5"),
])
def test_gate_refuses_orders_outside_the_examples(logistic, order, message):
    ds = _dense(np.zeros((4, D), np.float32))
    with pytest.raises(UserError, match=message):
        logistic.engine.epoch(logistic.state, ds, order, 0, 0)


def test_engine_made_orders_are_trusted_and_read_only(logistic):
    ds = _dense(np.zeros((4, D), np.float32))
    order = logistic.engine.epoch_order(ds, "shuffle", 3)
    assert not order.flags.writeable and sorted(order.tolist()) == [0, 1, 2, 3]
    with pytest.raises(ValueError):
        order[0] = 99  # what the kernels will read cannot change after it was made
    logistic.engine.epoch(logistic.state, ds, order, 0, 0)


# -- dims are bound once -----------------------------------------------------------------------------------
def _shared_data(n=400, d=300, ids=3, seed=0):
    rng = np.random.default_rng(seed)
    X = sp.random(n, d, density=0.02, format="csr", random_state=seed, dtype=np.float32)
    return {"x": X, "j": rng.integers(0, ids, n), "y": rng.choice([-1, 1], n)}


def test_a_vector_width_is_never_shrunk_by_id_learning():
    # was: the dim became the 3 distinct ids of j, params of size 3, column indices up to 299: out of bounds
    prog = sgdc.compile(SHARED_DIM)
    data = _shared_data()
    prog.fit(data, epochs=3)
    assert prog.params["w"].shape == prog.params["v"].shape == (300,)
    assert np.isfinite(prog.params["w"]).all() and np.count_nonzero(prog.params["v"]) <= 3
    assert 0.0 <= prog.score(data) <= 1.0
    ref = sgdc.compile(SHARED_DIM, engine="reference").fit(data, epochs=3)
    np.testing.assert_allclose(prog.params["v"], ref.params["v"], atol=1e-5)


def test_index_values_beyond_a_vector_width_are_refused():
    prog = sgdc.compile(SHARED_DIM)
    data = _shared_data(ids=1000)
    with pytest.raises(UserError, match=r"field 'j': index \d+ is out of range \[0, 300\) \(dim 'd' is the width "
                                        r"of field 'x'\)"):
        prog.fit(data, epochs=1)
    prog.fit(_shared_data(), epochs=1)
    with pytest.raises(UserError, match=r"field 'j': index 300 is out of range \[0, 300\)"):
        prog.predict({"x": _shared_data()["x"][:2], "j": [0, 300]})


def test_a_class_dim_shared_with_an_index_field_must_be_set():
    prog = sgdc.compile(CLASS_DIM)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 8)).astype(np.float32)
    data = {"x": X, "p": rng.integers(0, 2, 200), "y": rng.integers(0, 4, 200)}
    with pytest.raises(UserError, match=r"field 'p' and the class target 'y' share dim 'k', which the data do not "
                                        r"fix: set it explicitly"):
        prog.fit(data, epochs=1)
    prog.fit(data, epochs=2, dims={"k": 4})
    assert prog.params["B"].shape == (4, 4) and np.isfinite(prog.params["W"]).all()
    with pytest.raises(UserError, match=r"field 'p': index 4 is out of range \[0, 4\) of dim 'k'"):
        prog.fit({**data, "p": np.full(200, 4)}, epochs=1, dims={"k": 4})


def test_check_warns_about_shared_dims_with_positions(tmp_path, capsys):
    for name, text, line, col, words in [("a.sgd", SHARED_DIM, 5, 6, "both the width of data vector 'x' and the range of index field 'j'"),
                                          ("b.sgd", CLASS_DIM, 5, 6, "both the class count of target 'y' and the range of index field 'p'")]:
        spec = tmp_path / name
        spec.write_text(text)
        assert main(["check", str(spec)]) == 0
        out, err = capsys.readouterr()
        assert "ok: model" in out
        first, source, caret = err.splitlines()[:3]
        assert first.startswith(f"{spec}:{line}:{col}: warning: dim ") and words in first, first
        assert source.strip().startswith("data") and caret.index("^") == 4 + col - 1
    spec = tmp_path / "c.sgd"
    spec.write_text((ROOT / "examples" / "matrix_completion.sgd").read_text())
    assert main(["check", str(spec)]) == 0
    assert "warning" not in capsys.readouterr().err


# -- Program.params ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("values,message", [
    ({"w": np.zeros(3), "b": 0.0}, r"param 'w' has shape \(3,\); axis 0 must be 50 \(dim 'd' = 50\)"),
    ({"w": np.zeros(D)}, r"params: missing 'b'"),
    ({"w": np.zeros(D), "b": 0, "z": 1}, r"params: unknown param 'z' \(the spec's params: w, b\)"),
    ({"w": np.full(D, 1e300), "b": 0}, r"param 'w' has a value that is not finite in float32 \(1e\+300 at flat position 0\)"),
    ({"w": np.full(D, np.nan), "b": 0}, r"not finite"),
    ({"w": np.array(["a"] * D), "b": 0}, r"param 'w' must hold real numbers, not <U1"),
    ({"w": np.zeros(D, complex), "b": 0}, r"must hold real numbers, not complex128"),
    ({"w": [[0.0, 1.0], [2.0]], "b": 0}, r"param 'w' is not an array of numbers"),
    ({"w": np.zeros(D), "b": np.zeros(2)}, r"param 'b' must be 0-d, got 1-d"),
    ([1, 2], r"params: expected a dict of arrays by param name, got list"),
])
def test_params_assignment_is_validated(values, message):
    prog = sgdc.compile("logistic")
    prog.fit(np.eye(4, D, dtype=np.float32), [1, -1, 1, -1], epochs=1)
    before = {k: v.copy() for k, v in prog.params.items()}
    with pytest.raises(UserError, match=message):
        prog.params = values
    for k, v in prog.params.items():
        np.testing.assert_array_equal(v, before[k])  # nothing changed


def test_params_assignment_converts_and_copies():
    prog = sgdc.compile("logistic")
    X = np.eye(4, D, dtype=np.float32)
    prog.fit(X, [1, -1, 1, -1], epochs=1)
    mine = np.asfortranarray(np.ones((D, 2)))[:, 0]  # float64, strided
    prog.params = {"w": mine, "b": np.float64(0.5)}
    assert prog.params["w"].dtype == np.float32 and prog.params["b"].shape == ()
    mine[:] = 7  # the caller's array is not the storage
    assert float(prog.params["w"][0]) == 1.0
    np.testing.assert_allclose(prog.decision_function(X), 1 / (1 + np.exp(-1.5)), rtol=1e-6)
    prog.params["w"] = np.arange(D)  # one param: validated, written in place
    assert prog.params["w"][3] == 3.0
    with pytest.raises(UserError, match=r"param 'w' has shape \(3,\); it must be \(50,\)"):
        prog.params["w"] = np.zeros(3)
    with pytest.raises(UserError, match=r"unknown param 'q'"):
        prog.params["q"] = np.zeros(3)
    prog.fit(X, [1, -1, 1, -1], epochs=1, warm_start=True)


def test_params_read_are_views_that_cannot_swap_the_storage():
    prog = sgdc.compile("logistic")
    X = np.eye(4, D, dtype=np.float32)
    prog.fit(X, [1, -1, 1, -1], epochs=1)
    w = prog.params["w"]
    with pytest.raises(ValueError):
        w.resize(3)  # a view does not own its data
    w.shape = (5, 10)  # reshaping the view leaves the storage alone
    assert prog.state["w"].shape == (D,)
    prog.params["w"][:] = 0.25  # values may be written through
    assert float(prog.state["w"][0]) == 0.25
    prog.fit(X, [1, -1, 1, -1], epochs=1, warm_start=True)
    assert prog.predict(X).shape == (4,)


def test_fixed_point_params_read_only_and_assigned_through_codes():
    prog = sgdc.compile("logistic", precision="D32M16")
    X = np.eye(4, D, dtype=np.float32)
    prog.fit(X, [1, -1, 1, -1], epochs=1)
    w = prog.params["w"]
    assert not w.flags.writeable
    prog.params["w"] = np.full(D, 0.5)
    assert prog.state["w"].dtype == np.int16 and float(prog.params["w"][0]) == 0.5


def test_a_short_param_can_no_longer_reach_native_code():
    # was: a too-short array assigned through item assignment on the dict, then predict read past it and a warm
    # fit wrote past it (segfault)
    prog = sgdc.compile("logistic")
    X = np.eye(4, D, dtype=np.float32)
    prog.fit(X, [1, -1, 1, -1], epochs=1)
    with pytest.raises(UserError):
        prog.params["w"] = np.zeros(2, np.float32)
    prog.state["w"] = np.zeros(2, np.float32)  # the storage itself, swapped by hand: the gate still refuses it
    with pytest.raises(UserError, match=r"param 'w' has shape \(2,\); the data bind it to \(50,\)"):
        prog.predict(X)
    with pytest.raises(UserError, match=r"param 'w' has shape \(2,\)"):
        prog.fit(X, [1, -1, 1, -1], epochs=1, warm_start=True)


# -- guarded mode ------------------------------------------------------------------------------------------
def test_guarded_buffers_end_at_an_inaccessible_page():
    a = gate.empty((3, 5), np.int16)
    assert gate.is_guarded(a) and a.shape == (3, 5) and not a.any() and a.flags.c_contiguous
    b = gate.copy(np.arange(7, dtype=np.float64))
    assert gate.is_guarded(b) and b.tolist() == list(range(7))
    assert not gate.is_guarded(np.zeros(4))
    assert gate.readable(b) is b and gate.is_guarded(gate.readable(np.zeros(4)))


_BYPASS = """
import numpy as np, sgdc
from sgdc.runtime import gate
from sgdc.data.dataset import Dataset, Sparse
prog = sgdc.compile("logistic")
d = 1000
prog.fit(np.eye(4, d, dtype=np.float32), np.array([1, -1, 1, -1]), epochs=1)
gate.check_data = lambda *a, **k: None  # what a missing check would let through: one column past the params
ds = Dataset(4, {"x": Sparse(np.arange(5, dtype=np.int64), np.array([d, d, d, d], np.int32),
                             np.ones(4, np.float32), d), "y": np.array([1, -1, 1, -1], np.float32)}, {"d": d})
prog.engine.epoch(prog.state, ds, np.arange(4, dtype=np.int32), 0, 0)
print("finished")
"""


@pytest.mark.parametrize("guard", ["0", "1"])
def test_guarded_mode_turns_a_one_element_overrun_into_a_crash(guard):
    env = {**os.environ, "SGDC_GUARD": guard}
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(_BYPASS)], env=env, capture_output=True, text=True,
                       timeout=120, cwd=ROOT)
    if guard == "1":
        assert r.returncode < 0 and "finished" not in r.stdout, (r.returncode, r.stdout, r.stderr[-2000:])
    else:  # unguarded, the same overrun passes silently: what the guard is for
        assert r.returncode == 0 and "finished" in r.stdout, r.stderr[-2000:]
