"""Tests of sgdc.data.generators: shapes, dtypes, determinism, statistics."""
from __future__ import annotations

import numpy as np
import pytest

from sgdc.errors import UserError
from sgdc.data.generators import (
    dense_classification,
    dense_regression,
    psd_completion,
    ratings,
    sparse_classification,
)


def test_psd_completion_shapes_and_truth():
    d = psd_completion(n=300, rank=4, fraction=0.05, seed=1)
    m = round(0.05 * 300 * 300)
    assert d["i"].dtype == np.int32 and d["j"].dtype == np.int32 and d["a"].dtype == np.float32
    assert len(d["i"]) == len(d["j"]) == len(d["a"]) == m
    assert d["X_true"].shape == (300, 4)
    assert (d["i"] <= d["j"]).all() and d["j"].max() < 300 and d["i"].min() >= 0
    pairs = d["i"].astype(np.int64) * 300 + d["j"]
    assert np.unique(pairs).size == m  # distinct pairs
    A = d["X_true"] @ d["X_true"].T
    np.testing.assert_allclose(d["a"], A[d["i"], d["j"]], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(d["A_entry"](d["i"], d["j"]), A[d["i"], d["j"]])
    # entries are O(1): the diagonal has mean 1
    assert 0.8 < np.mean(np.diag(A)) < 1.2
    assert (d["i"] == d["j"]).any()  # the diagonal can be sampled


def test_psd_completion_determinism_and_noise():
    a = psd_completion(n=100, seed=5)
    b = psd_completion(n=100, seed=5)
    c = psd_completion(n=100, seed=6)
    assert np.array_equal(a["i"], b["i"]) and np.array_equal(a["a"], b["a"])
    assert not np.array_equal(a["a"], c["a"])
    nz = psd_completion(n=200, seed=5, noise=0.1, fraction=0.2)
    resid = nz["a"] - nz["A_entry"](nz["i"], nz["j"])
    assert 0.08 < resid.std() < 0.12


def test_psd_completion_large_n_does_not_build_A():
    d = psd_completion(n=200_000, rank=3, fraction=1e-6, seed=0)
    assert len(d["a"]) == 40000 and d["X_true"].shape == (200_000, 3)


def test_psd_completion_errors():
    with pytest.raises(UserError, match="fraction"):
        psd_completion(n=10, fraction=0.9)
    with pytest.raises(UserError):
        psd_completion(n=0)


def test_ratings_generator():
    d = ratings(500, 300, 20000, rank=5, seed=2)
    assert d["u"].dtype == np.int64 and d["r"].dtype == np.float64 and len(d["r"]) == 20000
    assert d["u"].max() < 500 and d["i"].max() < 300
    assert d["r"].min() >= 1 and d["r"].max() <= 5 and 3.0 < d["r"].mean() < 4.0
    assert np.unique(d["u"] * 300 + d["i"]).size == 20000
    e = ratings(500, 300, 20000, rank=5, seed=2)
    assert np.array_equal(d["r"], e["r"])
    # the low-rank model explains the ratings: residual of the truth is about the noise
    pred = d["mu"] + d["bu"][d["u"]] + d["bi"][d["i"]] + np.sum(d["P"][d["u"]] * d["Q"][d["i"]], 1)
    assert np.sqrt(np.mean((np.clip(pred, 1, 5) - d["r"]) ** 2)) < 0.55
    with pytest.raises(UserError):
        ratings(2, 2, 5)


def test_sparse_classification_binary():
    X, y = sparse_classification(5000, 2000, 30, seed=3)
    assert X.shape == (5000, 2000) and X.dtype == np.float32
    assert X.indices.dtype == np.int32 and X.indptr.dtype == np.int32  # one index dtype, as scipy wants
    assert X.has_canonical_format
    nnz = np.diff(X.indptr)
    assert nnz.max() <= 30 and nnz.mean() > 29.9
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    np.testing.assert_allclose(norms, 1.0, atol=1e-5)
    assert (X.data > 0).all()
    assert set(np.unique(y)) == {-1.0, 1.0} and abs(y.mean()) < 0.05
    # power law: the most popular column is far more frequent than the median one
    counts = np.bincount(X.indices, minlength=2000)
    assert counts.max() > 20 * max(np.median(counts), 1)
    X2, y2 = sparse_classification(5000, 2000, 30, seed=3)
    assert (X2 != X).nnz == 0 and np.array_equal(y, y2)
    X3, _ = sparse_classification(5000, 2000, 30, seed=4)
    assert (X3 != X).nnz > 0


def test_sparse_classification_labels_are_learnable():
    # the label comes from a linear model: least squares on the features beats chance clearly
    X, y = sparse_classification(4000, 200, 20, seed=0, power_law=0.5)
    w, *_ = np.linalg.lstsq(X.toarray(), y, rcond=None)
    assert np.mean(np.sign(X @ w) == y) > 0.8


def test_sparse_classification_multiclass_and_unnormalised():
    X, y = sparse_classification(6000, 500, 10, seed=1, n_classes=4, normalize=False)
    assert y.dtype == np.int32 and set(np.unique(y)) == {0, 1, 2, 3}
    assert np.bincount(y).min() > 6000 / 4 * 0.5
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    assert norms.std() > 0.01


def test_sparse_classification_errors():
    with pytest.raises(UserError):
        sparse_classification(10, 5, 6)
    with pytest.raises(UserError):
        sparse_classification(10, 5, 2, n_classes=1)


def test_dense_generators():
    X, y = dense_classification(2000, 10, seed=0)
    assert X.dtype == np.float32 and X.flags.c_contiguous and X.shape == (2000, 10)
    assert set(np.unique(y)) == {-1.0, 1.0} and abs(y.mean()) < 0.05
    X2, y2 = dense_classification(2000, 10, seed=0)
    assert np.array_equal(X, X2) and np.array_equal(y, y2)
    Xc, yc = dense_classification(3000, 8, seed=0, n_classes=3)
    assert yc.dtype == np.int32 and np.bincount(yc).min() > 500
    X, y, w = dense_regression(3000, 5, seed=1, noise=0.1)
    assert X.dtype == np.float32 and X.flags.c_contiguous and w.shape == (5,)
    assert 0.08 < np.std(y - X @ w) < 0.12


def test_sparse_classification_informative_changes_only_the_labels():
    from sgdc.data.generators import sparse_classification

    X0, y0 = sparse_classification(3000, 500, 20, seed=3)
    X1, y1 = sparse_classification(3000, 500, 20, seed=3, informative=500)  # every feature: the same data
    assert (X0 != X1).nnz == 0 and np.array_equal(y0, y1)
    X2, y2 = sparse_classification(3000, 500, 20, seed=3, informative=10)
    assert (X0 != X2).nnz == 0 and not np.array_equal(y0, y2)
    # the labels follow the 10 most popular features: a rule that sees only them predicts them well
    top = np.argsort(-np.bincount(X2.indices, minlength=500))[:10]
    import sgdc

    sub = X2[:, np.sort(top)]
    acc = sgdc.compile("logistic").fit(sub, y2, epochs=10, seed=0).evaluate(sub, y2)["test_accuracy"]
    assert acc > 0.85, acc
