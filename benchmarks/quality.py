"""Quality of the example specs as shipped (no tuning) on the public data sets in ../shared/datasets.

    python benchmarks/quality.py                       # every set, the examples' own schedules
    python benchmarks/quality.py --sets a9a rcv1 --seeds 0 1 2
    python benchmarks/quality.py --sets news20n --set step=0.05   # an override, for comparison

Sets (the spec used, the epochs, the held-out data):

=========  =====================  ======  =====================================================
a9a        logistic, svm, fm      10      a9a / a9a.t
rcv1       logistic, svm          10      rcv1_small.svm / rcv1_small_test.svm (47,236 features)
news20     softmax                10      news20.bz2 as distributed (term counts), random 80/20 (default_rng(5))
news20n    softmax                10      the same, rows L2-normalised (benchmark workload W5)
ml100k     matrix_completion,     20      MovieLens 100K u1.base / u1.test
           nonnegative_mf
ml1m       matrix_completion      20      MovieLens 1M partial, random 90/10 (default_rng(4), workload W4)
=========  =====================  ======  =====================================================

Prints one line per (set, spec, seed): the held-out accuracy or RMSE and the seconds of the fit.  Sets whose
files are missing are skipped with a note.
"""
from __future__ import annotations

import argparse
import time

import workloads as W

SETS = {"a9a": ("logistic", "svm", "fm"), "rcv1": ("logistic", "svm"), "news20": ("softmax",), "news20n": ("softmax",),
        "ml100k": ("matrix_completion", "nonnegative_mf"), "ml1m": ("matrix_completion",)}
EPOCHS = {"ml100k": 20, "ml1m": 20}


def load(name: str):
    """``(train, test)`` of a set: ``(X, y)`` pairs or ratings dicts; None when its files are missing."""
    from sgdc.data.loaders import load_ratings, load_svmlight

    D = W.DATASETS
    if name == "a9a":
        if W._missing(D / "a9a" / "a9a"):
            return None
        X, y = load_svmlight(D / "a9a" / "a9a")
        return (X, y), load_svmlight(D / "a9a" / "a9a.t", n_features=X.shape[1])
    if name == "rcv1":
        tr, te = D / "rcv1-small" / "rcv1_small.svm", D / "rcv1-small" / "rcv1_small_test.svm"
        if W._missing(tr, te):
            return None
        return load_svmlight(tr, n_features=47236), load_svmlight(te, n_features=47236)
    if name in ("news20", "news20n"):
        p = D / "news20" / "news20.bz2"
        if W._missing(p):
            return None
        X, y = load_svmlight(p)
        if name == "news20n":
            X = W._l2_normalise(X)
        return W._split_random(X, y, 0.2, 5)
    if name == "ml100k":
        tr, te = D / "movielens-100k" / "u1.base", D / "movielens-100k" / "u1.test"
        return None if W._missing(tr, te) else (load_ratings(tr), load_ratings(te))
    if name == "ml1m":
        c = W.w4(False)[1]
        return None if c.skip else (c.train, c.test)
    raise SystemExit(f"unknown set {name!r} (sets: {', '.join(SETS)})")


def run(spec: str, train, test, epochs: int, seed: int, overrides: dict) -> tuple:
    import sgdc

    prog = sgdc.compile(W.EXAMPLES / f"{spec}.sgd", **overrides)
    t = time.perf_counter()
    if isinstance(train, dict):
        prog.fit(train, epochs=epochs, seed=seed)
        r = prog.evaluate(test)
    else:
        prog.fit(*train, epochs=epochs, seed=seed)
        r = prog.evaluate(*test)
    metric = "test_rmse" if "test_rmse" in r else "test_accuracy"
    return metric, r[metric], time.perf_counter() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    ap.add_argument("--seeds", nargs="+", type=int, default=[0])
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                    help="a schedule override for every run (e.g. step=0.05, adaptive=off)")
    args = ap.parse_args(argv)
    overrides = dict(kv.split("=", 1) for kv in args.set)
    print(f"{'set':8} {'spec':18} {'seed':>4} {'metric':14} {'value':>7} {'fit s':>6}  overrides: {overrides or 'none'}")
    for name in args.sets:
        data = load(name)
        if data is None:
            print(f"{name:8} skipped: files missing under {W.DATASETS}")
            continue
        for spec in SETS[name]:
            for seed in args.seeds:
                metric, value, secs = run(spec, *data, EPOCHS.get(name, 10), seed, overrides)
                print(f"{name:8} {spec:18} {seed:>4} {metric:14} {value:7.4f} {secs:6.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
