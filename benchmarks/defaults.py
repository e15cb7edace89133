"""The defaults against one thread: the example specs as shipped (their own step rules), ``threads auto`` and
``layout auto``, epochs interleaved with a ``threads 1`` program on the same data.

    python benchmarks/defaults.py                      # W1..W5 and the held-out sets
    python benchmarks/defaults.py --only W3,W5 --epochs 9 --threads 2

For each case: what ``layout auto`` picked (and why), the median seconds of an epoch at one thread and with
the defaults, their ratio (the speed-up: >= 1 means adding threads never made the epoch slower), and the
held-out quality of both after the timed epochs.  Held-out sets: the RCV1 sample (1,000 rows: one worker, so the
ratio only shows that nothing is lost) and news20 as distributed (term counts, not normalised).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import workloads  # noqa: E402


def _held_out() -> list:
    from sgdc.data.loaders import load_svmlight

    out = []
    D = workloads.DATASETS
    tr, te = D / "rcv1-small" / "rcv1_small.svm", D / "rcv1-small" / "rcv1_small_test.svm"
    if not workloads._missing(tr, te):
        c = workloads.Case("H1", "held-out RCV1 sample 1,000 x 47,236", workloads._spec("logistic"), metric="accuracy")
        c.train, c.test = load_svmlight(tr, n_features=47236), load_svmlight(te, n_features=47236)
        out.append(c)
    p = D / "news20" / "news20.bz2"
    if not workloads._missing(p):
        c = workloads.Case("H2", "held-out news20 term counts", workloads._spec("softmax"), metric="accuracy")
        X, y = load_svmlight(p)
        c.train, c.test = workloads._split_random(X, y, 0.2, 5)
        out.append(c)
    return out


def _fields(prog, data):
    return data if isinstance(data, dict) else {prog.model.vector_fields[0].name: data[0], prog.model.target: data[1]}


def main(argv=None) -> int:
    import sgdc

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="W1,W2,W3,W4,W5,held-out")
    ap.add_argument("--epochs", type=int, default=7)
    ap.add_argument("--threads", default="auto", help="the defaults' threads (auto, or a number)")
    args = ap.parse_args(argv)
    keys = args.only.split(",")
    cases = [c for c in workloads.cases([k for k in keys if k in workloads.ALL]) if not c.skip]
    if "held-out" in keys:
        cases += _held_out()
    for c in cases:
        runs = []
        for threads in (1, args.threads):
            prog = sgdc.compile(c.spec, threads=threads)  # the spec's own schedule: as a user runs it
            data = _fields(prog, c.train)
            prog.fit(data, epochs=0, seed=0)
            ds, _, _ = prog.bind(data, None)
            prog.engine.prepare(ds)
            runs.append((prog, ds, []))
        for e in range(args.epochs):  # interleaved: both see the same neighbours on the machine
            for prog, ds, secs in runs:
                t = time.perf_counter()
                prog.run_epoch(prog.state, ds, e, e * ds.n, 0)
                secs.append(time.perf_counter() - t)
        (p1, ds1, s1), (pd, dsd, sd) = runs
        layout = pd.engine.resolve_layout(dsd)
        reason = getattr(pd.engine, "layout_reason", "")
        q = [p.evaluate(_fields(p, c.test)) for p in (p1, pd)]
        metric = "test_rmse" if "test_rmse" in q[0] else "test_accuracy"
        m1, md = statistics.median(s1), statistics.median(sd)
        print(f"{c.name}: workers {pd.engine.workers(dsd.n)}, layout {layout}"
              + (f" ({reason})" if reason else ""))
        print(f"  1 thread {m1 * 1e3:8.2f} ms   defaults {md * 1e3:8.2f} ms   speed-up {m1 / md:5.2f}x   "
              f"{metric} {q[0][metric]:.4f} / {q[1][metric]:.4f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
