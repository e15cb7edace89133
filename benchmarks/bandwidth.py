"""The machine's memory read bandwidth, measured by the best simple reduction we can write.

    python benchmarks/bandwidth.py [--gib 1.0] [--threads 1,2]

Candidates, each the best of several repeats over one float32 array of ``--gib`` GiB (well beyond the caches):

* ``numpy``: ``np.add.reduce(a)`` (numpy's pairwise, vectorised sum), one thread;
* ``numba-T``: a numba ``parallel=True`` sum with T threads, each summing its block with 8 independent float32
  accumulators (so the loop is bound by loads, not by the latency of one add chain).

The best rate is the machine's limit used by the benchmarks: an epoch over a dense data set of B bytes cannot take
less than B / bandwidth seconds (each byte of X is read once per epoch).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np


def _numba_sum():
    from numba import njit, prange

    @njit(fastmath=True, parallel=True, nogil=True, cache=False)
    def psum(a, nblocks):
        n = a.shape[0]
        parts = np.zeros(nblocks, dtype=np.float64)
        for blk in prange(nblocks):
            lo = blk * n // nblocks
            hi = (blk + 1) * n // nblocks
            s0 = np.float32(0)
            s1 = np.float32(0)
            s2 = np.float32(0)
            s3 = np.float32(0)
            s4 = np.float32(0)
            s5 = np.float32(0)
            s6 = np.float32(0)
            s7 = np.float32(0)
            i = lo
            while i + 8 <= hi:
                s0 += a[i]
                s1 += a[i + 1]
                s2 += a[i + 2]
                s3 += a[i + 3]
                s4 += a[i + 4]
                s5 += a[i + 5]
                s6 += a[i + 6]
                s7 += a[i + 7]
                i += 8
            while i < hi:
                s0 += a[i]
                i += 1
            parts[blk] = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))
        return parts.sum()

    return psum


def _best(fn, repeats):
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def measure(gib: float = 1.0, threads=(1,), repeats: int = 5) -> dict:
    """Bytes per second of each candidate, and the best; ``threads`` are numba thread counts to try."""
    n = int(gib * (1 << 30)) // 4
    a = np.random.default_rng(0).random(n, dtype=np.float32)  # touched: every page is real
    out = {"array_bytes": a.nbytes, "repeats": repeats, "candidates": {}}
    s = _best(lambda: np.add.reduce(a), repeats)
    out["candidates"]["numpy add.reduce"] = a.nbytes / s
    try:
        import numba

        psum = _numba_sum()
        for t in sorted(set(int(x) for x in threads) | {1, numba.config.NUMBA_NUM_THREADS}):
            if t > numba.config.NUMBA_NUM_THREADS:
                continue
            numba.set_num_threads(t)
            psum(a[:1024], t)  # compile
            s = _best(lambda: psum(a, 8 * t), repeats)
            out["candidates"][f"numba parallel sum, {t} thread{'s' if t > 1 else ''}"] = a.nbytes / s
        numba.set_num_threads(numba.config.NUMBA_NUM_THREADS)
    except ImportError:
        out["note"] = "numba not installed: numpy only"
    best = max(out["candidates"], key=out["candidates"].get)
    out["best"] = best
    out["bytes_per_second"] = out["candidates"][best]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gib", type=float, default=1.0)
    ap.add_argument("--threads", default=str(os.cpu_count() or 1))
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    r = measure(args.gib, [int(t) for t in args.threads.split(",")])
    for k, v in r["candidates"].items():
        print(f"{k:32s} {v / 1e9:7.2f} GB/s")
    print(f"best: {r['best']} ({r['bytes_per_second'] / 1e9:.2f} GB/s)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(r, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
