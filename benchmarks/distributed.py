"""Distributed training on Dask next to local Hogwild!: seconds and bytes per round, and quality.

    python benchmarks/distributed.py [--workers 2] [--threads 2] [--repeat 3] [--json OUT.json]

For a9a (logistic regression, test accuracy) and MovieLens 100K u1 (matrix factorisation, test RMSE):

* ``local``: one process, ``sgdc.compile(spec, threads=T).fit(...)`` (Hogwild! over T threads); a "round" is
  one epoch, and nothing is sent;
* ``dask C``: ``sgdc.distributed.train`` on a ``LocalCluster`` of ``--workers`` processes with one thread each,
  one local epoch a round, the model updates sent at C = 32 or 8 bits.

A round passes over the data once in both.  Seconds per round are the median over the rounds (the first round
of a Dask run, which also compiles the kernels on the workers, included) and, for Dask, the part of it that the
slowest worker spent training (the rest is Dask's round trip and the client's averaging); bytes per round the median of what
the round sent (updates up plus updates down; local training sends none).  Each run is repeated ``--repeat``
times and the fastest median kept; quality is that of the last run.  Prints a Markdown table (the one in
docs/distributed.md).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this file's name is Dask's package name: keep its folder off the path, here and in the worker processes
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "datasets"


def workloads():
    from sgdc.data.loaders import load_ratings, load_svmlight

    X, y = load_svmlight(DATA / "a9a" / "a9a")
    Xt, yt = load_svmlight(DATA / "a9a" / "a9a.t")
    tr = load_ratings(DATA / "movielens-100k" / "u1.base")
    te = load_ratings(DATA / "movielens-100k" / "u1.test")
    return [
        {"name": "a9a", "spec": str(ROOT / "examples" / "logistic.sgd"), "train": {"x": X, "y": y},
         "test": {"x": Xt, "y": yt}, "rounds": 10, "metric": "test_accuracy"},
        {"name": "MovieLens 100K u1", "spec": str(ROOT / "examples" / "matrix_completion.sgd"),
         "train": {k: tr[k] for k in "uir"}, "test": {k: te[k] for k in "uir"}, "rounds": 60, "metric": "test_rmse"},
    ]


def run_local(w, threads, repeat):
    import sgdc

    best = None
    for _ in range(repeat):
        prog = sgdc.compile(w["spec"], threads=threads)
        prog.engine.prepare(prog.bind(w["train"], fit=True)[0])  # compile outside the timing
        prog.fit(w["train"], epochs=w["rounds"], seed=0)
        med = statistics.median(prog.history.seconds_per_epoch)
        best = med if best is None else min(best, med)
    return {"seconds_per_round": best, "bytes_per_round": 0, "quality": prog.evaluate(w["test"])[w["metric"]]}


def run_dask(w, client, comm, repeat):
    from sgdc import distributed as sd

    best = None
    for _ in range(repeat):
        res = sd.train(w["spec"], w["train"], client=client, rounds=w["rounds"], comm=comm, threads=1)
        med = statistics.median(res.seconds_per_round)
        best = med if best is None else min(best, med)
    return {"seconds_per_round": best, "bytes_per_round": statistics.median(res.bytes_per_round),
            "compute_seconds_per_round": statistics.median(r["compute_seconds"] for r in res.rounds),
            "quality": res.program.evaluate(w["test"])[w["metric"]]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2, help="Dask worker processes (one thread each)")
    ap.add_argument("--threads", type=int, default=2, help="threads of the local Hogwild! run")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", metavar="OUT.json")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"no data sets at {DATA}", file=sys.stderr)
        return 1
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    rows = []
    t0 = time.perf_counter()
    try:
        for w in workloads():
            rows.append({"data": w["name"], "setup": f"local, 1 process x {args.threads} threads", "comm": "-",
                         "rounds": w["rounds"], "metric": w["metric"], **run_local(w, args.threads, args.repeat)})
            for comm in (32, 8):
                rows.append({"data": w["name"], "setup": f"Dask, {args.workers} workers x 1 thread",
                             "comm": f"{comm}-bit", "rounds": w["rounds"], "metric": w["metric"],
                             **run_dask(w, client, comm, args.repeat)})
    finally:
        client.close()
        cluster.close()
    import sgdc

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, sgdc {sgdc.__version__}"
    print(f"machine: {machine}; total {time.perf_counter() - t0:.0f} s\n")
    print("| data | setup | communication | rounds | s / round | of which training | bytes / round | quality |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |")
    for r in rows:
        q = f"accuracy {r['quality']:.4f}" if r["metric"] == "test_accuracy" else f"RMSE {r['quality']:.4f}"
        train = r.get("compute_seconds_per_round", r["seconds_per_round"])
        print(f"| {r['data']} | {r['setup']} | {r['comm']} | {r['rounds']} | {r['seconds_per_round'] * 1e3:.1f} ms "
              f"| {train * 1e3:.1f} ms | {r['bytes_per_round']:,.0f} | {q} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
