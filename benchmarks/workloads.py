"""The benchmark workloads W1..W7: data, held-out splits, specs and step rules.

Each workload yields one or more :class:`Case` objects (W4 has two data sets).  A case holds the training and
test data in the form ``sgdc`` takes them (``(X, y)`` or a ratings dict), the spec and the step rule that sgdc and
the hand-written numba kernel share (``eta0 / (1 + decay * epoch)`` and one L2 coefficient ``lam``), the number of
epochs, and the unit of throughput.

Data sources:

* W1 dense logistic: ``sgdc.data.generators.dense_classification(n, 256, seed=1)``; last 10% of rows held out.
* W2 sparse logistic, RCV1-like: ``sgdc.data.generators.sparse_classification(n, 47236, 75, seed=2)`` (power law 1.1,
  rows L2-normalised); last 10% held out.  The generated matrix is cached as ``.npz`` under
  ``benchmarks/.cache/`` so reruns skip the generation.
* W3 a9a: ``a9a`` / ``a9a.t`` from ``../shared/datasets/a9a``.
* W4 matrix completion: MovieLens 100K ``u1.base`` / ``u1.test``, and the partial MovieLens 1M
  (``ratings_users1-2999.dat.gz``) with a random 90/10 split (``default_rng(4)``).
* W5 softmax: LIBSVM news20 (multiclass, 15,935 rows, 20 classes), rows L2-normalised, random 80/20 split
  (``default_rng(5)``).
* W6 sparse logistic over 2^24 hashed features, a model far beyond L2 (2^24 weights are 64 MiB at float32, 32 MiB
  at M16, 16 MiB at M8; 46% of the buckets are hit): ``sparse_classification(400000, 2**24, 75, seed=6,
  power_law=0.65, informative=10000)`` (RCV1's Zipf exponent; only the 10,000 most popular features carry signal,
  the long tail is noise: with uniform hits, or signal on every feature, each weight is seen about twice and the
  task is unlearnable); last 10% held out; cached like W2.
* W7 matrix factorisation with factor tables beyond the last-level cache at float32:
  ``ratings(1000000, 20000, 8000000, rank=64, seed=7)`` (a planted rank-64 truth plus biases and noise 0.5; the
  user table is 1M x 64 = 256 MiB at float32), the spec's rank 64; a random 90/10 split (``default_rng(7)``).

Workloads whose files are missing are returned as skipped cases with a note.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLES = ROOT / "examples"
DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
CACHE = HERE / ".cache"

ALL = ("W1", "W2", "W3", "W4", "W5", "W6", "W7")


@dataclass
class Case:
    key: str                      # "W1" .. "W5"
    name: str                     # row label, e.g. "W4 MovieLens 100K u1"
    spec: str = ""                # spec source text
    kind: str = ""                # numba_kernels kind
    epochs: int = 0
    eta0: float = 0.0
    decay: float = 0.0
    lam: float = 0.0
    unit: str = ""                # "GB/s" | "nnz/s" | "ratings/s"
    metric: str = ""              # "accuracy" | "rmse"
    train: object = None          # (X, y) or {"u", "i", "r"}
    test: object = None
    skip: str = ""                # non-empty: why the case is skipped
    info: dict = field(default_factory=dict)

    @property
    def n(self) -> int:
        if isinstance(self.train, dict):
            return len(self.train["r"])
        return self.train[0].shape[0]

    def work_per_epoch(self) -> float:
        """Units of work in one epoch: bytes of X (dense), nonzeros (sparse) or ratings."""
        if isinstance(self.train, dict):
            return float(len(self.train["r"]))
        X = self.train[0]
        if sp.issparse(X):
            return float(X.nnz)
        return float(X.nbytes)

    def dataset_bytes(self) -> int:
        if isinstance(self.train, dict):
            return sum(np.asarray(v).nbytes for v in self.train.values())
        X = self.train[0]
        if sp.issparse(X):
            return X.data.nbytes + X.indices.nbytes + X.indptr.nbytes
        return X.nbytes


def _split_last(X, y, frac=0.1):
    n = X.shape[0]
    k = n - int(round(n * frac))
    return (X[:k], y[:k]), (X[k:], y[k:])


def _split_random(X, y, test_frac, seed):
    n = X.shape[0]
    perm = np.random.default_rng(seed).permutation(n)
    k = n - int(round(n * test_frac))
    tr, te = np.sort(perm[:k]), np.sort(perm[k:])
    return (X[tr], y[tr]), (X[te], y[te])


def _l2_normalise(X: sp.csr_matrix) -> sp.csr_matrix:
    X = X.copy()
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    X.data /= np.repeat(norms, np.diff(X.indptr)).astype(X.data.dtype)
    return X


def _cached_sparse(n, d, nnz, seed, power_law=None, informative=None):
    """sparse_classification(n, d, nnz, seed[, power_law, informative]), cached as npz under benchmarks/.cache/."""
    from sgdc.data.generators import sparse_classification
    from sgdc.data.loaders import load_npz, save_npz

    import inspect

    zipf = inspect.signature(sparse_classification).parameters["power_law"].default if power_law is None \
        else power_law
    tag = "" if informative is None else f"_inf{informative}"
    path = CACHE / f"sparse_{n}x{d}_{nnz}_s{seed}_zipf{zipf}{tag}.npz"  # a new generator default never reuses old data
    if path.exists():
        f = load_npz(path)
        return f["x"], f["y"]
    X, y = sparse_classification(n, d, nnz, seed=seed, power_law=zipf, informative=informative)
    CACHE.mkdir(parents=True, exist_ok=True)
    save_npz(path, {"x": X, "y": np.asarray(y, np.float64)})
    return X, y


def _missing(*paths) -> str:
    absent = [str(p) for p in paths if not Path(p).exists()]
    return f"data absent: {', '.join(absent)}" if absent else ""


def _spec(name: str) -> str:
    return (EXAMPLES / f"{name}.sgd").read_text()


def w1(quick: bool) -> list:
    from sgdc.data.generators import dense_classification

    n = 50_000 if quick else 400_000
    X, y = dense_classification(n, 256, seed=1)
    tr, te = _split_last(X, y)
    return [Case("W1", f"W1 dense logistic {n:,}x256 f32", _spec("logistic"), "logreg_dense", 3 if quick else 5,
                 eta0=0.0005, decay=0.5, lam=1e-6, unit="GB/s", metric="accuracy", train=tr, test=te,
                 info={"generator": f"dense_classification({n}, 256, seed=1)", "test": "last 10%"})]


def w2(quick: bool) -> list:
    n = 50_000 if quick else 400_000
    X, y = _cached_sparse(n, 47_236, 75, 2)
    tr, te = _split_last(X, y)
    return [Case("W2", f"W2 sparse logistic RCV1-like {n:,}x47,236 nnz75", _spec("logistic"), "logreg_sparse",
                 3 if quick else 5, eta0=2.0, decay=3.0, lam=1e-6, unit="nnz/s", metric="accuracy", train=tr,
                 test=te, info={"generator": f"sparse_classification({n}, 47236, 75, seed=2)", "test": "last 10%"})]


def w3(quick: bool) -> list:
    from sgdc.data.loaders import load_svmlight

    tr_p, te_p = DATASETS / "a9a" / "a9a", DATASETS / "a9a" / "a9a.t"
    c = Case("W3", "W3 a9a logistic 32,561x123", _spec("logistic"), "logreg_sparse", 10, eta0=0.05, decay=0.5,
             lam=1e-6, unit="nnz/s", metric="accuracy", skip=_missing(tr_p, te_p))
    if not c.skip:
        X, y = load_svmlight(tr_p)
        Xt, yt = load_svmlight(te_p, n_features=X.shape[1])
        c.train, c.test = (X, y), (Xt, yt)
        c.info = {"train": "a9a", "test": "a9a.t"}
    return [c]


def _mf_spec(lam: float) -> str:
    # numba's kernel has one lambda for biases and factors; give sgdc the same
    text = _spec("matrix_completion")
    old = "regular  l2(0.05) on bu, bi\n"
    assert old in text, "examples/matrix_completion.sgd changed; update benchmarks/workloads.py"
    return text.replace(old, f"regular  l2({lam}) on bu, bi\n")


def w4(quick: bool) -> list:
    from sgdc.data.loaders import load_ratings

    lam = 0.2
    out = []
    base, test = DATASETS / "movielens-100k" / "u1.base", DATASETS / "movielens-100k" / "u1.test"
    c = Case("W4", "W4 MF k=50 MovieLens 100K u1", _mf_spec(lam), "mf", 3 if quick else 20, eta0=0.02, decay=0.2,
             lam=lam, unit="ratings/s", metric="rmse", skip=_missing(base, test))
    if not c.skip:
        c.train, c.test = load_ratings(base), load_ratings(test)
        c.info = {"train": "u1.base", "test": "u1.test"}
    out.append(c)
    p = DATASETS / "movielens-1m-partial" / "ratings_users1-2999.dat.gz"
    c = Case("W4", "W4 MF k=50 MovieLens 1M partial", _mf_spec(lam), "mf", 3 if quick else 20, eta0=0.02,
             decay=0.2, lam=lam, unit="ratings/s", metric="rmse", skip=_missing(p))
    if not c.skip:
        r = load_ratings(p)
        n = len(r["r"])
        perm = np.random.default_rng(4).permutation(n)
        k = n - n // 10
        tr, te = np.sort(perm[:k]), np.sort(perm[k:])
        c.train = {f: r[f][tr] for f in ("u", "i", "r")}
        c.test = {f: r[f][te] for f in ("u", "i", "r")}
        c.info = {"train": "ratings_users1-2999.dat.gz, random 90%", "test": "random 10% (default_rng(4))"}
    out.append(c)
    return out


def w5(quick: bool) -> list:
    from sgdc.data.loaders import load_svmlight

    p = DATASETS / "news20" / "news20.bz2"
    c = Case("W5", "W5 softmax news20 20 classes", _spec("softmax"), "softmax_sparse", 3 if quick else 10, eta0=2.0,
             decay=0.5, lam=1e-6, unit="nnz/s", metric="accuracy", skip=_missing(p))
    if not c.skip:
        X, y = load_svmlight(p)
        X = _l2_normalise(X)
        c.train, c.test = _split_random(X, y, 0.2, 5)
        c.info = {"train": "news20.bz2, rows L2-normalised, random 80%", "test": "random 20% (default_rng(5))"}
    return [c]


W6_ZIPF = 0.65  # RCV1's exponent over 2^24 buckets; the 10,000 most popular features carry the signal, the
W6_INFORMATIVE = 10_000  # long tail is noise (uniform hits, or signal on every feature, are unlearnable at this
#                          size: each weight is seen about twice; measured accuracy 0.50-0.55)


def w6(quick: bool) -> list:
    n = 50_000 if quick else 400_000
    X, y = _cached_sparse(n, 2**24, 75, 6, power_law=W6_ZIPF, informative=W6_INFORMATIVE)
    tr, te = _split_last(X, y)
    return [Case("W6", f"W6 sparse logistic hashed {n:,}x2^24 nnz75", _spec("logistic"), "logreg_sparse",
                 3 if quick else 5, eta0=2.0, decay=3.0, lam=1e-6, unit="nnz/s", metric="accuracy", train=tr,
                 test=te, info={"generator": f"sparse_classification({n}, 2**24, 75, seed=6, power_law={W6_ZIPF}, "
                                             f"informative={W6_INFORMATIVE})",
                                "test": "last 10%"})]


def _mf_rank_spec(lam: float, rank: int) -> str:
    text = _mf_spec(lam)
    assert "const k = 50\n" in text, "examples/matrix_completion.sgd changed; update benchmarks/workloads.py"
    return text.replace("const k = 50\n", f"const k = {rank}\n")


def w7(quick: bool) -> list:
    from sgdc.data.generators import ratings

    users, items, n = (100_000, 20_000, 800_000) if quick else (1_000_000, 20_000, 8_000_000)
    r = ratings(users, items, n, rank=64, seed=7)
    perm = np.random.default_rng(7).permutation(n)
    k = n - n // 10
    tr, te = np.sort(perm[:k]), np.sort(perm[k:])
    lam = 0.05
    c = Case("W7", f"W7 MF k=64 planted {users:,} users x {items:,} items", _mf_rank_spec(lam, 64), "mf",
             3 if quick else 10, eta0=0.02, decay=0.2, lam=lam, unit="ratings/s", metric="rmse",
             train={f: r[f][tr] for f in ("u", "i", "r")}, test={f: r[f][te] for f in ("u", "i", "r")},
             info={"generator": f"ratings({users}, {items}, {n}, rank=64, seed=7)",
                   "test": "random 10% (default_rng(7))"})
    return [c]


BUILDERS = {"W1": w1, "W2": w2, "W3": w3, "W4": w4, "W5": w5, "W6": w6, "W7": w7}


def cases(keys=ALL, quick: bool = False) -> list:
    out = []
    for k in keys:
        out.extend(BUILDERS[k](quick))
    return out
