"""Quality on real data, for the reference interpreter and the compiled kernels.

Thresholds come from the issues (language issue: reference engine; kernels
issue: compiled engine).  Each test skips with a reason when
../shared/datasets is absent.
"""
from __future__ import annotations

import numpy as np
import pytest

import sgdc
from sgdc.data.generators import psd_completion


# --- reference interpreter (the oracle must learn too) -----------------------

def test_reference_logistic_a9a(a9a):
    X, y, Xt, yt = a9a
    prog = sgdc.compile("examples/logistic.sgd", engine="reference").fit(X, y, epochs=3, seed=0)
    assert prog.evaluate(Xt, yt)["test_accuracy"] >= 0.84


def test_reference_matrix_completion_ml100k(ml100k_u1):
    train, test = ml100k_u1
    prog = sgdc.compile("examples/matrix_completion.sgd", engine="reference").fit(train, epochs=8, seed=0)
    assert prog.evaluate(test)["test_rmse"] <= 0.95


def test_reference_psd_completion_recovers_rank5():
    g = psd_completion(n=1000, rank=5, fraction=0.05, seed=0)
    data = {"i": g["i"], "j": g["j"], "a": g["a"]}
    prog = sgdc.compile("examples/psd_completion.sgd", engine="reference")
    prog.fit(data, epochs=6, seed=0, dims={"n": 1000})
    X, Xs = prog.params["X"].astype(np.float64), g["X_true"]
    A = Xs @ Xs.T
    rel = np.linalg.norm(X @ X.T - A) / np.linalg.norm(A)
    assert rel <= 0.01, rel


# --- compiled kernels --------------------------------------------------------

def test_compiled_logistic_a9a(a9a):
    X, y, Xt, yt = a9a
    prog = sgdc.compile("examples/logistic.sgd").fit(X, y, epochs=10, seed=0)
    assert prog.evaluate(Xt, yt)["test_accuracy"] >= 0.845


def test_compiled_svm_a9a(a9a):
    X, y, Xt, yt = a9a
    prog = sgdc.compile("examples/svm.sgd").fit(X, y, epochs=10, seed=0)
    assert prog.evaluate(Xt, yt)["test_accuracy"] >= 0.84


def test_compiled_logistic_a9a_dense_layout(a9a):
    X, y, Xt, yt = a9a
    prog = sgdc.compile("examples/logistic.sgd").fit(X.toarray(), y, epochs=10, seed=0)
    assert prog.evaluate(Xt.toarray()[:, : X.shape[1]], yt)["test_accuracy"] >= 0.845


def test_compiled_matrix_completion_ml100k(ml100k_u1):
    train, test = ml100k_u1
    prog = sgdc.compile("examples/matrix_completion.sgd").fit(train, epochs=30, seed=0)
    assert prog.evaluate(test)["test_rmse"] <= 0.93


def test_compiled_softmax_news20(news20_split):
    X, y, Xt, yt = news20_split
    prog = sgdc.compile("examples/softmax.sgd").fit(X, y, epochs=10, seed=0)
    assert prog.evaluate(Xt, yt)["test_accuracy"] >= 0.85  # (0.830 with the plain step it had, 0.84 before the fold)


@pytest.mark.parametrize("seed", [1, 2])
def test_compiled_logistic_a9a_other_seeds(a9a, seed):
    X, y, Xt, yt = a9a
    prog = sgdc.compile("examples/logistic.sgd").fit(X, y, epochs=10, seed=seed)
    assert prog.evaluate(Xt, yt)["test_accuracy"] >= 0.845


# --- the examples as shipped need no tuning (issue: good results without tuning) ---------------------------

def test_logistic_and_svm_as_shipped_on_the_held_out_rcv1_sample():
    """Not used to choose the examples' steps: plain SGD at the step tuned for a9a reached 0.656 (logistic) and
    0.554 (svm) here; AdaGrad as shipped 0.872-0.882 over three seeds."""
    from conftest import dataset
    from sgdc.data.loaders import load_svmlight

    X, y = load_svmlight(dataset("rcv1-small", "rcv1_small.svm"), n_features=47236)
    Xt, yt = load_svmlight(dataset("rcv1-small", "rcv1_small_test.svm"), n_features=47236)
    for name in ("logistic", "svm"):
        acc = sgdc.compile(f"examples/{name}.sgd").fit(X, y, epochs=10, seed=0).evaluate(Xt, yt)["test_accuracy"]
        assert acc >= 0.86, (name, acc)


def test_matrix_completion_as_shipped_on_movielens_1m_partial():
    """The partial MovieLens 1M, random 90/10 split, 20 epochs: RMSE 0.869-0.871 (the step before: 0.873)."""
    from conftest import dataset
    from sgdc.data.loaders import load_ratings

    r = load_ratings(dataset("movielens-1m-partial", "ratings_users1-2999.dat.gz"))
    perm = np.random.default_rng(4).permutation(len(r["r"]))
    k = len(perm) - len(perm) // 10
    tr, te = np.sort(perm[:k]), np.sort(perm[k:])
    prog = sgdc.compile("examples/matrix_completion.sgd").fit({f: r[f][tr] for f in "uir"}, epochs=20, seed=0)
    assert prog.evaluate({f: r[f][te] for f in "uir"})["test_rmse"] <= 0.873
