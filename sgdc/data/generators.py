"""Synthetic data sets with a known truth, seeded and vectorised.

Every generator takes a ``seed`` and uses ``numpy.random.default_rng(seed)``, so
the same arguments always give the same data.  See ``docs/data.md`` for the
distributions and the reasons behind them.
"""
from __future__ import annotations

import numpy as np

from sgdc.errors import UserError

__all__ = [
    "psd_completion",
    "ratings",
    "sparse_classification",
    "dense_classification",
    "dense_regression",
]

_LABEL_NOISE = 0.05


def _pos_int(v, what: str, zero_ok: bool = False) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
        raise UserError(f"{what} must be an integer, not {v!r}")
    if v < 0 or (v == 0 and not zero_ok):
        raise UserError(f"{what} must be {'>= 0' if zero_ok else 'positive'}, not {v}")
    return int(v)


def _rows_dot(A: np.ndarray, B: np.ndarray, block: int = 1 << 20) -> np.ndarray:
    """sum(A * B, axis=1) in blocks, so memory stays O(block * rank)."""
    out = np.empty(A.shape[0], dtype=np.float64)
    for s in range(0, A.shape[0], block):
        out[s : s + block] = np.einsum("ij,ij->i", A[s : s + block], B[s : s + block])
    return out


def _unique_pairs(rng, total: int, m: int) -> np.ndarray:
    """m distinct integers in [0, total), uniformly, in random order."""
    if m > total:
        raise UserError(f"cannot draw {m} distinct entries out of {total}")
    if m * 4 >= total:
        return rng.permutation(total)[:m]
    return rng.choice(total, size=m, replace=False)


def psd_completion(n: int = 1000, rank: int = 5, fraction: float = 0.05, seed: int = 0, noise: float = 0.0):
    """Observed entries of a random rank-``rank`` PSD matrix ``A = X* X*^T``.

    ``X_true`` (float64, ``n x rank``) has i.i.d. N(0, 1/sqrt(rank)) entries
    (standard deviation ``1/sqrt(rank)``), so ``A[i,i]`` has mean 1 and the
    off-diagonal entries variance ``1/rank``.  ``round(fraction * n * n)`` distinct
    pairs ``(i, j)`` with ``i <= j`` (diagonal included) are drawn uniformly without
    replacement from the ``n (n + 1) / 2`` upper-triangle pairs; as A is symmetric,
    ``(i, j)`` also stands for ``(j, i)``.  ``a = A[i, j] + noise * N(0, 1)``.

    Returns ``dict(i=int32, j=int32, a=float32, X_true=float64, A_entry=f)`` where
    ``f(i, j)`` computes entries of A from X_true (A itself is never built).
    """
    n = _pos_int(n, "n")
    rank = _pos_int(rank, "rank")
    if not 0 <= fraction or not np.isfinite(fraction):
        raise UserError(f"fraction must be >= 0, not {fraction}")
    if noise < 0 or not np.isfinite(noise):
        raise UserError(f"noise must be >= 0, not {noise}")
    total = n * (n + 1) // 2
    m = int(round(fraction * n * n))
    if m > total:
        raise UserError(
            f"fraction={fraction} asks for {m} distinct pairs i <= j but an {n} x {n} symmetric matrix "
            f"has only {total} (fraction must be <= {total / (n * n):.4f})"
        )
    rng = np.random.default_rng(seed)
    X = rng.normal(0.0, 1.0 / np.sqrt(rank), size=(n, rank))
    k = _unique_pairs(rng, total, m).astype(np.int64)
    # row i of the upper triangle holds pairs (i, i..n-1); it starts at off[i]
    off = np.arange(n, dtype=np.int64) * n - np.arange(n, dtype=np.int64) * (np.arange(n, dtype=np.int64) - 1) // 2
    i = np.searchsorted(off, k, side="right") - 1
    j = i + (k - off[i])
    a = _rows_dot(X[i], X[j]) if m else np.zeros(0)
    if noise:
        a = a + rng.normal(0.0, noise, size=m)

    def A_entry(ii, jj):
        ii = np.asarray(ii, dtype=np.int64)
        jj = np.asarray(jj, dtype=np.int64)
        return np.sum(X[ii] * X[jj], axis=-1)

    return {
        "i": i.astype(np.int32),
        "j": j.astype(np.int32),
        "a": a.astype(np.float32),
        "X_true": X,
        "A_entry": A_entry,
    }


def ratings(n_users: int, n_items: int, n_ratings: int, rank: int = 10, seed: int = 0, noise: float = 0.5):
    """Ratings from a biased low-rank model, like MovieLens.

    ``r = mu + bu[u] + bi[i] + P[u] . Q[i] + noise * N(0, 1)``, clipped to [1, 5],
    with ``mu = 3.5``, ``bu ~ N(0, 0.3)``, ``bi ~ N(0, 0.5)`` and P, Q entries
    N(0, 0.7/sqrt(sqrt(rank))) (so the interaction term has standard deviation
    about 0.5).  ``n_ratings`` distinct (user, item) pairs are drawn uniformly.

    Returns ``dict(u=int64, i=int64, r=float64, mu, bu, bi, P, Q)``: ids are dense
    0-based, in the same layout as :func:`sgdc.data.loaders.load_ratings`.
    """
    n_users = _pos_int(n_users, "n_users")
    n_items = _pos_int(n_items, "n_items")
    n_ratings = _pos_int(n_ratings, "n_ratings", zero_ok=True)
    rank = _pos_int(rank, "rank")
    if n_ratings > n_users * n_items:
        raise UserError(f"n_ratings={n_ratings} exceeds n_users * n_items = {n_users * n_items}")
    rng = np.random.default_rng(seed)
    mu = 3.5
    bu = rng.normal(0.0, 0.3, size=n_users)
    bi = rng.normal(0.0, 0.5, size=n_items)
    s = 0.7 / np.sqrt(np.sqrt(rank))
    P = rng.normal(0.0, s, size=(n_users, rank))
    Q = rng.normal(0.0, s, size=(n_items, rank))
    k = _unique_pairs(rng, n_users * n_items, n_ratings).astype(np.int64)
    u, i = np.divmod(k, n_items)
    r = mu + bu[u] + bi[i] + _rows_dot(P[u], Q[i]) + noise * rng.normal(size=n_ratings)
    np.clip(r, 1.0, 5.0, out=r)
    return {"u": u, "i": i, "r": r, "mu": mu, "bu": bu, "bi": bi, "P": P, "Q": Q}


def _flip(rng, y: np.ndarray, n_classes: int, frac: float = _LABEL_NOISE) -> np.ndarray:
    """Replace a ``frac`` share of labels by another class, chosen uniformly."""
    flip = rng.random(y.size) < frac
    if n_classes == 2:
        y[flip] = -y[flip]
    else:
        shift = rng.integers(1, n_classes, size=int(flip.sum()))
        y[flip] = (y[flip] + shift) % n_classes
    return y


def _labels_from_scores(rng, scores: np.ndarray, n_classes: int):
    """±1 (float64) from the sign of centred scores, or argmax of centred scores (int32)."""
    if n_classes == 2:
        s = scores[:, 0]
        y = np.where(s > np.median(s), 1.0, -1.0)
    else:
        scores = scores - np.median(scores, axis=0)
        y = np.argmax(scores, axis=1).astype(np.int32)
    return _flip(rng, y, n_classes)


def sparse_classification(
    n: int,
    d: int,
    nnz_per_row: int,
    seed: int = 0,
    power_law: float = 0.65,
    normalize: bool = True,
    n_classes: int = 2,
    informative: int | None = None,
):
    """RCV1-like sparse text data: ``(X csr float32, y)``.

    Feature popularity follows Zipf's law: the feature of popularity rank r is
    drawn with probability proportional to ``r ** -power_law`` (ranks are mapped to
    columns by a random permutation).  The default exponent 0.65 is calibrated on
    the RCV1 sample in ``../shared/datasets/rcv1-small`` (47,236 features, ~75
    nonzeros a row): its most frequent term is in 43.5% of the documents, and with
    0.65 the most popular generated feature is in about 46% of the rows (with 1.1,
    the top ten features would be in 90-100% of the rows, unlike any text corpus).  Each row has ``nnz_per_row`` distinct
    columns (draws that repeat a column are redrawn a few rounds; the rare leftovers
    are dropped).  Values are tf-idf-like: ``(1 + Exp(1)) * log(1 / p_col)``, and
    rows are scaled to unit L2 norm when ``normalize``.

    Labels come from random true weights ``w ~ N(0, 1)``: for 2 classes
    ``y = ±1`` (float64) by the sign of ``X w`` minus its median (balanced), for
    ``k > 2`` classes ``y = argmax_c (X W - median)`` as int32 codes 0..k-1; then 5%
    of labels are replaced by another class (label noise).  ``informative``: only the
    ``informative`` most popular features have true weights (the rest are zero, so
    a long tail of rare features is noise, as hashed features are): a large, sparsely
    touched model that is still learnable.
    """
    n = _pos_int(n, "n")
    d = _pos_int(d, "d")
    k = _pos_int(nnz_per_row, "nnz_per_row", zero_ok=True)
    n_classes = _pos_int(n_classes, "n_classes")
    if n_classes < 2:
        raise UserError(f"n_classes must be at least 2, not {n_classes}")
    if k > d:
        raise UserError(f"nnz_per_row={k} exceeds d={d}")
    if not power_law >= 0:
        raise UserError(f"power_law must be >= 0, not {power_law}")
    rng = np.random.default_rng(seed)
    p = np.arange(1, d + 1, dtype=np.float64) ** -float(power_law)
    p /= p.sum()
    cdf = np.cumsum(p)
    cdf[-1] = 1.0
    perm = rng.permutation(d).astype(np.int32)  # rank -> column

    # inverse-CDF sampling through a lookup table: bucket j of [0, 1) covers ranks
    # table[j]..table[j+1]; only draws in buckets holding several ranks need a search.
    G = int(min(max(1 << 20, 8 * d), 1 << 24))
    table = np.searchsorted(cdf, np.arange(G + 1) / G, side="right").astype(np.int32)

    def draw(size, u=None):
        if u is None:
            u = rng.random(size)
        b = np.minimum((u * G).astype(np.int64), G - 1)
        lo = table[b]
        amb = lo != table[b + 1]
        if amb.any():
            lo[amb] = np.searchsorted(cdf, u[amb], side="right")
        return np.minimum(lo, d - 1)

    ranks = draw((n, k))
    ranks.sort(axis=1)
    # redraw repeated columns, only in the rows that have some
    if k > 1:
        rows = np.arange(n)
        sub = ranks
        for _ in range(64):
            dup = sub[:, 1:] == sub[:, :-1]
            has = dup.any(axis=1)
            rows, sub, dup = rows[has], sub[has], dup[has]
            if rows.size == 0:
                break
            m = np.zeros(sub.shape, dtype=bool)
            m[:, 1:] = dup
            sub[m] = draw(int(m.sum()))
            sub.sort(axis=1)
            ranks[rows] = sub
    keep = np.ones((n, k), dtype=bool)
    if k > 1:
        keep[:, 1:] = ranks[:, 1:] != ranks[:, :-1]
    all_kept = bool(keep.all())
    logp = (-np.log(p)).astype(np.float32)
    vals = rng.standard_exponential(size=(n, k), dtype=np.float32)
    vals += 1.0
    vals *= logp[ranks]
    cols = perm[ranks].astype(np.int64)
    if not all_kept:
        cols[~keep] = d  # sentinel: sorts last, dropped below
        vals[~keep] = 0.0
    if normalize:
        norms = np.sqrt(np.einsum("ij,ij->i", vals, vals))
        vals /= np.where(norms > 0, norms, 1.0).astype(np.float32)[:, None]
    # sort columns within each row, carrying the values: one int64 sort of
    # (column << 32 | float32 bits)
    key = (cols << 32) | vals.view(np.uint32).astype(np.int64)
    del cols
    key.sort(axis=1)
    cols = (key >> 32).astype(np.int32)
    vals = (key & 0xFFFFFFFF).astype(np.uint32).view(np.float32)
    del key
    ncol = 1 if n_classes == 2 else n_classes
    W = np.zeros((d + 1, ncol))
    W[:d] = rng.normal(size=(d, ncol))
    if informative is not None:  # columns of popularity rank >= informative carry no signal
        W[perm[_pos_int(informative, "informative"):]] = 0.0
    scores = np.stack([np.einsum("ij,ij->i", vals, W[cols, c]) for c in range(ncol)], axis=1)
    if all_kept:
        indptr = np.arange(n + 1, dtype=np.int64) * k
        data, indices = vals.reshape(-1), cols.reshape(-1)
    else:
        keep = cols < d
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(keep.sum(axis=1), out=indptr[1:])
        data, indices = vals[keep], cols[keep]
    from sgdc.data.loaders import _csr

    X = _csr(data, indices, indptr, (n, d))
    y = _labels_from_scores(rng, scores, n_classes)
    return X, y


def dense_classification(n: int, d: int, seed: int = 0, n_classes: int = 2):
    """Gaussian features, labels from a random linear model: ``(X float32, y)``.

    ``X ~ N(0, 1)`` (C-contiguous float32), true weights ``W ~ N(0, 1/d)``; for 2
    classes ``y = ±1`` (float64) by the sign of ``X w`` minus its median, for k > 2
    ``y = argmax_c (X W - median)`` (int32 codes 0..k-1); 5% label noise.
    """
    n = _pos_int(n, "n")
    d = _pos_int(d, "d")
    n_classes = _pos_int(n_classes, "n_classes")
    if n_classes < 2:
        raise UserError(f"n_classes must be at least 2, not {n_classes}")
    rng = np.random.default_rng(seed)
    X = rng.standard_normal(size=(n, d), dtype=np.float32)
    ncol = 1 if n_classes == 2 else n_classes
    W = rng.normal(0.0, 1.0 / np.sqrt(d), size=(d, ncol))
    y = _labels_from_scores(rng, X.astype(np.float64) @ W, n_classes)
    return np.ascontiguousarray(X), y


def xor_classification(n: int, d: int = 10, seed: int = 0, noise: float = 0.0):
    """A task no linear model can learn: ``X ~ N(0, 1)`` (float32, ``d >= 2`` columns), ``y = sign(x_0 * x_1)``
    (float64 +-1; the other columns are noise), a share ``noise`` of labels flipped: ``(X, y)``.  A linear model
    scores chance (0.5); one hidden layer of a few relu units separates it (``examples/mlp.sgd``: 0.995)."""
    n = _pos_int(n, "n")
    d = _pos_int(d, "d")
    if d < 2:
        raise UserError(f"xor_classification needs d >= 2 columns, not {d}")
    rng = np.random.default_rng(seed)
    X = rng.standard_normal(size=(n, d), dtype=np.float32)
    y = np.where(X[:, 0].astype(np.float64) * X[:, 1] > 0, 1.0, -1.0)
    flip = rng.random(n) < float(noise)
    y[flip] = -y[flip]
    return np.ascontiguousarray(X), y


def dense_regression(n: int, d: int, seed: int = 0, noise: float = 0.1):
    """``y = X w_true + noise * N(0, 1)``: ``(X float32, y float64, w_true float64)``.

    ``X ~ N(0, 1)`` (C-contiguous float32), ``w_true ~ N(0, 1/d)`` so ``X w_true``
    has unit variance and ``noise`` is the noise-to-signal standard deviation ratio.
    """
    n = _pos_int(n, "n")
    d = _pos_int(d, "d")
    if noise < 0 or not np.isfinite(noise):
        raise UserError(f"noise must be >= 0, not {noise}")
    rng = np.random.default_rng(seed)
    X = rng.standard_normal(size=(n, d), dtype=np.float32)
    w = rng.normal(0.0, 1.0 / np.sqrt(d), size=d)
    y = X.astype(np.float64) @ w + noise * rng.standard_normal(n)
    return np.ascontiguousarray(X), y, w
