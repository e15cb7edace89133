"""What two threads cost each other: one model shared, split, copied, or two processes.

For a workload, seconds per epoch (median) of:

* ``1 thread``: the whole epoch on one thread;
* ``2 processes``: two separate processes, each running half an epoch on its own model at the same time
  (nothing shared at all: the machine's own limit for 2-way parallelism);
* ``2 threads, shared, contiguous``: Hogwild! with the order cut in two;
* ``2 threads, shared, strata`` (models with row params only): Hogwild! with DSGD's strata;
* ``2 threads, replicated``: a private model per thread, merged every ``sync`` examples.

Run:  python benchmarks/sharing.py [--only W3,W4] [--epochs 9]

The ratio ``1 thread / row`` is the speed-up.  On a machine whose cores pay ~100 ns for a cache line
the other core wrote, a shared model that fits in L2 scales badly however the loop is written; the
2-process row shows what is left when nothing is shared.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import workloads  # noqa: E402


def _case(key: str, index: int):
    cases = [c for c in workloads.BUILDERS[key](False) if not c.skip]
    return cases[index] if index < len(cases) else None


def epochs(key: str, index: int, threads: int, layout: str, shard: str, n_epochs: int, part: float = 1.0,
           seed: int = 0, wait_for_go: bool = False) -> float:
    """Median seconds of an epoch (or of ``part`` of one) of sgdc on one benchmark case.

    The orders are made as ``sgdc train`` makes them (``engine.epoch_order``: already grouped for the
    strata shards), before the timing.  With ``wait_for_go`` the
    function prints ``ready`` once compiled and bound and waits for a line on stdin before the first epoch
    (so that the two processes of :func:`two_processes` really run at the same time).
    """
    import sgdc
    from sgdc.runtime.params import init_params

    c = _case(key, index)
    step = f"{c.eta0} / (1 + {c.decay} * epoch)"
    prog = sgdc.compile(c.spec, adaptive="off", step=step, threads=threads, layout=layout, shard=shard)
    ds, prog.encoders, _ = prog.bind(*((c.train,) if isinstance(c.train, dict) else c.train), fit=True)
    params = init_params(prog.model, ds.dims, 0)
    prog.engine.prepare(ds)
    prog.engine.seed = 0
    rng = np.random.default_rng(seed)
    orders = [prog.engine.epoch_order(ds, "shuffle", int(rng.integers(0, 2**63))) for _ in range(n_epochs)]
    if part < 1:
        orders = [o[: int(ds.n * part)] for o in orders]
    if wait_for_go:
        print("ready", flush=True)
        sys.stdin.readline()
    times = []
    for ep, order in enumerate(orders):
        t = time.perf_counter()
        prog.engine.epoch(params, ds, order, ep, ep * ds.n)
        times.append(time.perf_counter() - t)
    return statistics.median(times[1:] if len(times) > 2 else times)


def two_processes(key: str, index: int, n_epochs: int) -> float:
    """Two processes at once, each running half epochs: the slower one's median.

    Both compile and load first and start their epochs together (a ``ready``/go handshake): started
    unsynchronised, one would often finish its few milliseconds of epochs before the other has loaded, and
    the row would show two cores where only one was busy at a time.
    """
    code = ("import sys; sys.path.insert(0, %r); import sharing; "
            "print(sharing.epochs(%r, %d, 1, 'shared', 'contiguous', %d, 0.5, int(sys.argv[1]), True))"
            % (str(HERE), key, index, n_epochs))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(s)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True) for s in (1, 2)]
    for p in procs:
        line = p.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError(f"a benchmark process failed to start: {line!r}")
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = [float(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    return max(outs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="W3,W4")
    ap.add_argument("--epochs", type=int, default=9)
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    rows = []
    for key in args.only.split(","):
        for index in range(2):
            c = _case(key, index)
            if c is None:
                continue
            import sgdc

            prog = sgdc.compile(c.spec, threads=2)
            has_rows = 1 <= len(prog.engine.strata_fields()) <= 2
            one = epochs(key, index, 1, "shared", "contiguous", args.epochs)
            res = {"workload": c.name, "1 thread": one, "2 processes": two_processes(key, index, args.epochs),
                   "2 threads, shared, contiguous": epochs(key, index, 2, "shared", "contiguous", args.epochs)}
            if has_rows:
                res["2 threads, shared, strata"] = epochs(key, index, 2, "shared", "strata", args.epochs)
            res["2 threads, replicated"] = epochs(key, index, 2, "replicated", "contiguous", args.epochs)
            rows.append(res)
            print(f"\n{c.name}")
            for k, v in res.items():
                if k != "workload":
                    print(f"  {k:32s} {v * 1e3:8.2f} ms   speed-up {one / v:5.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
