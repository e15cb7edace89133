"""Example orders over a binary data file larger than the memory limit (issue: data at scale on one machine).

    python benchmarks/mapped_orders.py                     # 600 MiB file, 200 MiB limit, every order
    python benchmarks/mapped_orders.py --limit 120 --orders blocks --threads 2

Writes a svmlight-kind binary data file (1,000,000 rows of 75 entries: 600 MB; or ``--rows``) in a temporary
folder, then for each order runs one epoch of the logistic example from it in a child process inside a cgroup v1
memory controller whose limit (anonymous memory and page cache together) is ``--limit`` MiB, the file dropped
from the page cache first.  Prints, per order, the seconds (open, bind, compile and one epoch), the train loss
and the cgroup's peak usage.  Needs root and a writable /sys/fs/cgroup/memory (cgroup v1); skips with a note
otherwise.  A run past ``--timeout`` seconds is reported as such (the thrashing this measures).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = "/sys/fs/cgroup/memory"
CHILD = ("import sgdc, json, sys, time; from sgdc.data.datafiles import read; t = time.time(); "
         "p = sgdc.compile('logistic', threads=int(sys.argv[3]), order=sys.argv[2]); "
         "p.fit(read(sys.argv[1], p.model), epochs=1, seed=0); "
         "print(json.dumps([time.time() - t, p.history.train_loss[-1]]))")


def make_file(path: str, rows: int, per: int = 75, width: int = 20_000) -> None:
    import scipy.sparse as sp

    from sgdc.data import binary

    rng = np.random.default_rng(0)
    cols = np.sort(rng.integers(0, width, (rows, per), dtype=np.int32), axis=1) + np.arange(per, dtype=np.int32)
    X = sp.csr_matrix((rows, width + per), dtype=np.float32)
    X.indptr, X.indices = np.arange(rows + 1, dtype=np.int64) * per, cols.reshape(-1)
    X.data = rng.random(rows * per, dtype=np.float32) + 0.5
    y = np.where(rng.random(rows) < 0.5, -1.0, 1.0)
    binary.write_binary(path, "svmlight", (X, y, None))


def run_one(path: str, order: str, threads: int, limit_mib: int, timeout: float) -> dict:
    group = os.path.join(ROOT, f"sgdc-bench-{os.getpid()}")
    os.mkdir(group)
    try:
        with open(os.path.join(group, "memory.limit_in_bytes"), "w") as f:
            f.write(str(limit_mib << 20))
        fd = os.open(path, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)
        t = time.perf_counter()
        try:
            r = subprocess.run(["sh", "-c", f'echo $$ > {group}/cgroup.procs && exec "$0" -c "$1" "$2" "$3" "$4"',
                                sys.executable, CHILD, path, order, str(threads)],
                               capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"order": order, "seconds": None, "note": f"not done in {timeout:g} s"}
        with open(os.path.join(group, "memory.max_usage_in_bytes")) as f:
            peak = int(f.read()) >> 20
        if r.returncode:
            return {"order": order, "seconds": None, "note": f"exit {r.returncode}: {r.stderr.strip()[-200:]}"}
        seconds, loss = json.loads(r.stdout.strip().splitlines()[-1])
        return {"order": order, "seconds": round(seconds, 2), "loss": loss, "peak_mib": peak,
                "wall": round(time.perf_counter() - t, 2)}
    finally:
        os.rmdir(group)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--limit", type=int, default=200, help="MiB")
    ap.add_argument("--orders", nargs="+", default=["sequential", "blocks", "shuffle"])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()
    if not (os.path.isdir(ROOT) and os.access(ROOT, os.W_OK) and os.geteuid() == 0):
        print(f"skipped: needs root and a writable cgroup v1 memory controller at {ROOT}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.sgdb")
        make_file(path, args.rows)
        print(f"# {os.path.getsize(path) / 2**20:.0f} MiB file, limit {args.limit} MiB, {args.threads} thread(s)")
        for order in args.orders:
            print(json.dumps(run_one(path, order, args.threads, args.limit, args.timeout)), flush=True)


if __name__ == "__main__":
    main()
