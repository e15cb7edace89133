"""Seconds per epoch of two checkouts of sgdc, side by side: did a change slow training down?

    python benchmarks/before_after.py --before /tmp/sgdc-before --after . [--only W1,W2,W3,W4,W5]
                                      [--threads 1,2] [--rounds 5] [--epochs 6]

Each measurement is a fresh process that imports sgdc from one checkout (``PYTHONPATH``), builds a workload of
that checkout's ``benchmarks/workloads.py`` (the data are the same for both: fixed seeds, the same files), compiles it and trains
``--epochs`` epochs as ``Program.fit`` does (the epoch's time includes making its order and every check before
the kernels); its figure is the median of the epochs after the first.  The two checkouts alternate round by
round (before, after, before, after, ...), so a neighbour's load falls on both; the table gives each side's
median over the rounds, the ratio after/before of the medians and the spread of the per-round ratios.
Make the ``before`` checkout with ``git worktree add /tmp/sgdc-before <commit>``.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(args) -> None:
    sys.path.insert(0, str(Path(args.tree) / "benchmarks"))  # the measured checkout's workloads (its own imports)
    import numpy as np

    import sgdc
    import workloads

    case = [c for c in workloads.cases([args.workload]) if not c.skip][args.case]
    step = f"{case.eta0} / (1 + {case.decay} * epoch)"
    prog = sgdc.compile(case.spec, adaptive="off", step=step, threads=args.threads)
    data = case.train if isinstance(case.train, dict) else {"x": case.train[0], prog.model.target: case.train[1]}
    prog.fit(data, epochs=args.epochs, seed=0)
    secs = prog.history.seconds_per_epoch[1:]
    print(json.dumps({"name": case.name, "seconds": float(np.median(secs)), "sgdc": sgdc.__file__}))


def measure(tree: str, workload: str, case: int, threads: int, epochs: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(Path(tree).resolve())}
    env.pop("SGDC_GUARD", None)
    out = subprocess.run([sys.executable, __file__, "--child", "--tree", str(Path(tree).resolve()),
                          "--workload", workload, "--case", str(case),
                          "--threads", str(threads), "--epochs", str(epochs)],
                         env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before")
    ap.add_argument("--after", default=str(HERE.parent))
    ap.add_argument("--only", default="W1,W2,W3,W4,W5")
    ap.add_argument("--threads", default="1")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--child", action="store_true")
    ap.add_argument("--workload")
    ap.add_argument("--tree")
    ap.add_argument("--case", type=int, default=0)
    args = ap.parse_args()
    if args.child:
        args.threads = int(args.threads)
        return child(args)
    sys.path.insert(0, str(HERE))
    import workloads

    rows = []
    for w in args.only.split(","):
        ncases = len([c for c in workloads.cases([w]) if not c.skip])
        for ci in range(ncases):
            for t in (int(x) for x in args.threads.split(",")):
                before, after, name = [], [], ""
                for _ in range(args.rounds):
                    b = measure(args.before, w, ci, t, args.epochs)
                    a = measure(args.after, w, ci, t, args.epochs)
                    before.append(b["seconds"])
                    after.append(a["seconds"])
                    name = a["name"]
                ratios = [x / y for x, y in zip(after, before)]
                rows.append((name, t, statistics.median(before), statistics.median(after),
                             statistics.median(after) / statistics.median(before), min(ratios), max(ratios)))
                r = rows[-1]
                print(f"{r[0]:<40} {r[1]} thr  before {r[2] * 1e3:8.2f} ms  after {r[3] * 1e3:8.2f} ms  "
                      f"after/before {r[4]:.3f} (rounds {r[5]:.3f}-{r[6]:.3f})", flush=True)


if __name__ == "__main__":
    main()
