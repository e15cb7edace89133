"""Peak memory of loading a text data file (issue: data at scale), against the size of the arrays it gives.

    python benchmarks/load_memory.py                    # every format, text files generated once
    python benchmarks/load_memory.py --formats svmlight --repeat 3
    python benchmarks/load_memory.py --formats binary    # W2 converted (sgdc convert), mapped, then bound
    python benchmarks/load_memory.py --big               # one epoch on a 0.9 GiB binary file: mapped vs in memory

Each load runs in a fresh Python process that imports sgdc, numpy and scipy first, notes its RSS
(``before``), loads the file and reads its peak RSS (``VmHWM``, from ``/proc/self/status``).  Reported: the
text's size, the final arrays' bytes, the peak RSS, the peak above ``before``, and that excess over the arrays
(the bound promised in docs/data.md: at most 2x the final arrays, plus the interpreter).

The text files are written once under ``benchmarks/.cache/text/`` (a few hundred MB in all) from generated data:

=========  ======================================================================================
svmlight   the RCV1-like workload W2: ``sparse_classification(400000, 47236, 75, seed=2)``, values ``%.4g``
ratings    10 million ``user item rating timestamp`` lines, ids up to 200,000 and 50,000 (tab-separated)
csv        1 million rows of 20 numbers ``%.5g`` and a 0/1 label, with a header
binary     the svmlight file above converted by ``sgdc convert`` (``.sgdb``): the open (a map, no parse), then
           the bind a fit makes (sgdc's own checked copy, the one copy of the data a fit holds)
=========  ======================================================================================

``RssAnon`` (anonymous memory: what the process itself holds, mapped files excluded) is reported too.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
TEXT = HERE / ".cache" / "text"
sys.path.insert(0, str(HERE))


def write_svmlight(path: Path) -> None:
    from workloads import _cached_sparse

    X, y = _cached_sparse(400_000, 47_236, 75, 2)
    X = X.tocsr()
    tmp = path.with_suffix(".part")
    with open(tmp, "w") as f:
        for a in range(0, X.shape[0], 20_000):
            rows = []
            for r in range(a, min(a + 20_000, X.shape[0])):
                lo, hi = X.indptr[r], X.indptr[r + 1]
                rows.append(f"{int(y[r]):d} " + " ".join(
                    f"{j + 1}:{v:.4g}" for j, v in zip(X.indices[lo:hi].tolist(), X.data[lo:hi].tolist())))
            f.write("\n".join(rows) + "\n")
    os.replace(tmp, path)


def write_ratings(path: Path) -> None:
    rng = np.random.default_rng(3)
    tmp = path.with_suffix(".part")
    with open(tmp, "w") as f:
        for _ in range(10):
            n = 1_000_000
            u, i = rng.integers(1, 200_001, n), rng.integers(1, 50_001, n)
            r, t = rng.integers(1, 6, n), rng.integers(9 * 10**8, 10**9, n)
            f.write("".join(f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in zip(u.tolist(), i.tolist(), r.tolist(),
                                                                          t.tolist())))
    os.replace(tmp, path)


def write_csv(path: Path) -> None:
    rng = np.random.default_rng(4)
    tmp = path.with_suffix(".part")
    with open(tmp, "w") as f:
        f.write(",".join(f"f{k}" for k in range(20)) + ",label\n")
        for _ in range(10):
            V = rng.normal(size=(100_000, 20))
            lab = (V[:, 0] + V[:, 1] > 0).astype(int)
            f.write("".join(",".join(f"{v:.5g}" for v in row) + f",{c}\n" for row, c in zip(V.tolist(),
                                                                                         lab.tolist())))
    os.replace(tmp, path)


def write_binary(path: Path) -> None:
    from sgdc.data.binary import convert

    svm = TEXT / FILES["svmlight"][0]
    if not svm.exists():
        write_svmlight(svm)
    convert(svm, path)


FILES = {"svmlight": ("w2.svm", write_svmlight), "ratings": ("ratings10m.txt", write_ratings),
         "csv": ("table1m.csv", write_csv), "binary": ("w2.sgdb", write_binary)}


def status(field: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def measure(fmt: str, path: str) -> dict:
    """In this (fresh) process: load ``path`` and report the memory figures."""
    import scipy.sparse  # noqa: F401  (imported before the baseline, as a user's process has it)

    from sgdc.data import loaders

    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # the peak counter starts from here
    before = status("VmRSS")
    t = time.perf_counter()
    if fmt == "svmlight":
        X, y = loaders.load_svmlight(path)
        arrays = X.data.nbytes + X.indices.nbytes + X.indptr.nbytes + y.nbytes
        shape = [X.shape[0], X.shape[1], int(X.nnz)]
    elif fmt == "ratings":
        d = loaders.load_ratings(path)
        arrays = sum(v.nbytes for v in d.values())
        shape = [int(d["u"].size)]
    elif fmt == "csv":
        X, y, _ = loaders.load_csv(path)
        arrays = X.nbytes + y.nbytes
        shape = list(X.shape)
    else:
        import sgdc
        from sgdc.data.datafiles import read

        prog = sgdc.compile("logistic")
        fields = read(path, prog.model, "binary")
        opened = time.perf_counter() - t
        ds, _, _ = prog.bind(fields, fit=True)
        X = fields["x"]
        arrays = X.data.nbytes + X.indices.nbytes + X.indptr.nbytes + fields["y"].nbytes
        shape = [X.shape[0], X.shape[1], int(X.nnz)]
    seconds = time.perf_counter() - t
    peak = status("VmHWM")
    extra = {"open_seconds": opened, "anon_mib": status("RssAnon")} if fmt == "binary" else {}
    return {"format": fmt, "file_mib": os.path.getsize(path) / 2**20, "shape": shape, "arrays_mib": arrays / 2**20,
            "before_mib": before, "peak_mib": peak, "above_before_mib": peak - before,
            "excess_over_arrays": (peak - before) / (arrays / 2**20), "seconds": seconds, **extra}


BIG = "w2x4.sgdb"  # W2's rows four times: 1.6 M rows, 120 M entries, about 0.9 GiB


def write_big(path: Path) -> None:
    import scipy.sparse as sp

    from sgdc.data.binary import write_binary
    from workloads import _cached_sparse

    X, y = _cached_sparse(400_000, 47_236, 75, 2)
    write_binary(path, "svmlight", (sp.vstack([X] * 4, format="csr"), np.tile(np.asarray(y, np.float64), 4), None))


def train_big(path: str, source: str) -> dict:
    """In this (fresh) process: one epoch of the logistic example on the big file, mapped (``source`` "file") or
    as arrays in memory ("memory": the file read into anonymous memory first), with the peak anonymous memory
    sampled every 5 ms while it runs."""
    import threading

    import sgdc
    from sgdc.data.datafiles import read

    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], status("RssAnon"))
            time.sleep(0.005)

    threading.Thread(target=sample, daemon=True).start()
    prog = sgdc.compile("logistic", threads=1)
    before = status("RssAnon")
    fields = read(path, prog.model, "binary")
    if source == "memory":
        X = fields["x"]
        X.data, X.indices, X.indptr = (np.array(X.data), np.array(X.indices), np.array(X.indptr))
        fields["y"] = np.array(fields["y"])
    t = time.perf_counter()
    prog.fit(fields, epochs=1, seed=0)
    seconds = time.perf_counter() - t
    done.set()
    return {"source": source, "file_mib": os.path.getsize(path) / 2**20, "anon_before_mib": before,
            "anon_peak_mib": max(peak[0], status("RssAnon")), "train_loss": prog.history.train_loss[-1],
            "fit_seconds": seconds, "epoch_seconds": prog.history.seconds_per_epoch[-1]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--formats", nargs="+", default=list(FILES), choices=list(FILES))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--big", action="store_true", help="train one epoch on a 0.9 GiB binary file, mapped and in "
                    "memory, with the peak anonymous memory of each (the file written once)")
    ap.add_argument("--measure", nargs=2, metavar=("FORMAT", "PATH"), help=argparse.SUPPRESS)
    ap.add_argument("--train-big", nargs=2, metavar=("PATH", "SOURCE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return 0
    if args.train_big:
        print(json.dumps(train_big(*args.train_big)))
        return 0
    if args.big:
        TEXT.mkdir(parents=True, exist_ok=True)
        path = TEXT / BIG
        if not path.exists():
            print(f"(writing {path} once)", file=sys.stderr)
            write_big(path)
        print(f"{'source':7} {'file MiB':>9} {'anon before':>11} {'anon peak':>10} {'train loss':>12} {'fit s':>7} "
              f"{'epoch s':>8}")
        for _ in range(args.repeat):
            for source in ("file", "memory"):
                out = subprocess.run([sys.executable, __file__, "--train-big", str(path), source],
                                     capture_output=True, text=True, check=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                print(f"{source:7} {r['file_mib']:9.1f} {r['anon_before_mib']:11.1f} {r['anon_peak_mib']:10.1f} "
                      f"{r['train_loss']:12.8f} {r['fit_seconds']:7.2f} {r['epoch_seconds']:8.2f}", flush=True)
        return 0
    TEXT.mkdir(parents=True, exist_ok=True)
    print(f"{'format':9} {'file MiB':>9} {'arrays MiB':>10} {'before':>7} {'peak MiB':>9} {'above':>7} "
          f"{'above/arrays':>12} {'s':>6}")
    for fmt in args.formats:
        name, write = FILES[fmt]
        path = TEXT / name
        if not path.exists():
            print(f"(writing {path} once)", file=sys.stderr)
            write(path)
        for _ in range(args.repeat):
            out = subprocess.run([sys.executable, __file__, "--measure", fmt, str(path)], capture_output=True,
                                 text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"{fmt:9} {r['file_mib']:9.1f} {r['arrays_mib']:10.1f} {r['before_mib']:7.1f} "
                  f"{r['peak_mib']:9.1f} {r['above_before_mib']:7.1f} {r['excess_over_arrays']:12.2f} "
                  f"{r['seconds']:6.2f}" + (f"  (open {r['open_seconds']:.4f} s; after the bind RssAnon "
                                             f"{r['anon_mib']:.1f} MiB)" if "open_seconds" in r else ""), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
