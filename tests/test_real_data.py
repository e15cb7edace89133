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
    assert prog.evaluate(Xt, yt)["test_accuracy"] >= 0.82


@pytest.mark.parametrize("seed", [1, 2])
def test_compiled_logistic_a9a_other_seeds(a9a, seed):
    X, y, Xt, yt = a9a
    prog = sgdc.compile("examples/logistic.sgd").fit(X, y, epochs=10, seed=seed)
    assert prog.evaluate(Xt, yt)["test_accuracy"] >= 0.845
