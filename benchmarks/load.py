"""Load measurements (issue 9): many compiles in one process, and a 10-million-row data set.

    python benchmarks/load.py compiles [--n 1000]
    python benchmarks/load.py rows [--rows 10000000] [--spec logistic|matrix_completion] [--wide]

``compiles`` compiles ``n`` distinct specs (the logistic example with a different
regularisation strength each time, so neither the kernel cache nor any memo can
hit) and trains each for one epoch on 16 rows, printing the resident set size
(VmRSS) after a warm-up and at every tenth of the way.  Every compile builds an
LLVM execution engine; if those were not freed, RSS would grow by megabytes a
compile.

``rows`` generates the data set, measures its size (the bytes of the caller's
arrays), resets the kernel's peak-RSS counter (``/proc/self/clear_refs``), then
binds and trains one epoch and reports the peak RSS above the RSS before the fit,
against the data size: sgdc's bound copy (checked copies of CSR indices,
float32 values, int32 codes) is at most one copy of the data.

Both print one JSON object per measurement on the last line; docs/robustness.md
records the output.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def rss_mib(field: str = "VmRSS") -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # resets VmHWM (peak RSS) to the current RSS


def compiles(n: int) -> dict:
    os.environ["SGDC_CACHE"] = "off"
    import sgdc
    import sgdc.backend.jit

    base = (EXAMPLES / "logistic.sgd").read_text()
    rng = np.random.default_rng(0)
    X = rng.normal(0, 1, (16, 8)).astype(np.float32)
    y = np.where(rng.random(16) < 0.5, 0.0, 1.0)

    def one(k: int) -> None:
        spec = base.replace("l2(1e-6)", f"l2({1e-6 * (1 + k)})")
        prog = sgdc.compile(spec)
        prog.fit(X, y, epochs=1)

    warm = min(50, n)
    for k in range(warm):
        one(n + k)
    gc.collect()
    before = rss_mib()
    t = time.perf_counter()
    marks = []
    for k in range(n):
        one(k)
        if (k + 1) % max(n // 10, 1) == 0:
            gc.collect()
            marks.append((k + 1, round(rss_mib(), 1)))
            print(f"  {k + 1} compiles: RSS {marks[-1][1]} MiB", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - t
    after = rss_mib()
    return {"measure": "compiles", "compiles": n, "warmup": warm, "rss_before_mib": round(before, 1),
            "rss_after_mib": round(after, 1), "growth_mib": round(after - before, 1),
            "growth_kib_per_compile": round((after - before) * 1024 / n, 1), "seconds": round(seconds, 1),
            "marks": marks, "jit_helper": os.environ.get("SGDC_JIT_HELPER", "auto"),
            "helper_stats": dict(sgdc.backend.jit.helper_stats)}


def _logistic_data(rows: int, d: int = 1000, nnz: int = 10, seed: int = 0):
    rng = np.random.default_rng(seed)
    cols = np.sort(rng.integers(0, d, (rows, nnz), dtype=np.int32), axis=1)
    keep = np.ones((rows, nnz), dtype=bool)
    keep[:, 1:] = cols[:, 1:] != cols[:, :-1]  # distinct columns per row
    counts = keep.sum(axis=1)
    indptr = np.zeros(rows + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    indices = cols[keep]
    del cols, keep
    data = rng.normal(0, 1, indices.size).astype(np.float32)
    X = sp.csr_matrix((data, indices, indptr), shape=(rows, d))
    w = rng.normal(0, 1, d)
    y = np.where(X @ w > 0, 1.0, -1.0).astype(np.float32)
    return {"x": X, "y": y}


def _ratings_data(rows: int, seed: int = 0, wide: bool = False):
    """User and item ids and ratings: int32 / float32, or (``wide``) int64 / float64 as pandas would give."""
    rng = np.random.default_rng(seed)
    ids, values = (np.int64, np.float64) if wide else (np.int32, np.float32)
    return {"u": rng.integers(0, 100_000, rows).astype(ids), "i": rng.integers(0, 20_000, rows).astype(ids),
            "r": rng.integers(1, 6, rows).astype(values)}


def _nbytes(fields: dict) -> int:
    total = 0
    for v in fields.values():
        if sp.issparse(v):
            total += v.data.nbytes + v.indices.nbytes + v.indptr.nbytes
        else:
            total += v.nbytes
    return total


def rows(n: int, spec: str, wide: bool = False) -> dict:
    os.environ["SGDC_CACHE"] = "off"
    import sgdc

    kw = {"k": 8} if spec == "matrix_completion" else {}
    t = time.perf_counter()
    data = _ratings_data(n, wide=wide) if spec == "matrix_completion" else _logistic_data(n)
    gen_seconds = time.perf_counter() - t
    text = (EXAMPLES / f"{spec}.sgd").read_text()
    if kw:
        text = text.replace("const k = 50", f"const k = {kw['k']}")
    prog = sgdc.compile(text, threads=1)
    prog.fit({k: v[:1000] for k, v in data.items()}, epochs=1)  # compile the kernels first
    gc.collect()
    size = _nbytes(data)
    before = rss_mib()
    reset_peak()
    t = time.perf_counter()
    prog.fit(data, epochs=1)
    fit_seconds = time.perf_counter() - t
    peak = rss_mib("VmHWM")
    extra = peak - before
    return {"measure": "rows", "spec": spec, "rows": n, "wide": wide, "data_mib": round(size / 2**20, 1),
            "rss_before_fit_mib": round(before, 1), "peak_rss_during_fit_mib": round(peak, 1),
            "extra_mib": round(extra, 1), "extra_over_data": round(extra / (size / 2**20), 2),
            "generate_seconds": round(gen_seconds, 1), "fit_seconds": round(fit_seconds, 1),
            "train_loss": prog.history.train_loss[-1]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    c = sub.add_parser("compiles")
    c.add_argument("--n", type=int, default=1000)
    r = sub.add_parser("rows")
    r.add_argument("--rows", type=int, default=10_000_000)
    r.add_argument("--spec", choices=("logistic", "matrix_completion"), default="logistic")
    r.add_argument("--wide", action="store_true", help="matrix_completion: int64 ids and float64 ratings")
    args = ap.parse_args(argv)
    out = compiles(args.n) if args.what == "compiles" else rows(args.rows, args.spec, args.wide)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
