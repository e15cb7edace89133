"""Inputs that used to end in a Python traceback (issue 14, item 9): each works, or is one clear error.

* ``--threads 182`` on matrix completion: an ``OverflowError`` in the strata shards' int16 group keys;
* a softmax model trained on one class: an ``AxisError`` in predict, score and predict_proba;
* a ``dok_matrix`` as X: read as a mapping of fields ("unknown data field '(0, 0)'").
"""
from __future__ import annotations

import json
import math
import warnings

import numpy as np
import pytest
import scipy.sparse as sp

import sgdc
from sgdc.runtime import engine, plan
from sgdc.cli import main
from sgdc.data.dataset import Dataset
from sgdc.runtime.plan import MAX_STRATA_GROUPS, resolve_threads, strata_keys, thread_cap
from sgdc.errors import SgdcWarning, UserError
from sgdc.data.synth import synthesize


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- thread counts -----------------------------------------------------------------------------------------

def test_thread_counts_are_capped_with_a_warning():
    cap = thread_cap()
    assert cap == max(32, 4 * plan.available_cores())
    with warnings.catch_warnings():
        warnings.simplefilter("error", SgdcWarning)
        assert resolve_threads(cap) == cap and resolve_threads(3) == 3
        assert resolve_threads("auto") == plan.available_cores()
    with pytest.warns(SgdcWarning) as rec:
        assert resolve_threads(10**6) == cap
    assert [str(w.message) for w in rec] == [
        f"threads 1000000 capped at {cap} (at most 4 worker threads per core, at least 32; this process may run "
        f"on {plan.available_cores()} cores)"]


def test_182_threads_on_matrix_completion_train(capsys):
    prog = sgdc.compile("matrix_completion", threads=1)
    fields, dims = synthesize(prog.model, n=2000, seed=0)
    with pytest.warns(SgdcWarning, match=r"^threads 182 capped at "):
        many = sgdc.compile("matrix_completion", threads=182, epochs=1)
    assert many.engine.threads == thread_cap()
    many.fit(fields, dims=dims)
    assert math.isfinite(many.history.train_loss[-1])
    code, out, err = run(capsys, "train", "matrix_completion", "--rows", 2000, "--epochs", 1, "--threads", 182, "--json")
    assert code == 0, err
    r = json.loads(out)
    assert r["threads"] == thread_cap() and r["warnings"][0].startswith("threads 182 capped at ")
    code, out, err = run(capsys, "train", "matrix_completion", "--rows", 500, "--epochs", 1, "--threads", 182)
    assert code == 0 and f"warning: threads 182 capped at {thread_cap()}" in err and "Traceback" not in err


def test_strata_refuses_more_threads_than_its_int16_keys_hold(monkeypatch):
    """On a machine with many cores the cap is higher than strata's 181 x 181 groups: a clear refusal."""
    monkeypatch.setattr(plan, "available_cores", lambda: 64)  # the cap becomes 256
    prog = sgdc.compile("matrix_completion", threads=1)
    fields, dims = synthesize(prog.model, n=3000, seed=0)
    wide = sgdc.compile("matrix_completion", threads=200, epochs=1)
    assert wide.engine.threads == 200
    with pytest.raises(UserError) as e:
        wide.fit(fields, dims=dims)
    assert str(e.value) == ("shard strata over 2 index fields (u, i) takes at most 181 threads, got 200; use fewer "
                            "threads or shard contiguous")
    sgdc.compile("matrix_completion", threads=200, epochs=1, shard="contiguous").fit(fields, dims=dims)
    monkeypatch.setattr(plan, "available_cores", lambda: 400)
    assert sgdc.compile("matrix_completion", threads="auto").engine.threads == 181  # within what strata takes
    assert sgdc.compile("logistic", threads="auto").engine.threads == 400  # not strata: all cores


def test_strata_keys_at_the_int16_limit():
    n = 5000
    rng = np.random.default_rng(0)
    ds = Dataset(n, {"u": rng.integers(0, 1000, n).astype(np.int32), "i": rng.integers(0, 800, n).astype(np.int32)},
                 {"users": 1000, "items": 800})
    most = math.isqrt(MAX_STRATA_GROUPS)
    keys, stages = strata_keys(ds, ("u", "i"), most)
    assert stages == most and keys.dtype == np.int16 and 0 <= keys.min() and keys.max() < most * most
    with pytest.raises(UserError, match=rf"at most {most} threads, got {most + 1}"):
        strata_keys(ds, ("u", "i"), most + 1)


# -- one class ----------------------------------------------------------------------------------------------

def _one_class(n=60):
    X = np.random.default_rng(0).normal(size=(n, 4)).astype(np.float32)
    return X, np.full(n, 7)


@pytest.mark.parametrize("engine_name", ["llvm", "reference"])
def test_softmax_on_one_class_predicts_that_class(engine_name):
    X, y = _one_class()
    prog = sgdc.compile("softmax", engine=engine_name, epochs=2)
    prog.fit(X, y)
    scores = prog.decision_function(X)
    assert scores.shape == (60, 1)
    assert np.array_equal(prog.predict(X), y)
    proba = prog.predict_proba(X)
    assert proba.shape == (60, 1) and np.all(proba == 1.0)
    assert prog.score(X, y) == 1.0
    assert prog.evaluate(X, y)["test_accuracy"] == 1.0


def test_softmax_on_one_class_through_the_cli(capsys, tmp_path):
    X, _ = _one_class()
    data = tmp_path / "one.svm"
    data.write_text("".join("3 " + " ".join(f"{c + 1}:{v:.6g}" for c, v in enumerate(row)) + "\n" for row in X))
    model = tmp_path / "one.npz"
    code, out, err = run(capsys, "train", "softmax", "--data", data, "--test", data, "--epochs", 2, "--json",
                         "--out", model)
    assert code == 0, err
    assert json.loads(out)["test_accuracy"] == 1.0
    code, out, err = run(capsys, "predict", model, "--data", data, "--json")
    assert code == 0, err
    p = json.loads(out)
    assert p["predictions"] == [3] * len(X) and p["test_accuracy"] == 1.0


def test_the_sklearn_classifier_refuses_one_class_clearly():
    pytest.importorskip("sklearn")
    from sgdc.sklearn import SpecClassifier

    X, y = _one_class()
    for clf in (SpecClassifier(epochs=1), SpecClassifier("softmax", epochs=1)):
        with pytest.raises(ValueError, match=r"^a classifier needs samples of at least 2 classes in the data; "
                                             r"got 1 class \(7\)$"):
            clf.fit(X, y)
    clf = SpecClassifier("softmax", epochs=1).partial_fit(X, y, classes=[2, 7, 9])  # one class in a batch: fine
    assert set(clf.predict(X)) <= {2, 7, 9} and clf.predict_proba(X).shape == (60, 3)


# -- every scipy sparse format ------------------------------------------------------------------------------

FORMATS = ["csr", "csc", "coo", "bsr", "dia", "dok", "lil"]


def _logistic_data():
    prog = sgdc.compile("logistic")
    f, _ = synthesize(prog.model, n=300, seed=1)
    return sp.csr_matrix(f["x"]), f["y"]


@pytest.mark.parametrize("kind", ["matrix", "array"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_scipy_sparse_format_is_x(fmt, kind):
    X, y = _logistic_data()
    want = sgdc.compile("logistic", epochs=2).fit(X, y)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", sp.SparseEfficiencyWarning)  # scipy's note on making a dia matrix
        M = getattr(sp, f"{fmt}_{kind}")(X)
    assert M.format == fmt
    for data, target in ((M, y), ({"x": M, "y": y}, None)):
        got = sgdc.compile("logistic", epochs=2).fit(data, target)
        assert all(np.array_equal(got.params[k], want.params[k]) for k in want.params)
    assert np.array_equal(want.predict(M), want.predict(X))
    assert want.score(M, y) == want.score(X, y)


def test_a_one_dimensional_sparse_array_is_one_clear_error():
    X, y = _logistic_data()
    v = sp.coo_array(X.toarray()[0])
    assert v.ndim == 1
    with pytest.raises(UserError, match=r"^field 'x': expected a 2-D matrix, got 1-D$"):
        sgdc.compile("logistic", epochs=1).fit(v, y[:1])


@pytest.mark.parametrize("fmt", ["coo", "dia", "dok"])
def test_a_conversion_to_csr_too_large_for_memory_is_refused_first(fmt):
    """2^40 rows and 3 entries: scipy's CSR would need a 2^40-entry indptr (8 TiB); refused before trying."""
    rows = 2**40
    c = sp.coo_matrix((np.ones(3, np.float32), (np.array([0, 5, rows - 1]), np.array([0, 1, 2]))), shape=(rows, 3))
    M = c if fmt == "coo" else sp.dia_matrix((np.ones((1, 3), np.float32), [0]), shape=(rows, 3)) if fmt == "dia" \
        else getattr(sp, f"{fmt}_matrix")((rows, 3), dtype=np.float32)
    with pytest.raises(UserError, match=rf"^field 'x' converted from {fmt} to CSR \({rows} rows, {M.nnz} entries\) "
                                        r"would need 8192\.0 GiB; "):
        sgdc.compile("logistic", epochs=1).fit({"x": M, "y": [1, -1]})


def test_an_internal_error_is_one_line_asking_for_a_report(monkeypatch, capsys):
    # a broken invariant (here: forced) is neither the user's mistake nor a raw traceback
    from sgdc.runtime import gate
    from sgdc.errors import InternalError

    def broken(*a, **k):
        raise InternalError("the gate lost its way")

    monkeypatch.setattr(gate, "check_params", broken)
    from sgdc.cli import main

    assert main(["train", "logistic", "--rows", "50", "--epochs", "1", "-q"]) == 70
    err = capsys.readouterr().err
    assert err.startswith("sgdc: internal error: the gate lost its way\nThis is a bug in sgdc") and "Traceback" not in err
    monkeypatch.setenv("SGDC_TRACEBACK", "1")
    with pytest.raises(InternalError):
        main(["train", "logistic", "--rows", "50", "--epochs", "1", "-q"])


def test_unsupported_is_its_own_kind():
    from sgdc.errors import SgdcError, Unsupported, UserError

    assert issubclass(Unsupported, SgdcError) and not issubclass(Unsupported, UserError)
