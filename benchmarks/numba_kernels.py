"""Hand-written numba SGD kernels: the expert baseline that sgdc is benchmarked against.

Every kernel is what a careful numba user would write by hand for the workload:

* ``@njit(fastmath=True, cache=False, nogil=True)``, typed C-contiguous arrays, no Python objects in the loop;
* float32 data and float32 model, float32 arithmetic (every scalar is cast to ``np.float32`` before the loop, so
  no operation is silently promoted to float64); only the returned epoch loss is accumulated in float64;
* one single-thread epoch function per workload, ``*_epoch(..., order, begin, end, epoch, eta0, decay, lam)``,
  which visits ``order[begin:end]`` in sequence;
* one Hogwild! function per workload, ``*_hogwild(..., order, epoch, eta0, decay, lam, nshards)``, compiled with
  ``parallel=True``: a ``prange`` over ``nshards`` contiguous blocks of the permuted order, each block running the
  single-thread epoch function on the shared model arrays, with no locks (the updates race, by design).

Semantics (shared with sgdc's generated kernels, so the same order gives nearly the same parameters):

* step: ``eta = eta0 / (1 + decay * epoch)``, constant over an epoch;
* regularisation is applied on the support: only coordinates the example touches get ``eta * lam * w_j`` taken
  off, in the same update as the loss gradient (for the dense logistic every coordinate is on the support);
* the returned loss is the sum over the epoch of each example's loss, evaluated before that example's update.

Workloads (data layouts):

1. ``logreg_sparse``: CSR ``indptr`` int64, ``indices`` int32, ``data`` float32, ``y`` float32 in {-1, +1};
   params ``w`` float32[d], ``b`` float32[1].
2. ``logreg_dense``: ``X`` float32[n, d] C-contiguous, ``y`` as above; params as above.
3. ``svm_sparse``: hinge loss, same layout as 1.
4. ``mf``: biased matrix factorisation, ``u`` int32, ``i`` int32, ``r`` float32; params ``mu`` float32[1],
   ``bu`` float32[users], ``bi`` float32[items], ``L`` float32[users, k], ``R`` float32[items, k].
5. ``softmax_sparse``: CSR as in 1, ``y`` int32 class codes; params ``W`` float32[classes, d] (classes-major).

``run_epochs`` is a small driver: it draws one ``rng.permutation(n)`` per epoch from
``np.random.default_rng(seed)``, sets the numba thread count, compiles (warms up) once before timing, and returns the
per-epoch wall times, the per-epoch losses and the final parameters.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numba
import numpy as np
from numba import njit, prange

__all__ = [
    "logreg_sparse_epoch", "logreg_sparse_hogwild",
    "logreg_dense_epoch", "logreg_dense_hogwild",
    "svm_sparse_epoch", "svm_sparse_hogwild",
    "mf_epoch", "mf_hogwild",
    "softmax_sparse_epoch", "softmax_sparse_hogwild",
    "linear_scores_sparse", "linear_scores_dense", "binary_accuracy",
    "mf_predict", "rmse", "softmax_scores_sparse", "softmax_predict_sparse", "multiclass_accuracy",
    "KINDS", "EpochRun", "init_params", "run_epochs",
]

_JIT = dict(fastmath=True, cache=False, nogil=True)
_PJIT = dict(fastmath=True, cache=False, nogil=True, parallel=True)

_F1 = np.float32(1.0)
_F0 = np.float32(0.0)
_F2 = np.float32(2.0)


# --------------------------------------------------------------------------------------------------------------------
# scalar helpers (float32 in, float32 out)

@njit(inline="always", **_JIT)
def _step(epoch, eta0, decay):
    return np.float32(eta0 / (1.0 + decay * epoch))


@njit(inline="always", **_JIT)
def _logistic_loss_and_sig(m):
    """For the margin m = y*z (float32): (log(1 + exp(-m)), sigmoid(-m)), both computed stably."""
    if m >= _F0:
        e = np.exp(-m)                      # in (0, 1]
        return np.log1p(e), e / (_F1 + e)
    e = np.exp(m)                           # in (0, 1)
    return -m + np.log1p(e), _F1 / (_F1 + e)


# --------------------------------------------------------------------------------------------------------------------
# 1. logistic regression, sparse CSR

@njit(**_JIT)
def logreg_sparse_epoch(indptr, indices, data, y, w, b, order, begin, end, epoch, eta0, decay, lam):
    eta = _step(epoch, eta0, decay)
    lam32 = np.float32(lam)
    total = 0.0
    for t in range(begin, end):
        e = order[t]
        lo = indptr[e]
        hi = indptr[e + 1]
        z = _F0
        for k in range(lo, hi):
            z += w[indices[k]] * data[k]
        z += b[0]
        ye = y[e]
        loss, sig = _logistic_loss_and_sig(ye * z)
        total += loss
        g = -ye * sig
        for k in range(lo, hi):
            j = indices[k]
            w[j] -= eta * (g * data[k] + lam32 * w[j])
        b[0] -= eta * g
    return total


@njit(**_PJIT)
def logreg_sparse_hogwild(indptr, indices, data, y, w, b, order, epoch, eta0, decay, lam, nshards):
    n = order.shape[0]
    total = 0.0
    for s in prange(nshards):
        total += logreg_sparse_epoch(indptr, indices, data, y, w, b, order,
                                     s * n // nshards, (s + 1) * n // nshards, epoch, eta0, decay, lam)
    return total


# --------------------------------------------------------------------------------------------------------------------
# 2. logistic regression, dense X[n, d]

@njit(**_JIT)
def logreg_dense_epoch(X, y, w, b, order, begin, end, epoch, eta0, decay, lam):
    eta = _step(epoch, eta0, decay)
    lam32 = np.float32(lam)
    d = X.shape[1]
    total = 0.0
    for t in range(begin, end):
        e = order[t]
        z = _F0
        for j in range(d):
            z += w[j] * X[e, j]
        z += b[0]
        ye = y[e]
        loss, sig = _logistic_loss_and_sig(ye * z)
        total += loss
        g = -ye * sig
        for j in range(d):
            w[j] -= eta * (g * X[e, j] + lam32 * w[j])
        b[0] -= eta * g
    return total


@njit(**_PJIT)
def logreg_dense_hogwild(X, y, w, b, order, epoch, eta0, decay, lam, nshards):
    n = order.shape[0]
    total = 0.0
    for s in prange(nshards):
        total += logreg_dense_epoch(X, y, w, b, order,
                                    s * n // nshards, (s + 1) * n // nshards, epoch, eta0, decay, lam)
    return total


# --------------------------------------------------------------------------------------------------------------------
# 3. linear SVM (hinge), sparse CSR

@njit(**_JIT)
def svm_sparse_epoch(indptr, indices, data, y, w, b, order, begin, end, epoch, eta0, decay, lam):
    eta = _step(epoch, eta0, decay)
    lam32 = np.float32(lam)
    total = 0.0
    for t in range(begin, end):
        e = order[t]
        lo = indptr[e]
        hi = indptr[e + 1]
        z = _F0
        for k in range(lo, hi):
            z += w[indices[k]] * data[k]
        z += b[0]
        ye = y[e]
        m = ye * z
        if m < _F1:
            total += _F1 - m
            g = -ye
            for k in range(lo, hi):
                j = indices[k]
                w[j] -= eta * (g * data[k] + lam32 * w[j])
            b[0] -= eta * g
        else:
            # zero loss gradient: only the regulariser acts, still on the support
            for k in range(lo, hi):
                j = indices[k]
                w[j] -= eta * (lam32 * w[j])
    return total


@njit(**_PJIT)
def svm_sparse_hogwild(indptr, indices, data, y, w, b, order, epoch, eta0, decay, lam, nshards):
    n = order.shape[0]
    total = 0.0
    for s in prange(nshards):
        total += svm_sparse_epoch(indptr, indices, data, y, w, b, order,
                                  s * n // nshards, (s + 1) * n // nshards, epoch, eta0, decay, lam)
    return total


# --------------------------------------------------------------------------------------------------------------------
# 4. biased matrix factorisation

@njit(**_JIT)
def mf_epoch(u, i, r, mu, bu, bi, L, R, order, begin, end, epoch, eta0, decay, lam):
    eta = _step(epoch, eta0, decay)
    lam32 = np.float32(lam)
    k = L.shape[1]
    total = 0.0
    for t in range(begin, end):
        e = order[t]
        uu = u[e]
        ii = i[e]
        bue = bu[uu]
        bie = bi[ii]
        dot = _F0
        for c in range(k):
            dot += L[uu, c] * R[ii, c]
        err = mu[0] + bue + bie + dot - r[e]
        total += err * err
        g = _F2 * err
        mu[0] -= eta * g
        bu[uu] = bue - eta * (g + lam32 * bue)
        bi[ii] = bie - eta * (g + lam32 * bie)
        for c in range(k):
            lc = L[uu, c]
            rc = R[ii, c]
            L[uu, c] = lc - eta * (g * rc + lam32 * lc)
            R[ii, c] = rc - eta * (g * lc + lam32 * rc)
    return total


@njit(**_PJIT)
def mf_hogwild(u, i, r, mu, bu, bi, L, R, order, epoch, eta0, decay, lam, nshards):
    n = order.shape[0]
    total = 0.0
    for s in prange(nshards):
        total += mf_epoch(u, i, r, mu, bu, bi, L, R, order,
                          s * n // nshards, (s + 1) * n // nshards, epoch, eta0, decay, lam)
    return total


# --------------------------------------------------------------------------------------------------------------------
# 5. softmax regression, sparse CSR, W[classes, d]

@njit(**_JIT)
def softmax_sparse_epoch(indptr, indices, data, y, W, order, begin, end, epoch, eta0, decay, lam):
    eta = _step(epoch, eta0, decay)
    lam32 = np.float32(lam)
    C = W.shape[0]
    s = np.empty(C, dtype=np.float32)      # scores, then probabilities; one scratch buffer per call
    total = 0.0
    for t in range(begin, end):
        e = order[t]
        lo = indptr[e]
        hi = indptr[e + 1]
        for c in range(C):
            acc = _F0
            for k in range(lo, hi):
                acc += W[c, indices[k]] * data[k]
            s[c] = acc
        smax = s[0]
        for c in range(1, C):
            if s[c] > smax:
                smax = s[c]
        z = _F0
        ye = y[e]
        sy = s[ye] - smax                   # shifted score of the true class, before exponentiating
        for c in range(C):
            s[c] = np.exp(s[c] - smax)
            z += s[c]
        # loss = logsumexp(s) - s[y] = log(z) - (s[y] - smax)
        total += np.log(z) - sy
        inv = _F1 / z
        for c in range(C):
            gc = s[c] * inv
            if c == ye:
                gc -= _F1
            for k in range(lo, hi):
                j = indices[k]
                W[c, j] -= eta * (gc * data[k] + lam32 * W[c, j])
    return total


@njit(**_PJIT)
def softmax_sparse_hogwild(indptr, indices, data, y, W, order, epoch, eta0, decay, lam, nshards):
    n = order.shape[0]
    total = 0.0
    for s in prange(nshards):
        total += softmax_sparse_epoch(indptr, indices, data, y, W, order,
                                      s * n // nshards, (s + 1) * n // nshards, epoch, eta0, decay, lam)
    return total


# --------------------------------------------------------------------------------------------------------------------
# prediction / evaluation helpers

@njit(**_JIT)
def linear_scores_sparse(indptr, indices, data, w, b):
    """z_e = dot(w, x_e) + b for every row of a CSR matrix (float32[n])."""
    n = indptr.shape[0] - 1
    out = np.empty(n, dtype=np.float32)
    for e in range(n):
        z = b[0]
        for k in range(indptr[e], indptr[e + 1]):
            z += w[indices[k]] * data[k]
        out[e] = z
    return out


def linear_scores_dense(X, w, b):
    return (X @ w + b[0]).astype(np.float32)


def binary_accuracy(scores, y):
    """Fraction of examples whose score has the sign of the label (score 0 counts as +1)."""
    pred = np.where(np.asarray(scores) >= 0, 1.0, -1.0)
    return float(np.mean(pred == np.asarray(y)))


@njit(**_JIT)
def mf_predict(u, i, mu, bu, bi, L, R):
    n = u.shape[0]
    k = L.shape[1]
    out = np.empty(n, dtype=np.float32)
    for e in range(n):
        uu = u[e]
        ii = i[e]
        dot = _F0
        for c in range(k):
            dot += L[uu, c] * R[ii, c]
        out[e] = mu[0] + bu[uu] + bi[ii] + dot
    return out


def rmse(pred, r):
    d = np.asarray(pred, dtype=np.float64) - np.asarray(r, dtype=np.float64)
    return float(np.sqrt(np.mean(d * d)))


@njit(**_JIT)
def softmax_scores_sparse(indptr, indices, data, W):
    """S[e, c] = (W @ x_e)[c] (float32[n, classes])."""
    n = indptr.shape[0] - 1
    C = W.shape[0]
    out = np.empty((n, C), dtype=np.float32)
    for e in range(n):
        for c in range(C):
            acc = _F0
            for k in range(indptr[e], indptr[e + 1]):
                acc += W[c, indices[k]] * data[k]
            out[e, c] = acc
    return out


def softmax_predict_sparse(indptr, indices, data, W):
    return np.argmax(softmax_scores_sparse(indptr, indices, data, W), axis=1).astype(np.int32)


def multiclass_accuracy(pred, y):
    return float(np.mean(np.asarray(pred) == np.asarray(y)))


# --------------------------------------------------------------------------------------------------------------------
# driver

KINDS = ("logreg_sparse", "logreg_dense", "svm_sparse", "mf", "softmax_sparse")

_KERNELS = {
    "logreg_sparse": (logreg_sparse_epoch, logreg_sparse_hogwild),
    "logreg_dense": (logreg_dense_epoch, logreg_dense_hogwild),
    "svm_sparse": (svm_sparse_epoch, svm_sparse_hogwild),
    "mf": (mf_epoch, mf_hogwild),
    "softmax_sparse": (softmax_sparse_epoch, softmax_sparse_hogwild),
}


def _as(a, dtype, name, ndim):
    a = np.asarray(a)
    if a.ndim != ndim:
        raise ValueError(f"{name}: expected {ndim}-d array, got shape {a.shape}")
    return np.ascontiguousarray(a, dtype=dtype)


def _prepare_data(kind, data):
    """Coerce the data tuple of ``kind`` to the exact dtypes/layouts the kernels are written for."""
    if kind in ("logreg_sparse", "svm_sparse", "softmax_sparse"):
        indptr, indices, vals, y = data
        ydt = np.int32 if kind == "softmax_sparse" else np.float32
        out = (_as(indptr, np.int64, "indptr", 1), _as(indices, np.int32, "indices", 1),
               _as(vals, np.float32, "data", 1), _as(y, ydt, "y", 1))
        n = out[0].shape[0] - 1
    elif kind == "logreg_dense":
        X, y = data
        out = (_as(X, np.float32, "X", 2), _as(y, np.float32, "y", 1))
        n = out[0].shape[0]
    elif kind == "mf":
        u, i, r = data
        out = (_as(u, np.int32, "u", 1), _as(i, np.int32, "i", 1), _as(r, np.float32, "r", 1))
        n = out[0].shape[0]
    else:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    return out, n


def init_params(kind, data, *, seed=0, n_features=None, n_classes=None, n_users=None, n_items=None, k=16,
                init_scale=0.1):
    """Initial parameters, as in examples/*.sgd: zeros, except MF factors ~ normal(0, init_scale).

    Sizes default to what the data implies (max index + 1). The MF factors come from
    ``np.random.default_rng([seed, 1])`` so they never consume the epoch-permutation stream.
    """
    data, _ = _prepare_data(kind, data)
    if kind in ("logreg_sparse", "svm_sparse"):
        d = n_features if n_features is not None else int(data[1].max(initial=-1)) + 1
        return (np.zeros(d, np.float32), np.zeros(1, np.float32))
    if kind == "logreg_dense":
        return (np.zeros(data[0].shape[1], np.float32), np.zeros(1, np.float32))
    if kind == "softmax_sparse":
        d = n_features if n_features is not None else int(data[1].max(initial=-1)) + 1
        C = n_classes if n_classes is not None else int(data[3].max(initial=-1)) + 1
        return (np.zeros((C, d), np.float32),)
    # mf
    U = n_users if n_users is not None else int(data[0].max(initial=-1)) + 1
    I = n_items if n_items is not None else int(data[1].max(initial=-1)) + 1
    g = np.random.default_rng([seed, 1])
    return (np.zeros(1, np.float32), np.zeros(U, np.float32), np.zeros(I, np.float32),
            (g.standard_normal((U, k)) * init_scale).astype(np.float32),
            (g.standard_normal((I, k)) * init_scale).astype(np.float32))


@dataclass
class EpochRun:
    kind: str
    threads: int
    epoch_seconds: list = field(default_factory=list)   # wall time of each epoch's kernel call
    losses: list = field(default_factory=list)          # summed per-example loss of each epoch (before updates)
    compile_seconds: float = 0.0                        # JIT warm-up, not included in epoch_seconds
    params: tuple = ()                                  # final parameter arrays (float32)


def run_epochs(kind, data, params=None, *, epochs=5, seed=0, threads=1, eta0=0.5, decay=0.5, lam=1e-6,
               **init_kw):
    """Train ``kind`` for ``epochs`` epochs with the hand-written numba kernel.

    data: the data tuple of the kind (see the module docstring); params: tuple of float32 arrays, updated in place
    (``init_params(kind, data, seed=seed, **init_kw)`` when None). threads == 1 runs the single-thread epoch
    function; threads > 1 runs the Hogwild! kernel with one shard per thread. Epoch ``ep`` visits
    ``rng.permutation(n)`` with ``rng = np.random.default_rng(seed)``, drawn once per epoch, in order.
    """
    if kind not in _KERNELS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    data, n = _prepare_data(kind, data)
    if params is None:
        params = init_params(kind, data, seed=seed, **init_kw)
    params = tuple(params)
    for p in params:
        if p.dtype != np.float32 or not p.flags.c_contiguous:
            raise TypeError("params must be C-contiguous float32 arrays")
    threads = int(threads)
    if not 1 <= threads <= numba.config.NUMBA_NUM_THREADS:
        raise ValueError(f"threads must be in 1..{numba.config.NUMBA_NUM_THREADS} (NUMBA_NUM_THREADS)")
    numba.set_num_threads(threads)
    serial, hogwild = _KERNELS[kind]
    eta0, decay, lam = float(eta0), float(decay), float(lam)

    # warm-up: compile for these exact types on throw-away copies, with a short order
    scratch = tuple(p.copy() for p in params)
    warm_order = np.arange(min(n, 2 * threads), dtype=np.int64)
    t0 = time.perf_counter()
    if threads == 1:
        serial(*data, *scratch, warm_order, 0, warm_order.shape[0], 0, eta0, decay, lam)
    else:
        hogwild(*data, *scratch, warm_order, 0, eta0, decay, lam, threads)
    run = EpochRun(kind=kind, threads=threads, compile_seconds=time.perf_counter() - t0, params=params)

    rng = np.random.default_rng(seed)
    for ep in range(epochs):
        order = rng.permutation(n).astype(np.int64, copy=False)
        t0 = time.perf_counter()
        if threads == 1:
            loss = serial(*data, *params, order, 0, n, ep, eta0, decay, lam)
        else:
            loss = hogwild(*data, *params, order, ep, eta0, decay, lam, threads)
        run.epoch_seconds.append(time.perf_counter() - t0)
        run.losses.append(float(loss))
    return run
