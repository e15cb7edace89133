"""Held-out quality against the best peer: the examples as shipped on data their defaults were not tuned on.

    python benchmarks/heldout.py                  # seeds 0-2
    python benchmarks/heldout.py --seeds 0 --sets rcv1

The shipped steps were chosen on a9a, news20 and MovieLens 100K u1 / 1M partial; these sets were not used:

* ``rcv1``: the RCV1 sample (1,000 train / 500 test, 47,236 tf-idf features), ``examples/logistic.sgd``, 10
  epochs, against LIBLINEAR's logistic regression (scikit-learn ``LogisticRegression(solver="liblinear")``) at
  its default ``C=1`` and at the ``C`` picked by 5-fold cross-validation on the training rows (``C`` in
  ``10^-2 .. 10^3``: the optimum a careful user reaches), and scikit-learn's ``SGDClassifier(loss="log_loss")``
  with its defaults;
* ``ml100k-ua``: MovieLens 100K's other split, ``ua.base`` / ``ua.test`` (ten ratings of each user held out),
  ``examples/matrix_completion.sgd``, 20 epochs, against scikit-surprise's ``SVD()`` (its defaults: 100
  factors, 20 epochs) when it is installed (``pip install scikit-surprise``);
* ``ml1m``: MovieLens 1M partial, random 90/10 (workload W4; the shipped step was chosen on it), the same two.

Prints each system's median [min, max] over the seeds.  Sets whose files are missing are skipped with a note.
"""
from __future__ import annotations

import argparse
import warnings

import numpy as np

import workloads as W


def _spread(v) -> str:
    v = np.asarray(v, dtype=np.float64)
    return f"{np.median(v):.4f} [{v.min():.4f}, {v.max():.4f}]"


def rcv1(seeds) -> list:
    from sklearn.linear_model import LogisticRegression, SGDClassifier
    from sklearn.model_selection import GridSearchCV

    import sgdc
    from sgdc.data.loaders import load_svmlight

    tr, te = W.DATASETS / "rcv1-small" / "rcv1_small.svm", W.DATASETS / "rcv1-small" / "rcv1_small_test.svm"
    if W._missing(tr, te):
        return [("rcv1", "skipped: files missing", "")]
    (X, y), (Xt, yt) = load_svmlight(tr, n_features=47236), load_svmlight(te, n_features=47236)
    rows = []
    ours = [sgdc.compile(W.EXAMPLES / "logistic.sgd").fit(X, y, epochs=10, seed=s).evaluate(Xt, yt)
            ["test_accuracy"] for s in seeds]
    rows.append(("rcv1", "sgdc logistic (as shipped, 10 epochs)", _spread(ours)))
    ll = LogisticRegression(solver="liblinear").fit(X, y).score(Xt, yt)
    rows.append(("rcv1", "LIBLINEAR logistic, C=1", f"{ll:.4f}"))
    cv = GridSearchCV(LogisticRegression(solver="liblinear"), {"C": 10.0 ** np.arange(-2, 4)}, cv=5).fit(X, y)
    rows.append(("rcv1", f"LIBLINEAR logistic, C={cv.best_params_['C']:g} (5-fold CV)", f"{cv.score(Xt, yt):.4f}"))
    sk = [SGDClassifier(loss="log_loss", random_state=s).fit(X, y).score(Xt, yt) for s in seeds]
    rows.append(("rcv1", "scikit-learn SGDClassifier (defaults)", _spread(sk)))
    return rows


def ml100k_ua(seeds) -> list:
    from sgdc.data.loaders import load_ratings

    tr, te = W.DATASETS / "movielens-100k" / "ua.base", W.DATASETS / "movielens-100k" / "ua.test"
    if W._missing(tr, te):
        return [("ml100k-ua", "skipped: files missing", "")]
    return _ratings("ml100k-ua", load_ratings(tr), load_ratings(te), seeds)


def ml1m(seeds) -> list:
    c = W.w4(False)[1]
    return [("ml1m", "skipped: files missing", "")] if c.skip else _ratings("ml1m", c.train, c.test, seeds)


def _ratings(name, train, test, seeds) -> list:
    import sgdc

    rows = []
    ours = [sgdc.compile(W.EXAMPLES / "matrix_completion.sgd").fit(train, epochs=20, seed=s).evaluate(test)
            ["test_rmse"] for s in seeds]
    rows.append((name, "sgdc matrix_completion (as shipped, 20 epochs)", _spread(ours)))
    try:
        import pandas as pd
        from surprise import SVD, Dataset, Reader, accuracy
    except ImportError:
        rows.append((name, "scikit-surprise SVD", "skipped: not installed"))
        return rows
    reader = Reader(rating_scale=(1, 5))
    frame = pd.DataFrame({"u": train["u"], "i": train["i"], "r": train["r"]})
    trainset = Dataset.load_from_df(frame, reader).build_full_trainset()
    testset = list(zip(test["u"].tolist(), test["i"].tolist(), test["r"].tolist()))
    theirs = [accuracy.rmse(SVD(random_state=s).fit(trainset).test(testset), verbose=False) for s in seeds]
    rows.append((name, "scikit-surprise SVD() (defaults, 20 epochs)", _spread(theirs)))
    return rows


SETS = {"rcv1": rcv1, "ml100k-ua": ml100k_ua, "ml1m": ml1m}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    ap.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    print(f"seeds {args.seeds}: median [min, max]")
    for name in args.sets:
        for set_name, system, value in SETS[name](args.seeds):
            print(f"{set_name:10} {system:52} {value}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
