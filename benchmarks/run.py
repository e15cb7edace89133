"""sgdc's benchmark harness: every figure is a ratio measured side by side in one run.

    python benchmarks/run.py [--quick] [--only W2,W4] [--threads 1,2] [--json OUT.json] [--write-docs]

For each workload (see ``workloads.py``) and each thread count:

* sgdc's compiled kernel and the hand-written numba kernel (``numba_kernels.py``) run interleaved, epoch by epoch,
  over shuffled orders (numba's from numpy's permutation, sgdc's as ``sgdc train`` makes them: a native
  shuffle, grouped by strata when those shards run; neither is timed), with the same step rule
  ``eta0 / (1 + decay * epoch)`` and the same L2; the seconds per epoch are medians.  At ``threads > 1`` sgdc runs its Hogwild! engine (or the row records
  ``not supported yet`` when ``sgdc.Unsupported`` is raised) and numba its ``*_hogwild`` kernel.
* the peers a user would pick instead (``peers.py``: scikit-learn, Vowpal Wabbit, scikit-surprise) train for the
  same number of epochs with their own sensible settings; missing peers are skipped with a note.
* quality on held-out data after the same epochs; throughput (GB/s of X for W1, nonzeros/s for W2/W3/W5,
  ratings/s for W4); the ratio sgdc-throughput / peer-throughput; compile times (sgdc: ``prog.compile_seconds``,
  cold per workload; numba: the first call of a fresh dispatcher of the same kernel).
* the machine's memory read bandwidth (``bandwidth.py``), and for W1 the fraction of the floor
  ``bytes of X / bandwidth`` that each system reaches.

``--write-docs`` rewrites the results section of ``docs/benchmarks.md``.  ``--quick`` uses smaller data and
3 epochs (same code paths).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

# numba's OpenMP worker threads spin after each parallel region; on a 2-core machine that spinning would steal
# a core from whatever runs next (sgdc's epoch, interleaved with numba's). Passive waiting keeps the side-by-side
# timing fair to both; numba's own epochs are not slowed by it (its threads wake once per epoch).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np

from sgdc.runtime.plan import REPLICA_MAX_BYTES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import workloads  # noqa: E402
from workloads import Case  # noqa: E402

DOCS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- BEGIN RESULTS (written by benchmarks/run.py --write-docs) -->", "<!-- END RESULTS -->"
SEED = 0


# ---------------------------------------------------------------------------------------------------------------
# machine and versions

def machine() -> dict:
    cpu, flags = platform.processor() or "cpu", set()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name") and cpu in ("cpu", platform.processor()):
                cpu = line.split(":", 1)[1].strip()
            elif line.startswith("flags") and not flags:
                flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    simd = [f for f in ("sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512_vnni",
                        "avx512_bf16", "amx_tile") if f in flags]
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count()
    mem = None
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 2**20:.0f} GiB"
    except OSError:
        pass
    return {"cpu": cpu, "cores": cores, "simd": simd, "memory": mem, "python": platform.python_version(),
            "platform": platform.platform(), "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE")}


def versions() -> dict:
    import llvmlite
    import sgdc

    import peers

    v = {"sgdc": sgdc.__version__, "llvmlite": llvmlite.__version__, "numpy": np.__version__}
    try:
        import numba

        v["numba"] = numba.__version__
    except ImportError:
        v["numba"] = None
    v.update(peers.versions())
    try:
        import subprocess

        v["sgdc_git"] = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                                       text=True, timeout=10).stdout.strip() or None
    except Exception:
        v["sgdc_git"] = None
    return v


# ---------------------------------------------------------------------------------------------------------------
# sgdc and numba, interleaved

def _numba_args(c: Case, ds, P):
    """Data and param tuples for the numba kernel of ``c.kind``, as views of sgdc's bound data and of ``P``."""
    def one(a):
        v = a.reshape(1)
        assert np.shares_memory(v, a)
        return v

    if c.kind == "logreg_dense":
        return (ds["x"].X, ds["y"]), (P["w"], one(P["b"]))
    if c.kind == "logreg_sparse":
        x = ds["x"]
        return (x.indptr, x.indices, x.data, ds["y"]), (P["w"], one(P["b"]))
    if c.kind == "softmax_sparse":
        x = ds["x"]
        return (x.indptr, x.indices, x.data, ds["y"]), (P["W"],)
    if c.kind == "mf":
        return (ds["u"], ds["i"], ds["r"]), (one(P["mu"]), P["bu"], P["bi"], P["L"], P["R"])
    raise ValueError(c.kind)


def _quality(prog, params, c: Case) -> float:
    saved = prog.params
    prog.params = params
    try:
        m = prog.evaluate(*((c.test,) if isinstance(c.test, dict) else c.test))
    finally:
        prog.params = saved
    return m["test_accuracy"] if c.metric == "accuracy" else m["test_rmse"]


def sgdc_order(prog, ds, rng) -> np.ndarray:
    """An epoch's order as ``sgdc train`` makes it (a native shuffle, already grouped for the strata shards),
    made outside the timed part, as numpy's permutation is for numba."""
    return prog.engine.epoch_order(ds, "shuffle", int(rng.integers(0, 2**63)))


def sgdc_and_numba(c: Case, threads: int) -> list:
    """Rows for sgdc and numba at ``threads``, timed interleaved over the same orders."""
    import sgdc
    from sgdc.runtime.params import init_params

    rows = []
    step = f"{c.eta0} / (1 + {c.decay} * epoch)"
    s_row = {"system": "sgdc", "threads": threads, "precision": "D32M32 (F32)", "settings": f"step {step}"}
    prog = None
    try:
        t = time.perf_counter()
        prog = sgdc.compile(c.spec, adaptive="off", step=step, threads=threads)
        ds, prog.encoders, _ = prog.bind(*((c.train,) if isinstance(c.train, dict) else c.train), fit=True)
        params = init_params(prog.model, ds.dims, SEED)
        prog.engine.prepare(ds)
        s_row["compile_wall_seconds"] = time.perf_counter() - t
        s_row["compile_seconds"] = prog.compile_seconds
        # the same kernels once more with the on-disk cache off (cold) and on (cached)
        for key, flag in (("compile_cold_seconds", "0"), ("compile_cached_seconds", "1")):
            before = os.environ.get("SGDC_CACHE")
            os.environ["SGDC_CACHE"] = flag
            try:
                again = sgdc.compile(c.spec, adaptive="off", step=step, threads=threads)
                again.engine.prepare(ds)
                s_row[key] = again.compile_seconds
            finally:
                if before is None:
                    os.environ.pop("SGDC_CACHE", None)
                else:
                    os.environ["SGDC_CACHE"] = before
    except sgdc.Unsupported as e:
        s_row["note"] = f"not supported yet ({e})"
        prog = None
    if prog is None:
        # numba alone still needs the bound data: bind with a one-thread program
        p1 = sgdc.compile(c.spec, adaptive="off", step=step)
        ds, p1.encoders, _ = p1.bind(*((c.train,) if isinstance(c.train, dict) else c.train), fit=True)
        params = init_params(p1.model, ds.dims, SEED)
        qprog = p1
    else:
        qprog = prog
    rows.append(s_row)

    n_row = {"system": "numba (hand-written)", "threads": threads, "precision": "F32",
             "settings": f"eta0={c.eta0} decay={c.decay} lam={c.lam}" + (" Hogwild!" if threads > 1 else "")}
    rows.append(n_row)
    try:
        import numba

        import numba_kernels as nk
    except ImportError:
        n_row["note"] = "numba not installed (pip install -e '.[bench]')"
        nk = None
    P = {k: v.copy() for k, v in params.items()}
    if nk is not None:
        if threads > numba.config.NUMBA_NUM_THREADS:
            n_row["note"] = f"numba has {numba.config.NUMBA_NUM_THREADS} threads"
            nk = None
    if nk is not None:
        serial, hog = nk._KERNELS[c.kind]
        opts = nk._PJIT if threads > 1 else nk._JIT
        fn = numba.njit(**opts)((hog if threads > 1 else serial).py_func)  # fresh dispatcher: a cold compile
        numba.set_num_threads(threads)
        data, nparams = _numba_args(c, ds, P)
        scratch = tuple(p.copy() for p in nparams)
        warm = np.arange(min(ds.n, 2 * threads), dtype=np.int64)
        t = time.perf_counter()
        if threads > 1:
            fn(*data, *scratch, warm, 0, c.eta0, c.decay, c.lam, threads)
        else:
            fn(*data, *scratch, warm, 0, len(warm), 0, c.eta0, c.decay, c.lam)
        n_row["compile_seconds"] = time.perf_counter() - t
        if threads > 1:
            def numba_epoch(order, ep):
                return fn(*data, *nparams, order, ep, c.eta0, c.decay, c.lam, threads)
        else:
            def numba_epoch(order, ep):
                return fn(*data, *nparams, order, 0, ds.n, ep, c.eta0, c.decay, c.lam)
    else:
        numba_epoch = None

    sgdc_epoch = None
    if prog is not None:
        def sgdc_epoch(order, ep):
            return prog.engine.epoch(params, ds, order, ep, ep * ds.n)

    rng = np.random.default_rng(SEED)
    ts, tn, ls, ln = [], [], [], []
    for ep in range(c.epochs):
        order = rng.permutation(ds.n).astype(np.int64)
        sorder = sgdc_order(prog, ds, rng) if prog is not None else None
        pair = [("s", sgdc_epoch), ("n", numba_epoch)]
        if ep % 2:
            pair.reverse()  # alternate who goes first, so drift hits both alike
        for who, f in pair:
            if f is None:
                continue
            t = time.perf_counter()
            loss = f(sorder if who == "s" else order, ep)
            dt = time.perf_counter() - t
            (ts if who == "s" else tn).append(dt)
            (ls if who == "s" else ln).append(float(loss) / ds.n)
    for row, times, losses, par in ((s_row, ts, ls, params), (n_row, tn, ln, P)):
        if not times:
            continue
        row["epoch_seconds"] = times
        row["seconds_per_epoch"] = statistics.median(times)
        row["per_epoch"] = f"median of {len(times)} interleaved epochs"
        row["train_loss"] = losses
        row["quality"] = _quality(qprog, par, c)
    return rows


def sgdc_variant_row(c: Case, threads: int, layout: str = "shared", precision: str = "D32M32",
                     rounding: str = "nearest") -> dict:
    """sgdc alone with another schedule (model layout, precision, rounding), same orders and epochs."""
    import sgdc
    from sgdc.runtime.params import init_params

    step = f"{c.eta0} / (1 + {c.decay} * epoch)"
    label = [x for x in (layout if layout != "shared" else "", precision if precision != "D32M32" else "",
                         rounding if precision != "D32M32" else "") if x]
    row = {"system": f"sgdc ({', '.join(label)})", "threads": threads, "precision": precision,
           "settings": f"step {step}, layout {layout}, rounding {rounding}"}
    try:
        prog = sgdc.compile(c.spec, adaptive="off", step=step, threads=threads, layout=layout, precision=precision, rounding=rounding)
    except sgdc.Unsupported as e:
        row["note"] = f"not supported yet ({e})"
        return row
    ds, prog.encoders, _ = prog.bind(*((c.train,) if isinstance(c.train, dict) else c.train), fit=True)
    params = init_params(prog.model, ds.dims, SEED)
    prog.engine.prepare(ds)
    prog.engine.seed = SEED
    rng = np.random.default_rng(SEED)
    times, losses = [], []
    for ep in range(c.epochs):
        order = sgdc_order(prog, ds, rng)
        t = time.perf_counter()
        loss = prog.engine.epoch(params, ds, order, ep, ep * ds.n)
        times.append(time.perf_counter() - t)
        losses.append(float(loss) / ds.n)
    row.update(epoch_seconds=times, seconds_per_epoch=statistics.median(times),
               per_epoch=f"median of {len(times)} epochs", train_loss=losses, quality=_quality(prog, params, c))
    return row


# ---------------------------------------------------------------------------------------------------------------
# one workload

def _model_mib(c: Case) -> float:
    """The float32 model of a case, in MiB (its params at the dims its training data binds)."""
    import sgdc
    from sgdc.runtime.memory import param_bytes

    prog = sgdc.compile(c.spec)
    ds, _, _ = prog.bind(c.train if isinstance(c.train, dict) else {"x": c.train[0], prog.model.target: c.train[1]},
                         fit=True)
    return param_bytes(prog.model, ds.dims) / 2**20


def run_case(c: Case, threads_list, bw: dict, peers_on: bool = True, layouts=("shared",), precisions=()) -> dict:
    import peers

    out = {"key": c.key, "name": c.name, "epochs": c.epochs, "unit": c.unit, "metric": c.metric, "info": c.info,
           "rows": [], "skipped": []}
    if c.skip:
        out["skip"] = c.skip
        return out
    out.update(n_train=c.n, work_per_epoch=c.work_per_epoch(), dataset_bytes=c.dataset_bytes(),
               eta0=c.eta0, decay=c.decay, lam=c.lam)
    if c.unit == "GB/s":
        out["floor_seconds"] = c.work_per_epoch() / bw["bytes_per_second"]
        out["floor_seconds_1thread"] = c.work_per_epoch() / bw["bytes_per_second_1thread"]
    tag = f"{c.key}_{c.n}_{c.name.split()[-1]}".replace("/", "_")
    for t in threads_list:
        print(f"  threads={t}: sgdc + numba ...", flush=True)
        out["rows"].extend(sgdc_and_numba(c, t))
        for layout in layouts:
            if t > 1 and layout != "shared":
                if layout == "replicated" and _model_mib(c) > REPLICA_MAX_BYTES / 2**20:
                    # (a copy of W7's 256 MiB tables per worker, merged every sync examples, ran past ten
                    # minutes; layout auto picks shared for models this large)
                    why = f"model {_model_mib(c):.0f} MiB, beyond a copy per worker ({REPLICA_MAX_BYTES >> 20} MiB)"
                    print(f"  threads={t}: sgdc {layout}: skipped ({why})", flush=True)
                    out["skipped"].append({"system": f"sgdc {layout}", "threads": t, "note": why})
                    continue
                print(f"  threads={t}: sgdc {layout} ...", flush=True)
                out["rows"].append(sgdc_variant_row(c, t, layout))
        for prec in precisions:
            for rounding in ("nearest", "unbiased"):
                if prec != "D32M32":
                    print(f"  threads={t}: sgdc {prec} {rounding} ...", flush=True)
                    out["rows"].append(sgdc_variant_row(c, t, precision=prec, rounding=rounding))
        if not peers_on:
            continue
        for name, fn in (("scikit-learn", lambda: peers.sklearn_row(c, t)),
                         ("Vowpal Wabbit", lambda: peers.vw_row(c, t, tag)),
                         ("surprise", lambda: peers.surprise_row(c, t))):
            print(f"  threads={t}: {name} ...", flush=True)
            try:
                out["rows"].append(fn())
            except peers.Skip as e:
                out["skipped"].append({"system": name, "threads": t, "note": str(e)})
    w = c.work_per_epoch()
    for r in out["rows"]:
        if "seconds_per_epoch" in r:
            r["throughput"] = w / r["seconds_per_epoch"]
            if c.unit == "GB/s":
                r["floor_fraction"] = r["throughput"] / bw["bytes_per_second"]
                r["floor_fraction_1thread"] = r["throughput"] / bw["bytes_per_second_1thread"]
    for r in out["rows"]:
        s = next((x for x in out["rows"] if x["system"] == "sgdc" and x["threads"] == r["threads"]), None)
        if s is not None and "throughput" in s and "throughput" in r:
            r["sgdc_ratio"] = s["throughput"] / r["throughput"]
    return out


# ---------------------------------------------------------------------------------------------------------------
# reporting

def _fmt_tp(v, unit):
    if unit == "GB/s":
        return f"{v / 1e9:.2f} GB/s"
    if v >= 1e9:
        return f"{v / 1e9:.2f} G{unit[:-2]}/s"
    return f"{v / 1e6:.1f} M{unit[:-2]}/s"


def _fmt_s(s):
    return f"{s * 1e3:.1f} ms" if s < 1 else f"{s:.2f} s"


def table(results: dict) -> str:
    lines = ["| workload | system | threads | precision | s/epoch | throughput | quality | sgdc × | floor |",
             "|---|---|---:|---|---:|---:|---:|---:|---:|"]
    for w in results["workloads"]:
        if w.get("skip"):
            lines.append(f"| {w['name']} | — | | | | | | | skipped: {w['skip']} |")
            continue
        q = "acc" if w["metric"] == "accuracy" else "RMSE"
        for r in w["rows"]:
            if "seconds_per_epoch" not in r:
                lines.append(f"| {w['name']} | {r['system']} | {r['threads']} | {r['precision']} | — | — | — | — | "
                             f"{r.get('note', '')} |")
                continue
            fl = f"{100 * r['floor_fraction']:.0f}%" if "floor_fraction" in r else ""
            ratio = f"{r['sgdc_ratio']:.2f}" if "sgdc_ratio" in r else "—"
            lines.append(f"| {w['name']} | {r['system']} | {r['threads']} | {r['precision']} | "
                         f"{_fmt_s(r['seconds_per_epoch'])} | {_fmt_tp(r['throughput'], w['unit'])} | "
                         f"{q} {r['quality']:.4f} | {ratio} | {fl} |")
        for s in w["skipped"]:
            lines.append(f"| {w['name']} | {s['system']} | {s['threads']} | | | | | | skipped: {s['note']} |")
    return "\n".join(lines)


def compile_table(results: dict) -> str:
    lines = ["| workload | sgdc cold compile | sgdc from the kernel cache | sgdc compile+bind+JIT wall "
             "(first) | numba compile |",
             "|---|---:|---:|---:|---:|"]
    for w in results["workloads"]:
        for t in sorted({r["threads"] for r in w.get("rows", [])}):
            s = next((r for r in w["rows"] if r["system"] == "sgdc" and r["threads"] == t), {})
            n = next((r for r in w["rows"] if r["system"].startswith("numba") and r["threads"] == t), {})
            fs = lambda v: f"{v:.3f} s" if v is not None else "—"
            lines.append(f"| {w['name']} ({t} thr) | {fs(s.get('compile_cold_seconds'))} | "
                         f"{fs(s.get('compile_cached_seconds'))} | {fs(s.get('compile_wall_seconds'))} | "
                         f"{fs(n.get('compile_seconds'))} |")
    return "\n".join(lines)


def report(results: dict) -> str:
    m, v, bw = results["machine"], results["versions"], results["bandwidth"]
    cand = ", ".join(f"{k} {x / 1e9:.1f} GB/s" for k, x in bw["candidates"].items())
    vs = ", ".join(f"{k} {x}" for k, x in v.items() if x)
    out = [
        f"Run: `{results['command']}` on {results['date']}, {results['wall_seconds'] / 60:.1f} min.",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, SIMD: {' '.join(m['simd']) or 'none listed'}; "
        f"Python {m['python']}.",
        "",
        f"Versions: {vs}.",
        "",
        f"Memory read bandwidth (best of {bw['repeats']} over a {bw['array_bytes'] / 2**30:.2f} GiB float32 array): "
        f"{cand}. Best: **{bw['bytes_per_second'] / 1e9:.1f} GB/s** ({bw['best']}); one thread: "
        f"{bw['bytes_per_second_1thread'] / 1e9:.1f} GB/s.",
        "",
    ]
    for w in results["workloads"]:
        if w.get("floor_seconds"):
            out.append(f"Floor for {w['name']}: {w['work_per_epoch'] / 1e6:.0f} MB of X per epoch / bandwidth = "
                       f"{_fmt_s(w['floor_seconds'])} (all cores), {_fmt_s(w['floor_seconds_1thread'])} (one thread).")
            out.append("")
    out += [
        "`sgdc ×` = sgdc's throughput / the row's throughput at the same thread count (above 1: sgdc is faster). "
        "`floor` = the row's bytes/s over the machine's best read bandwidth (W1 only). Epochs: "
        + ", ".join(f"{w['key']} {w['epochs']}" for w in results["workloads"] if not w.get("skip")) + ".",
        "",
        table(results),
        "",
        "Compile times (cold, per workload):",
        "",
        compile_table(results),
    ]
    return "\n".join(out)


DOC_TEMPLATE = f"""# Benchmarks

{BEGIN}
{END}
"""


def write_docs(results: dict) -> None:
    text = DOCS.read_text() if DOCS.exists() else DOC_TEMPLATE
    if BEGIN not in text or END not in text:
        text = text.rstrip() + "\n\n" + BEGIN + "\n" + END + "\n"
    a, rest = text.split(BEGIN, 1)
    _, b = rest.split(END, 1)
    DOCS.write_text(a + BEGIN + "\n" + report(results) + "\n" + END + b)


# ---------------------------------------------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller data, 3 epochs (same code paths)")
    ap.add_argument("--only", default=",".join(workloads.ALL), help="comma-separated workloads, e.g. W2,W4")
    ap.add_argument("--threads", default="1", help="comma-separated thread counts, e.g. 1,2")
    ap.add_argument("--precisions", default="",
                    help="extra sgdc rows at these DMGC signatures, each with nearest and unbiased rounding, "
                         "e.g. D8M32,D8M16,D16M16,D8M8")
    ap.add_argument("--layouts", default="shared",
                    help="sgdc model layouts at threads > 1, e.g. shared,replicated,locked (shared is the main row)")
    ap.add_argument("--json", help="write the results to this JSON file")
    ap.add_argument("--write-docs", action="store_true", help=f"rewrite the results section of {DOCS.relative_to(ROOT)}")
    ap.add_argument("--no-peers", action="store_true", help="sgdc and numba only")
    ap.add_argument("--from-json", metavar="FILE",
                    help="measure nothing: print the report of a saved --json run (and --write-docs it)")
    ap.add_argument("--bandwidth-gib", type=float, default=None, help="array size for the bandwidth test")
    args = ap.parse_args(argv)
    keys = [k.strip().upper() for k in args.only.split(",") if k.strip()]
    bad = [k for k in keys if k not in workloads.ALL]
    if bad:
        ap.error(f"unknown workload(s) {bad}; choose from {', '.join(workloads.ALL)}")
    if args.from_json:
        results = json.loads(Path(args.from_json).read_text())
        print(report(results))
        if args.write_docs:
            write_docs(results)
            print(f"\nwrote {DOCS}")
        return 0
    threads = [int(t) for t in args.threads.split(",")]
    t_start = time.perf_counter()
    results = {
        "schema": 1,
        "command": "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "quick": args.quick,
        "threads": threads,
        "machine": machine(),
        "versions": versions(),
    }
    print(f"machine: {results['machine']['cpu']}, {results['machine']['cores']} cores", flush=True)
    import bandwidth

    gib = args.bandwidth_gib if args.bandwidth_gib is not None else (0.25 if args.quick else 1.0)
    bw = bandwidth.measure(gib, threads, repeats=3 if args.quick else 5)
    bw["bytes_per_second_1thread"] = max(v for k, v in bw["candidates"].items() if "2 threads" not in k
                                         and not any(f"{t} threads" in k for t in range(2, 1025)))
    results["bandwidth"] = bw
    print(f"bandwidth: {bw['bytes_per_second'] / 1e9:.1f} GB/s ({bw['best']})", flush=True)
    results["workloads"] = []
    for key in keys:
        t = time.perf_counter()
        cs = workloads.cases([key], args.quick)
        print(f"{key}: data ready in {time.perf_counter() - t:.1f} s", flush=True)
        for c in cs:
            print(f"{c.name}" + (f": skipped ({c.skip})" if c.skip else ""), flush=True)
            w = run_case(c, threads, bw, peers_on=not args.no_peers, layouts=args.layouts.split(","),
                         precisions=[p for p in args.precisions.split(",") if p])
            w["data_seconds"] = time.perf_counter() - t
            results["workloads"].append(w)
    results["wall_seconds"] = time.perf_counter() - t_start
    print()
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=float))
    if args.write_docs:
        write_docs(results)
        print(f"\nwrote {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
