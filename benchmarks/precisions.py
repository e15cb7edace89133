"""Low precision against float32 on one workload: seconds per epoch and held-out quality, interleaved.

    python benchmarks/precisions.py W6 [--signatures D32M32,D32M16,D8M16,D8M8] [--rounding unbiased] [--draw stride]
                                       [--threads 1] [--epochs 5] [--order shuffle]

One process compiles the workload's spec at every signature, binds the data to each, and runs epoch after epoch
with the signatures taking turns (epoch 1 of each, then epoch 2 of each, ...), so a neighbour's load falls on
all of them.  Each row: the median seconds per epoch, its ratio to the first signature's (above 1: faster), and
the held-out quality after the last epoch.  Every program uses the benchmark's step rule and seed 0.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sgdc  # noqa: E402
import workloads  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("workload")
    ap.add_argument("--signatures", default="D32M32,D32M16,D8M16,D8M8")
    ap.add_argument("--rounding", default="unbiased")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--draw", default="stride", choices=("stride", "lane", "vector"))
    ap.add_argument("--model-range", default=None, help="the schedule's model_range for fixed-point models "
                    "(default: the spec's, auto)")
    ap.add_argument("--layout", default=None, choices=("shared", "replicated", "locked"),
                    help="the model layout at threads > 1 (default: the spec's, shared)")
    ap.add_argument("--order", default="shuffle", choices=("shuffle", "blocks", "sequential"))
    args = ap.parse_args()
    case = [c for c in workloads.cases([args.workload]) if not c.skip][0]
    step = f"{case.eta0} / (1 + {case.decay} * epoch)"
    runs = []
    for sig in args.signatures.split(","):
        # a signature without data bits (D32) on a spec without vector fields: the spec has no D to vary
        extra = {"model_range": args.model_range} if args.model_range else {}
        if args.layout:
            extra["layout"] = args.layout
        prog = sgdc.compile(case.spec, adaptive="off", step=step, precision=sig, rounding=args.rounding, draw=args.draw, threads=args.threads,
                             order=args.order, **extra)
        data = case.train if isinstance(case.train, dict) else {"x": case.train[0], prog.model.target: case.train[1]}
        prog.fit(data, epochs=0, seed=0)
        ds, _, _ = prog.bind(data, None)
        prog.engine.prepare(ds)
        runs.append((sig, prog, ds, []))
    for e in range(args.epochs):
        for sig, prog, ds, secs in runs:
            t = time.perf_counter()
            prog.run_epoch(prog.state, ds, e, e * ds.n, 0)
            secs.append(time.perf_counter() - t)
    base = statistics.median(runs[0][3])
    print(f"{case.name}, {args.threads} thread(s), rounding {args.rounding}, draw {args.draw}, order {args.order}, {args.epochs} epochs"
          + (f", model_range {args.model_range}" if args.model_range else "")
          + (f", layout {args.layout}" if args.layout else ""))
    for sig, prog, ds, secs in runs:
        test = case.test if isinstance(case.test, dict) else {"x": case.test[0], prog.model.target: case.test[1]}
        q = prog.evaluate(test)
        metric = q.get("test_accuracy", q.get("test_rmse"))
        med = statistics.median(secs)
        print(f"  {sig:10s} {med * 1e3:9.1f} ms/epoch  {base / med:5.2f}x  (epochs {min(secs) * 1e3:.1f}-"
              f"{max(secs) * 1e3:.1f} ms)  {case.metric} {metric:.4f}")


if __name__ == "__main__":
    main()
