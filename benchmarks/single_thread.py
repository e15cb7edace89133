"""Single-thread figures for the compiled kernels, measured side by side in one run.

    python benchmarks/single_thread.py [--epochs N] [--json OUT.json]

1. Cold compile time per example spec: a fresh Python process per spec times
   ``sgdc.compile`` (parse, check, differentiate) plus code generation and JIT
   for the spec's natural data layout (sparse for vector fields).  Import
   time is reported apart.
2. Seconds per epoch, one thread, float32, sgdc's kernel next to the
   hand-written numba kernel of the same loop (``numba_kernels.py``): logistic
   regression on a9a (sparse) and biased matrix factorisation (rank 50) on
   MovieLens 100K ``u1.base``.  The two run interleaved, epoch by epoch, over the
   same shuffled orders; the figures are medians and the ratio is
   numba / sgdc (above 1: sgdc is faster).

Needs ``../shared/datasets`` for part 2 (skipped with a message otherwise) and
numba (``pip install -e '.[bench]'``).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATASETS = ROOT.parent / "shared" / "datasets"
sys.path.insert(0, str(HERE))

COLD = r"""
import time, json, sys
t0 = time.perf_counter()
import sgdc
from sgdc.data.synth import synthesize
t1 = time.perf_counter()
spec = sys.argv[1]
t2 = time.perf_counter()
prog = sgdc.compile(spec)
t3 = time.perf_counter()
fields, dims = synthesize(prog.model, n=50, seed=0)
ds = prog.bind(fields, fit=True, dims=dims)[0]
t4 = time.perf_counter()
prog.engine.prepare(ds)
t5 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "front_and_grad": t3 - t2, "codegen_jit": t5 - t4, "total": (t3 - t2) + (t5 - t4)}))
"""


def cold_compile(spec: Path, repeats: int = 3) -> dict:
    runs = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", COLD, str(spec)], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def _interleaved(sgdc_epoch, numba_epoch, epochs: int, n: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    a, b = [], []
    for ep in range(epochs):
        order = rng.permutation(n).astype(np.int64)
        t = time.perf_counter()
        sgdc_epoch(order, ep)
        a.append(time.perf_counter() - t)
        t = time.perf_counter()
        numba_epoch(order, ep)
        b.append(time.perf_counter() - t)
    return statistics.median(a), statistics.median(b)


def epoch_logistic_a9a(epochs: int) -> dict:
    import numba_kernels as nk

    import sgdc
    from sgdc.data.loaders import load_svmlight

    X, y = load_svmlight(DATASETS / "a9a" / "a9a")
    eta0, decay, lam = 0.05, 0.5, 1e-6
    prog = sgdc.compile(ROOT / "examples" / "logistic.sgd", adaptive="off", step=f"{eta0} / (1 + {decay} * epoch)")
    ds, enc, _ = prog.bind(X, y, fit=True)
    from sgdc.runtime.params import init_params

    params = init_params(prog.model, ds.dims, 0)
    prog.engine.prepare(ds)
    x = ds["x"]
    yy = ds["y"]
    w = np.zeros(ds.dims["d"], np.float32)
    b = np.zeros(1, np.float32)
    order0 = np.arange(ds.n, dtype=np.int64)
    nk.logreg_sparse_epoch(x.indptr, x.indices, x.data, yy, w.copy(), b.copy(), order0, 0, ds.n, 0, eta0, decay, lam)  # JIT

    def s(order, ep):
        prog.engine.epoch(params, ds, order, ep, ep * ds.n)

    def nb(order, ep):
        nk.logreg_sparse_epoch(x.indptr, x.indices, x.data, yy, w, b, order, 0, ds.n, ep, eta0, decay, lam)

    ms, mn = _interleaved(s, nb, epochs, ds.n)
    return {"workload": "logistic, a9a (32,561 x 123, sparse)", "sgdc_s": ms, "numba_s": mn, "numba_over_sgdc": mn / ms}


def epoch_mf_ml100k(epochs: int) -> dict:
    import numba_kernels as nk

    import sgdc
    from sgdc.data.loaders import load_ratings
    from sgdc.runtime.params import init_params

    r = load_ratings(DATASETS / "movielens-100k" / "u1.base")
    eta0, decay, lam = 0.02, 0.2, 0.2
    text = (ROOT / "examples" / "matrix_completion.sgd").read_text()
    text = text.replace("regular  l2(0.05) on bu, bi\n", "regular  l2(0.2) on bu, bi\n")  # one lambda, as numba's kernel
    prog = sgdc.compile(text, adaptive="off", step=f"{eta0} / (1 + {decay} * epoch)")
    ds, _, _ = prog.bind({"u": r["u"], "i": r["i"], "r": r["r"]}, fit=True)
    params = init_params(prog.model, ds.dims, 0)
    prog.engine.prepare(ds)
    u, i, rr = ds["u"], ds["i"], ds["r"]
    P = {k: v.copy() for k, v in params.items()}
    mu = P["mu"].reshape(1)
    order0 = np.arange(ds.n, dtype=np.int64)
    nk.mf_epoch(u, i, rr, mu.copy(), P["bu"].copy(), P["bi"].copy(), P["L"].copy(), P["R"].copy(), order0, 0, ds.n, 0, eta0, decay, lam)

    def s(order, ep):
        prog.engine.epoch(params, ds, order, ep, ep * ds.n)

    def nb(order, ep):
        nk.mf_epoch(u, i, rr, mu, P["bu"], P["bi"], P["L"], P["R"], order, 0, ds.n, ep, eta0, decay, lam)

    ms, mn = _interleaved(s, nb, epochs, ds.n)
    return {"workload": "matrix factorisation k=50, MovieLens 100K u1 (80,000 ratings)", "sgdc_s": ms, "numba_s": mn,
            "numba_over_sgdc": mn / ms}


def machine() -> str:
    cpu = platform.processor() or "cpu"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--epochs", type=int, default=21, help="epochs timed per workload (median)")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    out = {"machine": machine(), "compile": {}, "epochs": []}
    print(f"machine: {out['machine']}")
    print("\ncold compile (fresh process, median of 3), seconds:")
    print(f"  {'spec':20s} {'front+grad':>10s} {'codegen+JIT':>12s} {'total':>8s}   (import {'':>5s})")
    for spec in sorted((ROOT / "examples").glob("*.sgd")):
        c = cold_compile(spec)
        out["compile"][spec.stem] = c
        print(f"  {spec.stem:20s} {c['front_and_grad']:10.3f} {c['codegen_jit']:12.3f} {c['total']:8.3f}   ({c['import']:.3f})")
    if not DATASETS.exists():
        print(f"\nskipping epoch timings: {DATASETS} is absent")
    else:
        print(f"\nseconds per epoch, 1 thread, median of {args.epochs} interleaved epochs:")
        for fn in (epoch_logistic_a9a, epoch_mf_ml100k):
            r = fn(args.epochs)
            out["epochs"].append(r)
            print(f"  {r['workload']}\n      sgdc {r['sgdc_s'] * 1e3:8.2f} ms   numba {r['numba_s'] * 1e3:8.2f} ms   "
                  f"numba/sgdc {r['numba_over_sgdc']:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
