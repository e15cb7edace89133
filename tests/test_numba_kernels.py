"""Checks for the hand-written numba baseline kernels in benchmarks/numba_kernels.py.

Each single-thread kernel is compared against a plain float64 numpy loop of the same semantics; each Hogwild!
kernel (2 threads) must reach a loss close to the single-thread one; on a9a (when ../shared/datasets exists) the
sparse logistic kernel must reach the accuracy linear models are known to reach there.
"""

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

numba = pytest.importorskip("numba")

_ROOT = Path(__file__).resolve().parents[1]
_DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"


def _load_module():
    spec = importlib.util.spec_from_file_location("numba_kernels", _ROOT / "benchmarks" / "numba_kernels.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("numba_kernels", mod)
    spec.loader.exec_module(mod)
    return mod


nk = _load_module()

ETA0, DECAY, LAM = 0.2, 0.5, 1e-2
RTOL, ATOL = 1e-4, 1e-6


# ------------------------------------------------------------------------------------------------------------------
# tiny random data

def _csr(n, d, density, seed):
    g = np.random.default_rng(seed)
    indptr = [0]
    indices, data = [], []
    for _ in range(n):
        cols = np.flatnonzero(g.random(d) < density)
        if cols.size == 0:
            cols = g.integers(0, d, 1)
        indices.extend(cols.tolist())
        data.extend(g.standard_normal(cols.size).tolist())
        indptr.append(len(indices))
    return (np.array(indptr, np.int64), np.array(indices, np.int32), np.array(data, np.float32))


def _labels_pm1(n, seed):
    return np.where(np.random.default_rng(seed).random(n) < 0.5, -1.0, 1.0).astype(np.float32)


def _order(n, seed):
    return np.random.default_rng(seed).permutation(n).astype(np.int64)


def _eta(epoch, eta0=None):
    return (ETA0 if eta0 is None else eta0) / (1.0 + DECAY * epoch)


# ------------------------------------------------------------------------------------------------------------------
# float64 references (same semantics, written as plainly as possible)

def _log1pexp(t):
    return np.logaddexp(0.0, t)


def _sigmoid(t):
    return np.exp(-np.logaddexp(0.0, -t))


def ref_linear_sparse(indptr, indices, data, y, w, b, order, epoch, hinge, eta0=None, lam=LAM):
    w = w.astype(np.float64)
    b = float(b[0])
    eta = _eta(epoch, eta0)
    total = 0.0
    for e in order:
        idx = indices[indptr[e]:indptr[e + 1]]
        x = data[indptr[e]:indptr[e + 1]].astype(np.float64)
        z = float(np.dot(w[idx], x)) + b
        m = y[e] * z
        if hinge:
            total += max(0.0, 1.0 - m)
            g = -y[e] if m < 1.0 else 0.0
        else:
            total += _log1pexp(-m)
            g = -y[e] * _sigmoid(-m)
        w[idx] -= eta * (g * x + lam * w[idx])
        b -= eta * g
    return w, b, total


def ref_logreg_dense(X, y, w, b, order, epoch):
    w = w.astype(np.float64)
    b = float(b[0])
    eta = _eta(epoch)
    total = 0.0
    for e in order:
        x = X[e].astype(np.float64)
        z = float(w @ x) + b
        m = y[e] * z
        total += _log1pexp(-m)
        g = -y[e] * _sigmoid(-m)
        w -= eta * (g * x + LAM * w)
        b -= eta * g
    return w, b, total


def ref_mf(u, i, r, mu, bu, bi, L, R, order, epoch, eta0):
    mu = float(mu[0])
    bu, bi, L, R = (a.astype(np.float64) for a in (bu, bi, L, R))
    eta = _eta(epoch, eta0)
    total = 0.0
    for e in order:
        uu, ii = u[e], i[e]
        err = mu + bu[uu] + bi[ii] + L[uu] @ R[ii] - r[e]
        total += err * err
        g = 2.0 * err
        mu -= eta * g
        bu[uu] -= eta * (g + LAM * bu[uu])
        bi[ii] -= eta * (g + LAM * bi[ii])
        Lu, Ri = L[uu].copy(), R[ii].copy()
        L[uu] = Lu - eta * (g * Ri + LAM * Lu)
        R[ii] = Ri - eta * (g * Lu + LAM * Ri)
    return mu, bu, bi, L, R, total


def ref_softmax_sparse(indptr, indices, data, y, W, order, epoch):
    W = W.astype(np.float64)
    eta = _eta(epoch)
    total = 0.0
    for e in order:
        idx = indices[indptr[e]:indptr[e + 1]]
        x = data[indptr[e]:indptr[e + 1]].astype(np.float64)
        s = W[:, idx] @ x
        lse = np.logaddexp.reduce(s)
        total += lse - s[y[e]]
        p = np.exp(s - lse)
        p[y[e]] -= 1.0
        W[:, idx] -= eta * (np.outer(p, x) + LAM * W[:, idx])
    return W, total


# ------------------------------------------------------------------------------------------------------------------
# single-thread kernels against the references (epoch 1, so the step decay is exercised)

@pytest.mark.parametrize("hinge", [False, True], ids=["logistic", "svm"])
def test_linear_sparse_matches_reference(hinge):
    n, d = 120, 25
    indptr, indices, data = _csr(n, d, 0.3, 1)
    y = _labels_pm1(n, 2)
    g = np.random.default_rng(3)
    w = (0.1 * g.standard_normal(d)).astype(np.float32)
    b = np.array([0.05], np.float32)
    order = _order(n, 4)
    rw, rb, rloss = ref_linear_sparse(indptr, indices, data, y, w, b, order, 1, hinge)
    kern = nk.svm_sparse_epoch if hinge else nk.logreg_sparse_epoch
    loss = kern(indptr, indices, data, y, w, b, order, 0, n, 1, ETA0, DECAY, LAM)
    np.testing.assert_allclose(w, rw, rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(b[0], rb, rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(loss, rloss, rtol=RTOL)


def test_linear_sparse_subrange_visits_only_order_slice():
    n, d = 60, 10
    indptr, indices, data = _csr(n, d, 0.4, 5)
    y = _labels_pm1(n, 6)
    order = _order(n, 7)
    w, b = np.zeros(d, np.float32), np.zeros(1, np.float32)
    loss = nk.logreg_sparse_epoch(indptr, indices, data, y, w, b, order, 10, 30, 0, ETA0, DECAY, LAM)
    rw, rb, rloss = ref_linear_sparse(indptr, indices, data, y, np.zeros(d, np.float32), np.zeros(1, np.float32),
                                      order[10:30], 0, False)
    np.testing.assert_allclose(w, rw, rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(loss, rloss, rtol=RTOL)


def test_logreg_dense_matches_reference():
    n, d = 100, 12
    g = np.random.default_rng(8)
    X = g.standard_normal((n, d)).astype(np.float32)
    y = _labels_pm1(n, 9)
    w = (0.1 * g.standard_normal(d)).astype(np.float32)
    b = np.array([-0.1], np.float32)
    order = _order(n, 10)
    rw, rb, rloss = ref_logreg_dense(X, y, w, b, order, 1)
    loss = nk.logreg_dense_epoch(X, y, w, b, order, 0, n, 1, ETA0, DECAY, LAM)
    np.testing.assert_allclose(w, rw, rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(b[0], rb, rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(loss, rloss, rtol=RTOL)


def _mf_data(n, users, items, k, seed):
    g = np.random.default_rng(seed)
    u = g.integers(0, users, n).astype(np.int32)
    i = g.integers(0, items, n).astype(np.int32)
    r = g.integers(1, 6, n).astype(np.float32)
    params = (np.array([3.0], np.float32), (0.1 * g.standard_normal(users)).astype(np.float32),
              (0.1 * g.standard_normal(items)).astype(np.float32),
              (0.1 * g.standard_normal((users, k))).astype(np.float32),
              (0.1 * g.standard_normal((items, k))).astype(np.float32))
    return (u, i, r), params


def test_mf_matches_reference():
    n = 150
    (u, i, r), (mu, bu, bi, L, R) = _mf_data(n, 12, 9, 4, 11)
    order = _order(n, 12)
    ETA_MF = 0.02
    rmu, rbu, rbi, rL, rR, rloss = ref_mf(u, i, r, mu, bu, bi, L, R, order, 1, ETA_MF)
    loss = nk.mf_epoch(u, i, r, mu, bu, bi, L, R, order, 0, n, 1, ETA_MF, DECAY, LAM)
    np.testing.assert_allclose(mu[0], rmu, rtol=RTOL, atol=ATOL)
    for got, want in ((bu, rbu), (bi, rbi), (L, rL), (R, rR)):
        np.testing.assert_allclose(got, want, rtol=RTOL, atol=1e-5)
    np.testing.assert_allclose(loss, rloss, rtol=RTOL)


def test_softmax_sparse_matches_reference():
    n, d, C = 100, 20, 4
    indptr, indices, data = _csr(n, d, 0.3, 13)
    y = np.random.default_rng(14).integers(0, C, n).astype(np.int32)
    W = (0.1 * np.random.default_rng(15).standard_normal((C, d))).astype(np.float32)
    order = _order(n, 16)
    rW, rloss = ref_softmax_sparse(indptr, indices, data, y, W, order, 1)
    loss = nk.softmax_sparse_epoch(indptr, indices, data, y, W, order, 0, n, 1, ETA0, DECAY, LAM)
    np.testing.assert_allclose(W, rW, rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(loss, rloss, rtol=RTOL)


# ------------------------------------------------------------------------------------------------------------------
# Hogwild! (2 threads) reaches about the same loss as one thread

def _hogwild_cases():
    n, d = 3000, 40
    indptr, indices, data = _csr(n, d, 0.2, 20)
    wtrue = np.random.default_rng(21).standard_normal(d)
    z = np.array([wtrue[indices[indptr[e]:indptr[e + 1]]] @ data[indptr[e]:indptr[e + 1]] for e in range(n)])
    y = np.where(z > 0, 1.0, -1.0).astype(np.float32)
    X = np.random.default_rng(22).standard_normal((n, 16)).astype(np.float32)
    yd = np.where(X @ wtrue[:16] > 0, 1.0, -1.0).astype(np.float32)
    yc = (np.argmax(np.stack([z, -z, 0.5 * z + 0.3]), axis=0)).astype(np.int32)
    (u, i, r), _ = _mf_data(n, 60, 40, 8, 23)
    return {
        "logreg_sparse": ((indptr, indices, data, y), dict(eta0=0.2), {}),
        "svm_sparse": ((indptr, indices, data, y), dict(eta0=0.05), {}),
        "logreg_dense": ((X, yd), dict(eta0=0.1), {}),
        "mf": ((u, i, r), dict(eta0=0.01), dict(k=8)),
        "softmax_sparse": ((indptr, indices, data, yc), dict(eta0=0.2), dict(n_classes=3)),
    }


_HW = _hogwild_cases()


@pytest.mark.parametrize("kind", nk.KINDS)
def test_hogwild_two_threads_reaches_similar_loss(kind):
    if numba.config.NUMBA_NUM_THREADS < 2:
        pytest.skip("numba has fewer than 2 threads (NUMBA_NUM_THREADS)")
    data, step, init_kw = _HW[kind]
    kw = dict(epochs=4, seed=0, decay=0.5, lam=1e-4, **step)
    p1 = nk.init_params(kind, data, seed=0, **init_kw)
    p2 = tuple(p.copy() for p in p1)
    r1 = nk.run_epochs(kind, data, p1, threads=1, **kw)
    r2 = nk.run_epochs(kind, data, p2, threads=2, **kw)
    assert len(r2.epoch_seconds) == 4 and r2.compile_seconds > 0
    assert all(np.isfinite(r2.losses))
    assert r2.losses[-1] < r2.losses[0]                    # it learns
    # the last epoch's summed loss within 15% (plus a small absolute slack) of the single-thread run.  Dense
    # logistic gets more room: every step rewrites all 16 weights (one cache line), so the two threads lose many
    # updates to read-modify-write races; measured here it ends about 20% above one thread (sparse kinds: < 5%).
    tol = 0.35 if kind == "logreg_dense" else 0.15
    assert abs(r2.losses[-1] - r1.losses[-1]) <= tol * r1.losses[-1] + 1.0, (r1.losses, r2.losses)


@pytest.mark.parametrize("kind", nk.KINDS)
def test_hogwild_one_thread_equals_single_thread_kernel(kind):
    # with one numba thread the shards run one after another, and consecutive contiguous shards of the order are
    # the order itself: the Hogwild! kernel must then reproduce the single-thread kernel exactly
    data, step, init_kw = _HW[kind]
    data, n = nk._prepare_data(kind, data)
    p1 = nk.init_params(kind, data, seed=0, **init_kw)
    p2 = tuple(p.copy() for p in p1)
    order = _order(n, 40)
    serial, hogwild = nk._KERNELS[kind]
    saved = numba.get_num_threads()
    numba.set_num_threads(1)
    try:
        l1 = serial(*data, *p1, order, 0, n, 1, step["eta0"], 0.5, 1e-4)
        l2 = hogwild(*data, *p2, order, 1, step["eta0"], 0.5, 1e-4, 3)
    finally:
        numba.set_num_threads(saved)
    for a, b in zip(p1, p2):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(l1, l2, rtol=1e-12)


def test_run_epochs_single_thread_equals_direct_kernel_calls():
    n, d = 200, 15
    indptr, indices, data = _csr(n, d, 0.3, 30)
    y = _labels_pm1(n, 31)
    run = nk.run_epochs("logreg_sparse", (indptr, indices, data, y), epochs=3, seed=7, threads=1,
                        eta0=ETA0, decay=DECAY, lam=LAM, n_features=d)
    w, b = np.zeros(d, np.float32), np.zeros(1, np.float32)
    rng = np.random.default_rng(7)
    losses = [nk.logreg_sparse_epoch(indptr, indices, data, y, w, b, rng.permutation(n), 0, n, ep, ETA0, DECAY, LAM)
              for ep in range(3)]
    np.testing.assert_array_equal(run.params[0], w)
    np.testing.assert_array_equal(run.params[1], b)
    np.testing.assert_allclose(run.losses, losses)


# ------------------------------------------------------------------------------------------------------------------
# a9a (real data, when the shared data sets are present)

def _read_svmlight(path, n_features):
    indptr, indices, data, y = [0], [], [], []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if not parts:
                continue
            y.append(float(parts[0]))
            for tok in parts[1:]:
                j, v = tok.split(":")
                indices.append(int(j) - 1)        # one-based in the file
                data.append(float(v))
            indptr.append(len(indices))
    ind = np.array(indices, np.int32)
    assert ind.size == 0 or (ind.min() >= 0 and ind.max() < n_features)
    return (np.array(indptr, np.int64), ind, np.array(data, np.float32), np.array(y, np.float32))


@pytest.fixture(scope="module")
def a9a():
    folder = _DATASETS / "a9a"
    if not (folder / "a9a").is_file() or not (folder / "a9a.t").is_file():
        pytest.skip(f"a9a not found under {folder} (the shared data sets live in ../shared/datasets, "
                    "absent from a fresh clone)")
    train = _read_svmlight(folder / "a9a", 123)
    test = _read_svmlight(folder / "a9a.t", 123)
    assert set(np.unique(train[3])) == {-1.0, 1.0}
    return train, test


def _a9a_accuracy(a9a, eta0, decay, seed=0):
    train, test = a9a
    run = nk.run_epochs("logreg_sparse", train, epochs=5, seed=seed, threads=1, eta0=eta0, decay=decay, lam=1e-6,
                        n_features=123)
    w, b = run.params
    return nk.binary_accuracy(nk.linear_scores_sparse(*test[:3], w, b), test[3])


def test_logreg_a9a_matches_reference_one_epoch(a9a):
    train, _ = a9a
    w, b = np.zeros(123, np.float32), np.zeros(1, np.float32)
    order = _order(train[3].shape[0], 0)
    loss = nk.logreg_sparse_epoch(*train, w, b, order, 0, order.shape[0], 0, 0.5, 0.5, 1e-6)
    rw, rb, rloss = ref_linear_sparse(*train, np.zeros(123, np.float32), np.zeros(1, np.float32), order, 0, False,
                                      eta0=0.5, lam=1e-6)
    np.testing.assert_allclose(w, rw, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(loss, rloss, rtol=1e-4)


def test_logreg_a9a_accuracy_small_step(a9a):
    # eta0=0.05: over seeds 0..9 the 5-epoch test accuracy is 0.843 .. 0.852 (LIBLINEAR: about 0.850)
    acc = _a9a_accuracy(a9a, eta0=0.05, decay=0.5)
    assert acc >= 0.84, acc


def test_logreg_a9a_accuracy_example_schedule(a9a):
    # The schedule of examples/logistic.sgd (eta0=0.5, decay=0.5): its last iterate after 5 epochs is noisy;
    # over seeds 0..9 the test accuracy is 0.814 .. 0.843 (seed 0: 0.834), identically in a float64 reference
    # loop, so 0.84 is not a property of this schedule.  Bar: well above the majority class (0.76).
    acc = _a9a_accuracy(a9a, eta0=0.5, decay=0.5)
    assert acc >= 0.825, acc
