"""Exact zeros of ``regular l1`` on a9a: sgdc's cumulative penalty against scikit-learn's SGD and the optimum.

    python benchmarks/l1_zeros.py                 # a9a, regular l1(3e-4), 10 epochs, seeds 0-4
    python benchmarks/l1_zeros.py --lam 1e-4 --seeds 0 1 2

The objective is the mean logistic loss plus ``lam * |w|_1`` (the bias unpenalised) for every row below:

* ``sgdc default``: ``examples/logistic.sgd`` with ``regular l1(lam)`` in place of its l2 (AdaGrad, step 0.06;
  ``l1_penalty auto``: the cumulative penalty of Tsuruoka, Tsujii & Ananiadou 2009);
* ``sgdc optimal``: the same spec with plain steps by Bottou's rule ``--step "optimal(lam)"`` (``1 / (lam (t +
  lam^(-3/4)))``), the rule scikit-learn's SGD uses by default;
* ``scikit-learn``: ``SGDClassifier(loss="log_loss", penalty="l1", alpha=lam)`` with its defaults (stopping by
  ``tol``: 10-12 epochs) and with ``max_iter=10, tol=None``;
* ``optimum``: the objective minimised by full-batch proximal gradient (FISTA, 20,000 iterations).

Runs interleave the systems seed by seed; prints each row's median (and range) of zeros among the 123 weights and
of held-out accuracy on a9a.t.  Skips with a note when ../shared/datasets is absent.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

import workloads as W

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def optimum(X, y, lam: float, iters: int = 20000):
    """The minimiser of mean logistic loss + lam |w|_1 (bias free) by FISTA: ``(w, b)``."""
    import scipy.sparse as sp
    import scipy.sparse.linalg as sla

    n, d = X.shape
    Xb = sp.hstack([X, np.ones((n, 1))]).tocsr()
    L = 0.25 * sla.svds(Xb, k=1)[1][0] ** 2 / n
    v = np.zeros(d + 1)
    z, tk = v.copy(), 1.0
    for _ in range(iters):
        m = y * (Xb @ z)
        u = z - (Xb.T @ (-y / (1 + np.exp(m)))) / n / L
        nxt = u.copy()
        nxt[:d] = np.sign(u[:d]) * np.maximum(np.abs(u[:d]) - lam / L, 0)
        tn = (1 + np.sqrt(1 + 4 * tk * tk)) / 2
        z = nxt + (tk - 1) / tn * (nxt - v)
        v, tk = nxt, tn
    return v[:d], v[d]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lam", type=float, default=3e-4)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    a = ap.parse_args(argv)
    base = W.DATASETS / "a9a"
    if W._missing(base / "a9a"):
        print("skipped: ../shared/datasets/a9a is absent")
        return 0
    import warnings

    import scipy.sparse as sp
    from sklearn.linear_model import SGDClassifier

    import sgdc
    from sgdc.data.loaders import load_svmlight

    warnings.filterwarnings("ignore")
    X, y = load_svmlight(base / "a9a")
    Xt, yt = load_svmlight(base / "a9a.t")
    X = sp.csr_matrix(X)
    Xt = sp.csr_matrix((Xt.data, Xt.indices, Xt.indptr), shape=(Xt.shape[0], X.shape[1]))
    text = (EXAMPLES / "logistic.sgd").read_text().replace("regular  l2(1e-6) on w", f"regular  l1({a.lam}) on w")
    assert f"l1({a.lam})" in text

    def sgdc_run(seed, **kw):
        p = sgdc.compile(text, threads=1, **kw).fit(X, y, epochs=a.epochs, seed=seed)
        return int((p.params["w"] == 0).sum()), p.evaluate(Xt, yt)["test_accuracy"]

    def sk_run(seed, **kw):
        c = SGDClassifier(loss="log_loss", penalty="l1", alpha=a.lam, random_state=seed, **kw).fit(X, y)
        return int((c.coef_ == 0).sum()), c.score(Xt, yt)

    systems = {
        "sgdc default (AdaGrad 0.06)": lambda s: sgdc_run(s),
        f"sgdc optimal({a.lam:g}), plain steps": lambda s: sgdc_run(s, adaptive="off", step=f"optimal({a.lam})"),
        "scikit-learn SGDClassifier (defaults)": lambda s: sk_run(s),
        f"scikit-learn SGDClassifier (max_iter={a.epochs}, tol=None)":
            lambda s: sk_run(s, max_iter=a.epochs, tol=None),
    }
    out = {k: [] for k in systems}
    for seed in a.seeds:
        for k, f in systems.items():
            out[k].append(f(seed))
    w, b = optimum(X, y.astype(np.float64), a.lam)
    print(f"a9a, regular l1({a.lam:g}), {a.epochs} epochs, seeds {a.seeds}: zeros of {X.shape[1]} weights, "
          f"held-out accuracy (median [min, max])")
    for k, rows in out.items():
        z, acc = np.array([r[0] for r in rows]), np.array([r[1] for r in rows])
        print(f"  {k:<48} zeros {np.median(z):5.1f} [{z.min()}, {z.max()}]   accuracy {np.median(acc):.4f} "
              f"[{acc.min():.4f}, {acc.max():.4f}]")
    acc = float(np.mean(np.sign(Xt @ w + b) == yt))
    print(f"  {'optimum (FISTA)':<48} zeros {int((w == 0).sum()):5d}            accuracy {acc:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
