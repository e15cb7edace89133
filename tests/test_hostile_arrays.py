"""Hostile arrays through the Python API (issue 9): every array is checked before native code sees it.

A matrix of bad inputs (dtypes, layouts, shapes, broken CSR, huge values and
dims, non-finite values) through ``fit``, ``predict``, ``evaluate`` and
``loss`` of compiled programs, and through the scikit-learn estimators.  Each
either works as documented (and then gives the same result as clean, contiguous
float32 input) or raises sgdc's ``UserError`` (the estimators: sklearn's
``ValueError``/``TypeError`` or an sgdc error).  A final group changes, resizes
and drops the caller's arrays from another thread during a fit.
"""
from __future__ import annotations

import threading

import numpy as np
import pytest
import scipy.sparse as sp

import sgdc
from sgdc.errors import SgdcError, UserError

pytestmark = pytest.mark.guarded  # every native buffer ends at a guard page (conftest)

N, D = 60, 5
RNG = np.random.default_rng(0)
X0 = RNG.normal(0, 1, (N, D)).astype(np.float32)
Y0 = np.where(X0 @ np.arange(1, D + 1) > 0, 1.0, 0.0)
CSR0 = sp.csr_matrix(np.where(np.abs(X0) > 0.5, X0, 0))


_PROGS: dict = {}


def prog(name="logistic", **kw):
    key = (name, tuple(sorted(kw.items())))
    if key not in _PROGS:
        _PROGS[key] = sgdc.compile(name, **kw)
    return _PROGS[key]


def _fit_w(X, y=Y0, name="logistic", **kw):
    p = prog(name).fit(X, y, epochs=2, seed=3, **kw)
    return p.params["w"].copy()


# ---------------------------------------------------------------------------
# Dense features
# ---------------------------------------------------------------------------


def _ragged():
    return [[1.0, 2.0], [1.0]]


def _set(a, idx, v):
    a = a.astype(np.float64)
    a[idx] = v
    return a


DENSE_BAD = [
    ("object", lambda: X0.astype(object), "numbers"),
    ("complex", lambda: X0.astype(complex), "numbers"),
    ("strings", lambda: X0.astype(str), "numbers"),
    ("structured", lambda: np.zeros((N, D), dtype=[("a", "f4")]), "numbers"),
    ("0-d", lambda: np.float32(1), "2-D"),
    ("1-d", lambda: X0[:, 0], "2-D"),
    ("3-d", lambda: X0[:, :, None], "2-D"),
    ("ragged list", _ragged, "cannot read|2-D"),
    ("NaN", lambda: _set(X0, (3, 2), np.nan), "non-finite"),
    ("inf", lambda: _set(X0, (0, 0), -np.inf), "non-finite"),
    ("beyond float32", lambda: _set(X0, (5, 1), 1e300), "non-finite"),
    ("longdouble beyond float32", lambda: _set(X0, (5, 1), 1e300).astype(np.longdouble), "non-finite"),
    ("fewer rows", lambda: X0[:-1], "examples"),
    ("no rows", lambda: X0[:0], "no examples|two classes|examples"),
]


@pytest.mark.parametrize("what,make,pattern", DENSE_BAD, ids=[c[0] for c in DENSE_BAD])
def test_dense_bad_fit(what, make, pattern):
    y = Y0[:0] if what == "no rows" else Y0
    with pytest.raises(UserError, match=pattern):
        prog().fit(make(), y, epochs=1)


@pytest.mark.parametrize("what,make,pattern", [c for c in DENSE_BAD if c[0] not in ("fewer rows", "no rows")],
                         ids=[c[0] for c in DENSE_BAD if c[0] not in ("fewer rows", "no rows")])
def test_dense_bad_predict_evaluate_loss(what, make, pattern):
    p = prog().fit(X0, Y0, epochs=1)
    for call in (lambda X: p.predict(X), lambda X: p.evaluate(X, Y0), lambda X: p.loss(X, Y0)):
        with pytest.raises(UserError, match=pattern):
            call(make())


DENSE_OK = [
    ("float64", lambda: X0.astype(np.float64)),
    ("float16", lambda: X0.astype(np.float16).astype(np.float32)),  # same values as the reference
    ("Fortran order", lambda: np.asfortranarray(X0)),
    ("every other column of a wider array", lambda: np.repeat(X0, 2, axis=1)[:, ::2]),
    ("negative strides", lambda: X0[::-1, ::-1][::-1, ::-1]),
    ("read-only", lambda: _readonly(X0.copy())),
    ("a list of lists", lambda: X0.tolist()),
]


def _readonly(a):
    a.setflags(write=False)
    return a


@pytest.mark.parametrize("what,make", DENSE_OK, ids=[c[0] for c in DENSE_OK])
def test_dense_layouts_give_the_same_model(what, make):
    ref = _fit_w(X0 if what != "float16" else X0.astype(np.float16).astype(np.float32))
    np.testing.assert_array_equal(_fit_w(make()), ref)


def test_dense_integer_and_bool_dtypes():
    Xi = (X0 * 10).astype(np.int64)
    np.testing.assert_array_equal(_fit_w(Xi), _fit_w(Xi.astype(np.float32)))
    Xb = X0 > 0
    np.testing.assert_array_equal(_fit_w(Xb), _fit_w(Xb.astype(np.float32)))
    # int64 near 2^63 is a large but finite float32: accepted (training may then diverge, reported as such)
    Xh = np.full((N, D), 2**62, dtype=np.int64)
    try:
        prog().fit(Xh, Y0, epochs=1)
    except UserError as e:
        assert "diverged" in str(e)


# ---------------------------------------------------------------------------
# CSR
# ---------------------------------------------------------------------------


def _csr(indptr=None, indices=None, data=None, shape=None):
    m = CSR0.copy()
    if indptr is not None:
        m.indptr = np.asarray(indptr)
    if indices is not None:
        m.indices = np.asarray(indices)
    if data is not None:
        m.data = np.asarray(data)
    if shape is not None:
        m._shape = shape
    return m


def _bad_indices(k, v):
    idx = CSR0.indices.astype(np.int64)
    idx[k] = v
    return _csr(indices=idx)


CSR_BAD = [
    ("indptr decreasing", lambda: _csr(indptr=np.r_[CSR0.indptr[:3], CSR0.indptr[1], CSR0.indptr[4:]]), "indptr"),
    ("indptr too short", lambda: _csr(indptr=CSR0.indptr[:-1]), "indptr"),
    ("indptr too long", lambda: _csr(indptr=np.r_[CSR0.indptr, CSR0.nnz]), "indptr"),
    ("indptr not from 0", lambda: _csr(indptr=CSR0.indptr + 1), "indptr"),
    ("indptr past nnz", lambda: _csr(indptr=np.r_[CSR0.indptr[:-1], CSR0.nnz + 5]), "indptr"),
    ("indptr float", lambda: _csr(indptr=CSR0.indptr.astype(float)), "integer"),
    ("indptr uint64 huge", lambda: _csr(indptr=np.append(CSR0.indptr[:-1].astype(np.uint64), np.uint64(2**64 - 1))), "indptr"),
    ("indices float", lambda: _csr(indices=CSR0.indices.astype(float)), "integer"),
    ("index out of range", lambda: _bad_indices(7, D), "out of range"),
    ("index negative", lambda: _bad_indices(0, -1), "out of range"),
    ("index 2^40", lambda: _bad_indices(0, 2**40), "out of range"),
    ("indices and data lengths", lambda: _csr(data=CSR0.data[:-1]), "indices"),
    ("data complex", lambda: _csr(data=CSR0.data.astype(complex)), "numeric"),
    ("data object", lambda: _csr(data=CSR0.data.astype(object)), "numeric"),
    ("data NaN", lambda: _csr(data=np.r_[np.nan, CSR0.data[1:].astype(np.float64)]), "non-finite"),
    ("data beyond float32", lambda: _csr(data=np.r_[1e300, CSR0.data[1:].astype(np.float64)]), "non-finite"),
    ("duplicates summing past float32", lambda: sp.csr_matrix(
        (np.full(2, 3e38, np.float32), np.array([1, 1]), np.r_[0, np.full(N, 2)]), shape=(N, D)), "non-finite"),
    ("width 2^40", lambda: sp.csr_matrix((np.ones(N, np.float32), np.full(N, 2**40, np.int64), np.arange(N + 1)),
                                         shape=(N, 2**40 + 1)), "at most 2147483647"),
]


@pytest.mark.parametrize("what,make,pattern", CSR_BAD, ids=[c[0] for c in CSR_BAD])
def test_csr_bad(what, make, pattern):
    with pytest.raises(UserError, match=pattern):
        prog().fit(make(), Y0, epochs=1)


def test_csr_bad_at_predict():
    p = prog().fit(CSR0, Y0, epochs=1)
    for what, make, pattern in CSR_BAD[:-1]:
        with pytest.raises(UserError, match=pattern):
            p.predict(make())


def _canonical_w():
    return _fit_w(CSR0)


CSR_OK = [
    ("unsorted with duplicates", lambda: _unsorted_dups()),
    ("explicit zeros", lambda: _csr(data=np.where(np.arange(CSR0.nnz) % 3 == 0, 0, CSR0.data).astype(np.float32))),
    ("int64 indices and indptr", lambda: sp.csr_matrix((CSR0.data, CSR0.indices.astype(np.int64),
                                                       CSR0.indptr.astype(np.int64)), shape=CSR0.shape)),
    ("csc", lambda: CSR0.tocsc()),
    ("coo", lambda: CSR0.tocoo()),
    ("csr_array", lambda: sp.csr_array(CSR0)),
    ("float64 data", lambda: CSR0.astype(np.float64)),
    ("read-only parts", lambda: _readonly_csr()),
]


def _unsorted_dups():
    """Each entry split in two halves, the row's entries reversed: same matrix."""
    rows, cols, vals = [], [], []
    C = CSR0.tocoo()
    for r, c, v in sorted(zip(C.row, C.col, C.data), key=lambda t: (t[0], -t[1])):
        rows += [r, r]
        cols += [c, c]
        vals += [v / 2, v / 2]
    indptr = np.r_[0, np.cumsum(np.bincount(rows, minlength=N))]
    return _csr(indptr=indptr, indices=np.array(cols, np.int32), data=np.array(vals, np.float32))


def _readonly_csr():
    m = CSR0.copy()
    for a in (m.data, m.indices, m.indptr):
        a.setflags(write=False)
    return m


@pytest.mark.parametrize("what,make", CSR_OK, ids=[c[0] for c in CSR_OK])
def test_csr_forms_give_the_same_model(what, make):
    w = _fit_w(make())
    if what in ("explicit zeros", "unsorted with duplicates"):
        # explicit zeros change the sparse layout's entries, halves may round: close, not equal
        ref = _fit_w(make().toarray() if what == "explicit zeros" else CSR0)
        np.testing.assert_allclose(w, ref, rtol=1e-4, atol=1e-5)
    else:
        np.testing.assert_array_equal(w, _canonical_w())


def test_predict_drops_columns_beyond_training_width():
    p = prog().fit(CSR0, Y0, epochs=1)
    wide = sp.hstack([CSR0, sp.csr_matrix(np.ones((N, 3)))]).tocsr()
    np.testing.assert_array_equal(p.decision_function(wide), p.decision_function(CSR0))
    with pytest.raises(UserError, match="columns"):
        p.predict(np.ones((N, D + 1)))


# ---------------------------------------------------------------------------
# Targets, index fields, dims
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("y,pattern", [
    (Y0.astype(object), "numbers"),
    (Y0.astype(complex), "numbers"),
    (np.r_[Y0[:-1], np.nan], "non-finite"),
    (np.r_[Y0[:-1], 2.0], "two classes"),
    (np.stack([Y0, Y0], axis=1), "1-D"),
    (Y0[:-1], "examples"),
])
def test_bad_labels(y, pattern):
    with pytest.raises(UserError, match=pattern):
        prog().fit(X0, y, epochs=1)


def test_label_forms():
    ref = _fit_w(X0, Y0)
    for y in (Y0.astype(bool), Y0.astype(np.int8), Y0.reshape(-1, 1), np.where(Y0 > 0, "yes", "no"), Y0 * 2 - 1):
        np.testing.assert_array_equal(_fit_w(X0, y), ref)


def test_real_target_beyond_float32():
    y = RNG.normal(0, 1, N)
    y[4] = 1e300
    with pytest.raises(UserError, match="too large for float32"):
        prog("least_squares").fit(X0, y, epochs=1)


MC = "matrix_completion"
U0 = RNG.integers(0, 8, N)
I0 = RNG.integers(0, 6, N)
R0 = RNG.normal(3, 1, N)


@pytest.mark.parametrize("u,pattern", [
    (U0 + 0.5, "integers"),
    (np.r_[U0[:-1], np.nan], "integers"),
    (np.r_[U0[:-1], 1e300], "64 bits"),
    (np.r_[U0[:-1].astype(np.uint64), 2**64 - 1], "64-bit"),
    (U0.astype(complex), "numbers"),
    (U0.astype(str), "integers"),
    (U0.astype(object), "numbers"),
    (U0[:-1], "examples"),
])
def test_bad_ids(u, pattern):
    with pytest.raises(UserError, match=pattern):
        prog(MC).fit({"u": u, "i": I0, "r": R0}, epochs=1)


def test_ids_are_labels_not_sizes():
    """Negative ids and ids of 2^40 are remapped densely: nothing is sized by an id."""
    u = np.where(U0 == 0, -(2**40), U0 * 2**40)
    p = prog(MC).fit({"u": u, "i": I0, "r": R0}, epochs=1)
    assert p.params["L"].shape[0] == len(np.unique(u))


@pytest.mark.parametrize("dims,pattern", [
    ({"users": 2**40, "items": 6}, "out of range"),
    ({"users": 5, "items": 6}, "index 7 is out of range \\[0, 5\\) of dim .users."),  # ids up to 7 with an explicit dim of 5
    ({"users": 8.5, "items": 6}, "integer"),
    ({"users": True, "items": 6}, "integer"),
    ({"users": 0, "items": 6}, "out of range"),
    ({"nope": 3}, "unknown dim"),
    ({"users": 2**31 - 1, "items": 2**31 - 1}, "would need|this machine"),
])
def test_bad_dims(dims, pattern):
    with pytest.raises(UserError, match=pattern):
        prog(MC).fit({"u": U0, "i": I0, "r": R0}, dims=dims, epochs=1)


def test_vector_dims_too_large():
    with pytest.raises(UserError, match="out of range|would need"):
        prog().fit(X0, Y0, dims={"d": 2**40}, epochs=1)
    with pytest.raises(UserError, match="would need"):
        prog().fit(X0, Y0, dims={"d": 2**31 - 1}, epochs=1)  # dense rows padded to 2^31 columns


def test_missing_and_unknown_fields():
    with pytest.raises(UserError, match="missing data field"):
        prog(MC).fit({"u": U0, "r": R0}, epochs=1)
    with pytest.raises(UserError, match="unknown data field"):
        prog(MC).fit({"u": U0, "i": I0, "r": R0, "zz": R0}, epochs=1)


# ---------------------------------------------------------------------------
# scikit-learn estimators
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("X", [X0.astype(complex), _set(X0, (1, 1), np.nan), X0[:, :, None],
                               _csr(indptr=CSR0.indptr[:-1]), _bad_indices(3, -7), _csr(indices=CSR0.indices.astype(float))])
def test_sklearn_estimators_refuse_bad_arrays(X):
    """sklearn's own check_array comes first (an object array of numbers passes it, as in sklearn), then bind."""
    pytest.importorskip("sklearn")
    from sgdc.sklearn import SpecClassifier, SpecRegressor

    for est, y in ((SpecClassifier(epochs=1), Y0), (SpecRegressor(epochs=1), R0)):
        with pytest.raises((ValueError, TypeError, SgdcError)):
            est.fit(X, y)
    fitted = SpecClassifier(epochs=1).fit(X0, Y0)
    with pytest.raises((ValueError, TypeError, SgdcError)):
        fitted.predict(X)


# ---------------------------------------------------------------------------
# The caller's arrays changed, resized or dropped during a fit (another thread)
# ---------------------------------------------------------------------------

BIG = 200_000


def _big_csr(seed=0):
    rng = np.random.default_rng(seed)
    nnz = 8
    cols = rng.integers(0, 50, (BIG, nnz))
    return sp.csr_matrix((rng.normal(0, 1, BIG * nnz).astype(np.float32), cols.ravel().astype(np.int32),
                          np.arange(0, BIG * nnz + 1, nnz)), shape=(BIG, 50)), np.where(rng.random(BIG) < 0.5, 0.0, 1.0)


def _in_thread(fn):
    out = {}

    def run():
        try:
            out["result"] = fn()
        except BaseException as e:  # noqa: BLE001 - reported to the test
            out["error"] = e

    t = threading.Thread(target=run)
    t.start()
    return t, out


def test_scribbling_on_csr_parts_during_a_fit_cannot_reach_native_code():
    """sgdc binds its own checked copies of indptr and indices: the caller's can change freely."""
    X, y = _big_csr()
    p = sgdc.compile("logistic")
    t, out = _in_thread(lambda: p.fit(X, y, epochs=3))
    rng = np.random.default_rng(1)
    while t.is_alive():
        X.indices[rng.integers(0, X.nnz, 1000)] = 2**31 - 1
        X.indptr[rng.integers(1, BIG, 100)] = 2**40 % 2**31
        X.data[rng.integers(0, X.nnz, 1000)] = np.nan
    t.join()
    assert "error" not in out or isinstance(out["error"], UserError), out.get("error")
    if "error" not in out:
        assert np.isfinite(p.params["w"]).all()


def test_dense_arrays_cannot_be_resized_or_freed_during_a_fit():
    """A float32 C-contiguous X is read in place (no copy); numpy refuses to resize it while sgdc holds it,
    and dropping the caller's name does not free it."""
    rng = np.random.default_rng(2)
    holder = {"X": rng.normal(0, 1, (BIG, 20)).astype(np.float32)}
    y = np.where(rng.random(BIG) < 0.5, 0.0, 1.0)
    p = sgdc.compile("logistic")
    X = holder["X"]
    t, out = _in_thread(lambda X=X: p.fit(X, y, epochs=4))
    refused = 0
    while t.is_alive():
        try:
            holder["X"].resize((10, 10))  # never allowed while the fit references the array
        except ValueError:
            refused += 1
    del X
    holder.clear()
    t.join()
    assert "error" not in out, out.get("error")
    assert refused >= 1 and np.isfinite(p.params["w"]).all()
