"""The example order: seconds per epoch and quality per epoch of ``shuffle``, ``blocks`` and ``sequential``.

    python benchmarks/orders.py W1 --threads 1 [--rounds 7]     # seconds per epoch, the orders interleaved
    python benchmarks/orders.py W2 --quality [--epochs 5]       # held-out quality after each epoch

Speed: one process binds the workload's training data once and runs ``engine.epoch`` over each order in turn,
round after round (so a neighbour's load falls on every order), and prints each order's median.  Quality: a
fresh fit per order with the benchmark's step rule and seed 0, the held-out metric after every epoch.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sgdc  # noqa: E402
import workloads  # noqa: E402

ORDERS = ("shuffle", "blocks", "sequential")


def _data(d, prog):
    return d if isinstance(d, dict) else {"x": d[0], prog.model.target: d[1]}


def speed(case, threads: int, rounds: int) -> None:
    prog = sgdc.compile(case.spec, adaptive="off", step=f"{case.eta0} / (1 + {case.decay} * epoch)", threads=threads)
    data = _data(case.train, prog)
    prog.fit(data, epochs=1, seed=0)
    ds, _, _ = prog.bind(data, None)
    secs = {k: [] for k in ORDERS}
    for r in range(rounds):
        for k in ORDERS:
            order = prog.engine.epoch_order(ds, k, r)
            t = time.perf_counter()
            prog.engine.epoch(prog.state, ds, order, 1, 0)
            secs[k].append(time.perf_counter() - t)
    base = np.median(secs["shuffle"])
    print(case.name, f"{threads} thr", "  ".join(f"{k} {np.median(v) * 1e3:.1f} ms ({base / np.median(v):.2f}x)"
                                                for k, v in secs.items()))


def quality(case, epochs: int) -> None:
    for k in ORDERS[:2]:
        prog = sgdc.compile(case.spec, adaptive="off", step=f"{case.eta0} / (1 + {case.decay} * epoch)", order=k)
        curve = []
        prog.fit(_data(case.train, prog), epochs=epochs, seed=0, test=_data(case.test, prog),
                 callback=lambda p, e, info: curve.append(info.get("test_accuracy", info.get("test_rmse"))))
        print(case.name, k, " ".join(f"{x:.4f}" for x in curve))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("workload")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--quality", action="store_true")
    ap.add_argument("--epochs", type=int, default=5)
    args = ap.parse_args()
    case = [c for c in workloads.cases([args.workload]) if not c.skip][0]
    quality(case, args.epochs) if args.quality else speed(case, args.threads, args.rounds)


if __name__ == "__main__":
    main()
