"""What the gate before native code (sgdc.runtime.gate) costs, against an epoch of the same workload.

    python benchmarks/gate_cost.py [--only W2,W3,W4]

For each workload: the median seconds of one epoch (the compiled engine, one thread, a shuffled order), of the
data check (:func:`sgdc.runtime.gate.check_data`: run once per data set, then cached with the data's slots) and of the
params check (:func:`sgdc.runtime.gate.check_params`: on every kernel call; an epoch makes one call per worker and
interrupt chunk).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import workloads  # noqa: E402

import sgdc  # noqa: E402
from sgdc import gate  # noqa: E402


def median_seconds(f, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        s = time.perf_counter()
        f()
        times.append(time.perf_counter() - s)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="W2,W3,W4")
    args = ap.parse_args()
    for case in [c for c in workloads.cases(args.only.split(",")) if not c.skip]:
        prog = sgdc.compile(case.spec, threads=1)
        data = case.train if isinstance(case.train, dict) else {"x": case.train[0], prog.model.target: case.train[1]}
        prog.fit(data, epochs=1)
        ds = prog.bind(data)[0]
        epoch = median_seconds(lambda: prog.engine.epoch(prog.state, ds, prog.engine.epoch_order(ds, "shuffle", 1), 1, 0), 7)
        data_check = median_seconds(lambda: gate.check_data(prog.model, ds, np.float32), 7)
        params_check = median_seconds(lambda: gate.check_params(prog.model, prog.state, ds.dims, {}), 2001)
        print(f"{case.name}: epoch {epoch * 1e3:.2f} ms; data check (once per data set) {data_check * 1e3:.2f} ms = "
              f"{data_check / epoch * 100:.1f}% of one epoch, {data_check / (case.epochs * epoch) * 100:.2f}% of "
              f"the benchmark's {case.epochs} epochs; params check {params_check * 1e6:.1f} us a kernel call = "
              f"{params_check / epoch * 100:.3f}% of an epoch", flush=True)


if __name__ == "__main__":
    main()
