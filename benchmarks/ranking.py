"""Implicit-feedback ranking: BPR with sampled negatives (examples/bpr.sgd) against popularity ranking.

    python benchmarks/ranking.py                  # MovieLens 100K u1, ratings >= 4 as positives
    python benchmarks/ranking.py --seeds 0 1 2 --epochs 10 20

The positives are u1.base's (user, item) pairs rated 4 or 5; the held-out positives are u1.test's.  Each
held-out pair's item is ranked against 100 items drawn uniformly (one fixed stream, ``default_rng(7)``) from the
items of the training positives; AUC is the share of those that the method scores below the pair's item (ties
count half), averaged over the held-out pairs.  Both methods are scored on the same draws:

* ``popularity``: an item's count among the training positives (the same for every user);
* ``bpr``: ``examples/bpr.sgd`` as shipped (its own schedule), trained from the training positives.

Prints one line per method (and seed); skips with a note when ../shared/datasets is absent.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

import workloads as W

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NEGATIVES = 100


def positives():
    """``(train, test)`` dicts of int64 ``u``, ``i`` (ratings >= 4), or None when the files are missing."""
    from sgdc.data.loaders import load_ratings

    base = W.DATASETS / "movielens-100k"
    if W._missing(base / "u1.base"):
        return None
    out = []
    for name in ("u1.base", "u1.test"):
        d = load_ratings(base / name)
        keep = d["r"] >= 4
        out.append({"u": d["u"][keep], "i": d["i"][keep]})
    return tuple(out)


def auc(score, test: dict, items: np.ndarray) -> float:
    """The held-out AUC of ``score(u, i) -> scores`` (arrays of raw ids) over :data:`NEGATIVES` items a pair."""
    rng = np.random.default_rng(7)
    u = np.repeat(test["u"], NEGATIVES)
    neg = items[rng.integers(0, items.size, u.size)]
    pos = np.repeat(score(test["u"], test["i"]), NEGATIVES)
    s = score(u, neg)
    return float((np.sum(s < pos) + 0.5 * np.sum(s == pos)) / u.size)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--epochs", type=int, nargs="+", default=[10])
    args = ap.parse_args()
    data = positives()
    if data is None:
        print("skipped: ../shared/datasets/movielens-100k is absent")
        return
    train, test = data
    items = np.unique(train["i"])
    counts = dict(zip(*np.unique(train["i"], return_counts=True)))
    popularity = auc(lambda u, i: np.array([counts.get(int(x), 0) for x in i], dtype=np.float64), test, items)
    print(f"popularity: test auc {popularity:.4f}")
    import sgdc

    for epochs in args.epochs:
        for seed in args.seeds:
            prog = sgdc.compile(str(EXAMPLES / "bpr.sgd"), epochs=epochs)
            t = time.perf_counter()
            prog.fit({"u": train["u"], "i": train["i"]}, seed=seed)
            seconds = time.perf_counter() - t
            got = auc(lambda u, i: prog.predict({"u": u, "i": i}), test, items)
            print(f"bpr: {epochs} epochs, seed {seed}: test auc {got:.4f} (popularity {popularity:.4f}), "
                  f"fit {seconds:.2f} s")


if __name__ == "__main__":
    main()
