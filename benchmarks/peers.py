"""What a user would pick instead of sgdc: scikit-learn, Vowpal Wabbit and scikit-surprise, each on its own
sensible settings and its fastest ordinary path, run for the same number of epochs as sgdc.

Every function takes a :class:`workloads.Case` and returns a row dict (``system``, ``threads``, ``precision``,
``seconds_per_epoch``, ``quality``, ``note`` ...) or raises :class:`Skip` with the reason (peer not installed,
workload not applicable).  The peers train for all epochs in one call, so their seconds per epoch are
``total / epochs`` (noted in the row as ``per_epoch: "total/epochs"``); setup (format conversion, VW text and cache
files, surprise's trainset) is timed apart and not counted.

* scikit-learn: ``SGDClassifier(loss="log_loss", alpha=1e-4, max_iter=epochs, tol=None)`` on float32 X (its float32
  path; the defaults ``learning_rate="optimal"``), one-vs-rest for the 20 classes of W5 (``n_jobs`` = threads there,
  the only place sklearn's SGD uses more than one thread).  No matrix factorisation in sklearn: W4 is skipped.
* Vowpal Wabbit: the data is written once as VW text, and the cache built once (``-c``, one pass); the timed run is
  ``--cache_file F --passes N --holdout_off`` from the cache (its fastest path).  Logistic loss for W1-W3,
  ``--oaa 20`` logistic for W5, ``-q ui --rank 50`` for W4.  Test quality from ``-t -i model``.
* scikit-surprise: ``SVD(n_factors=50, n_epochs=N)`` with its default learning rate and regularisation (W4 only).
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from workloads import CACHE, Case


class Skip(Exception):
    pass


def versions() -> dict:
    out = {}
    for mod, name in (("sklearn", "scikit-learn"), ("vowpalwabbit", "vowpalwabbit"), ("surprise", "scikit-surprise")):
        try:
            m = __import__(mod)
            out[name] = getattr(m, "__version__", None) or _dist_version(name)
        except Exception:
            out[name] = None
    return out


def _dist_version(name):
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:
        return "?"


def _binary(y):
    from sgdc.data.loaders import binary_labels

    return binary_labels(y)[0]


# ---------------------------------------------------------------------------------------------------------------
# scikit-learn

def sklearn_row(c: Case, threads: int) -> dict:
    try:
        from sklearn.linear_model import SGDClassifier
    except ImportError:
        raise Skip("scikit-learn not installed (pip install -e '.[bench]')")
    if c.kind == "mf":
        raise Skip("scikit-learn has no matrix factorisation by SGD")
    multiclass = c.kind == "softmax_sparse"
    if threads > 1 and not multiclass:
        raise Skip("sklearn's binary SGD is single-threaded")
    (X, y), (Xt, yt) = c.train, c.test
    t = time.perf_counter()
    if sp.issparse(X):
        d = X.shape[1]
        if Xt.shape[1] > d:
            Xt = Xt[:, :d]
        X, Xt = (sp.csr_matrix((A.data, A.indices.astype(np.int32), A.indptr.astype(np.int32)), shape=(A.shape[0], d))
                 for A in (X, Xt))
    setup = time.perf_counter() - t
    clf = SGDClassifier(loss="log_loss", alpha=1e-4, max_iter=c.epochs, tol=None, random_state=0, shuffle=True,
                        n_jobs=threads if multiclass else None)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = time.perf_counter()
        clf.fit(X, y)
        total = time.perf_counter() - t
    acc = float(np.mean(clf.predict(Xt) == yt))
    return {"system": "scikit-learn SGDClassifier" + (" (OvR)" if multiclass else ""), "threads": threads,
            "precision": "F32" if clf.coef_.dtype == np.float32 else "F64", "seconds_per_epoch": total / c.epochs,
            "per_epoch": "total/epochs", "total_seconds": total, "setup_seconds": setup, "quality": acc,
            "settings": f"loss=log_loss alpha=1e-4 (default) learning_rate=optimal max_iter={c.epochs} tol=None"}


# ---------------------------------------------------------------------------------------------------------------
# Vowpal Wabbit

def _fixed_tokens(idx: np.ndarray, val: np.ndarray, width: int) -> np.ndarray:
    """Fixed-width VW feature tokens ' IIIII:+D.DDDDDD' as a (len, 1+width+10) uint8 array, built vectorised."""
    m = idx.shape[0]
    L = 1 + width + 1 + 9
    out = np.empty((m, L), np.uint8)
    out[:, 0] = ord(" ")
    ii = idx.astype(np.int64)
    for p in range(width - 1, -1, -1):
        out[:, 1 + p] = ord("0") + ii % 10
        ii //= 10
    out[:, 1 + width] = ord(":")
    v = np.clip(val.astype(np.float64), -9.999999, 9.999999)
    out[:, 2 + width] = np.where(v < 0, ord("-"), ord("+"))
    q = np.rint(np.abs(v) * 1e6).astype(np.int64)
    q = np.minimum(q, 9_999_999)
    digits = 7
    pos = [3 + width, 5 + width, 6 + width, 7 + width, 8 + width, 9 + width, 10 + width]  # D . DDDDDD
    out[:, 4 + width] = ord(".")
    for p in range(digits - 1, -1, -1):
        out[:, pos[p]] = ord("0") + q % 10
        q //= 10
    return out


def _write_vw_linear(path: Path, X, labels) -> None:
    """VW text: '<label> |f <idx>:<val> ...' per row; labels are strings (±1 or class 1..k)."""
    tmp = path.with_suffix(".tmp")
    dense = not sp.issparse(X)
    width = len(str(X.shape[1]))
    block = 20_000
    with open(tmp, "wb") as f:
        for lo in range(0, X.shape[0], block):
            hi = min(lo + block, X.shape[0])
            if dense:
                Xb = np.asarray(X[lo:hi])
                idx = np.tile(np.arange(X.shape[1]), hi - lo)
                tok = _fixed_tokens(idx, Xb.ravel(), width)
                ptr = np.arange(hi - lo + 1) * X.shape[1]
            else:
                Xb = X[lo:hi]
                tok = _fixed_tokens(Xb.indices, Xb.data, width)
                ptr = Xb.indptr - Xb.indptr[0]
            buf = tok.tobytes()
            L = tok.shape[1]
            parts = []
            for r in range(hi - lo):
                parts.append(labels[lo + r] + b" |f" + buf[ptr[r] * L:ptr[r + 1] * L] + b"\n")
            f.write(b"".join(parts))
    os.replace(tmp, path)


def _write_vw_ratings(path: Path, d: dict) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w") as f:
        f.write("".join(f"{r:g} |u {u} |i {i}\n" for u, i, r in zip(d["u"].tolist(), d["i"].tolist(), d["r"].tolist())))
    os.replace(tmp, path)


def _vw_files(c: Case, tag: str):
    """Text files for train and test (written once, cached under benchmarks/.cache/vw/)."""
    d = CACHE / "vw"
    d.mkdir(parents=True, exist_ok=True)
    tr, te = d / f"{tag}.train.vw", d / f"{tag}.test.vw"
    if c.kind == "mf":
        for p, data in ((tr, c.train), (te, c.test)):
            if not p.exists():
                _write_vw_ratings(p, data)
        return tr, te
    (X, y), (Xt, yt) = c.train, c.test
    if c.kind == "softmax_sparse":
        classes = np.unique(y)
        lab = lambda v: [str(int(k) + 1).encode() for k in np.searchsorted(classes, v)]
    else:
        lab = lambda v: [b"1" if s > 0 else b"-1" for s in _binary(v)]
    if sp.issparse(Xt) and Xt.shape[1] > X.shape[1]:
        Xt = Xt[:, :X.shape[1]]
    for p, A, v in ((tr, X, y), (te, Xt, yt)):
        if not p.exists():
            _write_vw_linear(p, A, lab(v))
    return tr, te


def vw_row(c: Case, threads: int, tag: str) -> dict:
    try:
        import vowpalwabbit
    except ImportError:
        raise Skip("vowpalwabbit not installed (pip install -e '.[bench]')")
    if threads > 1:
        raise Skip("VW learns on one thread")
    t = time.perf_counter()
    tr, te = _vw_files(c, tag)
    if c.kind == "mf":
        opts = "-q ui --rank 50 --l2 0.001 --learning_rate 0.015 --decay_learning_rate 0.97 --power_t 0 -b 17"
        settings = opts
    elif c.kind == "softmax_sparse":
        k = len(np.unique(c.train[1]))
        opts = f"--oaa {k} --loss_function logistic -b 22"
        settings = opts
    else:
        opts = "--loss_function logistic -b 22"
        settings = opts + " (defaults: adaptive, normalized, invariant updates, learning_rate 0.5)"
    work = Path(tempfile.mkdtemp(prefix="sgdc_vw_"))
    import hashlib

    cache = tr.with_name(f"{tag}.{hashlib.sha1(opts.encode()).hexdigest()[:8]}.cache")
    model = work / "model.vw"
    if not cache.exists():
        # build the cache once (one pass over the text), not timed; kept under benchmarks/.cache/vw/
        part = cache.with_suffix(".part")
        vowpalwabbit.Workspace(f"{opts} -d {tr} --cache_file {part} --passes 1 --quiet").finish()
        os.replace(part, cache)
    setup = time.perf_counter() - t
    t = time.perf_counter()
    vw = vowpalwabbit.Workspace(f"{opts} --cache_file {cache} --passes {c.epochs} --holdout_off -f {model} --quiet")
    vw.finish()
    total = time.perf_counter() - t
    preds = work / "preds.txt"
    vowpalwabbit.Workspace(f"-t -i {model} -d {te} -p {preds} --quiet").finish()
    p = np.array([float(line.split()[0]) for line in open(preds)], np.float64)
    if c.kind == "mf":
        r = np.asarray(c.test["r"], np.float64)
        quality = float(np.sqrt(np.mean((np.clip(p, 1, 5) - r) ** 2)))
    elif c.kind == "softmax_sparse":
        classes = np.unique(c.train[1])
        quality = float(np.mean(classes[p.astype(int) - 1] == c.test[1]))
    else:
        quality = float(np.mean(np.where(p >= 0, 1.0, -1.0) == _binary(c.test[1])))
    for f in work.iterdir():
        f.unlink()
    work.rmdir()
    return {"system": "Vowpal Wabbit", "threads": 1, "precision": "F32", "seconds_per_epoch": total / c.epochs,
            "per_epoch": "total/epochs", "total_seconds": total, "setup_seconds": setup, "quality": quality,
            "settings": settings + f" --passes {c.epochs} --holdout_off, from cache"}


# ---------------------------------------------------------------------------------------------------------------
# scikit-surprise

def surprise_row(c: Case, threads: int) -> dict:
    if c.kind != "mf":
        raise Skip("surprise is for ratings only")
    try:
        from surprise import SVD, Dataset, Reader
    except ImportError:
        raise Skip("scikit-surprise not installed (pip install -e '.[bench]')")
    if threads > 1:
        raise Skip("surprise's SVD is single-threaded")
    t = time.perf_counter()
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
        f.write("".join(f"{u}\t{i}\t{r}\n" for u, i, r in zip(c.train["u"].tolist(), c.train["i"].tolist(),
                                                           c.train["r"].tolist())))
        path = f.name
    trainset = Dataset.load_from_file(path, Reader(line_format="user item rating", sep="\t",
                                                   rating_scale=(1, 5))).build_full_trainset()
    os.unlink(path)
    setup = time.perf_counter() - t
    algo = SVD(n_factors=50, n_epochs=c.epochs, random_state=0)
    t = time.perf_counter()
    algo.fit(trainset)
    total = time.perf_counter() - t
    est = np.array([algo.predict(str(u), str(i)).est for u, i in zip(c.test["u"].tolist(), c.test["i"].tolist())])
    quality = float(np.sqrt(np.mean((est - np.asarray(c.test["r"], np.float64)) ** 2)))
    return {"system": "surprise SVD", "threads": 1, "precision": "F64", "seconds_per_epoch": total / c.epochs,
            "per_epoch": "total/epochs", "total_seconds": total, "setup_seconds": setup, "quality": quality,
            "settings": f"SVD(n_factors=50, n_epochs={c.epochs}) defaults lr_all=0.005 reg_all=0.02"}
