"""Memory before allocation (issue 14, item 7): the one guard (sgdc.runtime.memory), its limit sources, the params made
without full-size temporaries, the workers' copies counted before the first epoch, and every reader bounded
(specs, data files, decompression, npz members, pipes and devices).

Nothing here allocates what it refuses: the limits are lowered (SGDC_MEMORY_LIMIT, a fake /proc, RLIMIT_AS in a
child process) so that the refusals happen the same on any machine.
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

import sgdc
from sgdc.data import loaders
from sgdc.runtime import memory
from sgdc.errors import UserError
from sgdc.frontend.load import load_model
from sgdc.runtime.params import init_params

ROOT = Path(__file__).resolve().parents[1]
LOGISTIC = (ROOT / "examples" / "logistic.sgd").read_text()
GiB, MiB = 1 << 30, 1 << 20


def spec_with(init: str, precision: str = "D32M32") -> str:
    text = LOGISTIC.replace("param w : [d] = 0", f"param w : [d] = {init}")
    assert text != LOGISTIC
    return text.replace("precision D32M32", f"precision {precision}")


@pytest.fixture
def limit_env(monkeypatch):
    """Set SGDC_MEMORY_LIMIT for the test."""
    def set_limit(value):
        monkeypatch.setenv(memory.ENV, str(value))
    monkeypatch.delenv(memory.ENV, raising=False)
    return set_limit


def wide_svmlight(path: Path) -> Path:
    """About 140 KB of svmlight whose largest index is the largest allowed (2147483646): a 2^31-wide model."""
    rng = np.random.default_rng(0)
    lines = [f"{rng.choice([-1, 1])} {rng.integers(1, 100)}:1 {loaders.MAX_INDEX}:0.5" for _ in range(6000)]
    path.write_text("\n".join(lines) + "\n")
    assert 100_000 < path.stat().st_size < 200_000
    return path


def run_cli(*args, env=None, timeout=120, stdin=None, pre=""):
    """``sgdc ARGS`` in a child process (``pre``: Python run first, e.g. a setrlimit)."""
    code = f"import sys\n{pre}\nfrom sgdc.cli import main\nsys.exit(main({list(map(str, args))!r}))"
    full_env = {k: v for k, v in os.environ.items() if k != memory.ENV}
    full_env.update(env or {})
    feed = {"input": stdin} if isinstance(stdin, str) or stdin is None else {"stdin": stdin}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          env=full_env, cwd=ROOT, **feed)


def one_line_error(r, pattern=None):
    assert r.returncode == 1, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr and "MemoryError" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    if pattern is not None:
        assert pattern in lines[0], lines[0]
    return lines[0]


# -- limit sources ------------------------------------------------------------------------------------------


def fake_proc(tmp_path, cgroup_line: str, meminfo: str = "MemTotal: 16000000 kB\nMemAvailable: 10000000 kB\n",
              statm: str = "262144 1000 500 1 0 2000 0\n") -> Path:
    proc = tmp_path / "proc"
    (proc / "self").mkdir(parents=True)
    (proc / "meminfo").write_text(meminfo)
    (proc / "self" / "cgroup").write_text(cgroup_line + "\n")
    (proc / "self" / "statm").write_text(statm)
    return proc


def write_files(d: Path, **files):
    d.mkdir(parents=True, exist_ok=True)
    for k, v in files.items():
        (d / k.replace("_", ".", 1)).write_text(v + "\n")


def test_cgroup_v2_memory_max_less_current_is_the_tightest(tmp_path):
    proc = fake_proc(tmp_path, "0::/user.slice/app.scope")
    cg = tmp_path / "cg"
    write_files(cg / "user.slice", memory_max="max", memory_current=str(5 * GiB))
    write_files(cg / "user.slice" / "app.scope", memory_max=str(4 * GiB), memory_current=str(1 * GiB))
    where = dict(proc=str(proc), cgroup=str(cg), env={}, rlimit=-1)
    found = memory.sources(**where)
    assert [s.nbytes for s in found] == [10000000 * 1024, 3 * GiB]
    assert found[0].source == f"available RAM: MemAvailable in {proc}/meminfo"
    lim = memory.limit(**where)
    assert lim == memory.Limit(3 * GiB, "cgroup memory.max 4.0 GiB less 1.0 GiB in use")
    assert memory.limit_bytes(**where) == 3 * GiB
    # the capacity: MemTotal and memory.max, nothing subtracted
    assert memory.limit(now=False, **where) == memory.Limit(4 * GiB, "cgroup memory.max")
    assert memory.sources(now=False, **where)[0] == memory.Limit(16000000 * 1024, f"RAM: MemTotal in {proc}/meminfo")


def test_cgroup_ancestor_limit_counts_and_v1_unlimited_is_no_limit(tmp_path):
    proc = fake_proc(tmp_path, "4:memory:/process_api/abc\n3:cpu,cpuacct:/process_api/abc")
    cg = tmp_path / "cg" / "memory"
    write_files(cg, memory_limit_in_bytes="9223372036854771712", memory_usage_in_bytes=str(3 * GiB))
    write_files(cg / "process_api", memory_limit_in_bytes=str(2 * GiB), memory_usage_in_bytes=str(512 * MiB))
    write_files(cg / "process_api" / "abc", memory_limit_in_bytes="9223372036854771712",
                memory_usage_in_bytes=str(100 * MiB))
    lim = memory.limit(proc=str(proc), cgroup=str(tmp_path / "cg"), env={}, rlimit=-1)
    assert lim == memory.Limit(int(1.5 * GiB), "cgroup memory.limit_in_bytes 2.0 GiB less 512.0 MiB in use")


def test_cgroup_namespace_hides_the_path_the_mount_root_is_read(tmp_path):
    """In a container /proc/self/cgroup may name a path that the container's /sys/fs/cgroup does not show."""
    proc = fake_proc(tmp_path, "0::/docker/0123abcd")
    cg = tmp_path / "cg"
    write_files(cg, memory_max=str(1 * GiB), memory_current=str(256 * MiB))
    assert memory.limit(proc=str(proc), cgroup=str(cg), env={}, rlimit=-1).nbytes == 768 * MiB
    write_files(cg, memory_max="max", memory_current=str(256 * MiB))  # no limit: RAM decides
    assert "MemAvailable" in memory.limit(proc=str(proc), cgroup=str(cg), env={}, rlimit=-1).source


def test_rlimit_as_less_the_address_space_in_use(tmp_path):
    proc = fake_proc(tmp_path, "0::/", statm="262144 1000 500 1 0 2000 0\n")  # 262144 pages mapped
    page = os.sysconf("SC_PAGE_SIZE")
    where = dict(proc=str(proc), cgroup=str(tmp_path / "none"), env={}, rlimit=2 * GiB)
    lim = memory.limit(**where)
    assert lim.nbytes == 2 * GiB - 262144 * page
    assert lim.source == f"RLIMIT_AS 2.0 GiB less {memory.fmt(262144 * page)} of address space in use"
    assert memory.limit(now=False, **where) == memory.Limit(2 * GiB, "RLIMIT_AS")


def test_unreadable_sources_set_no_limit(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    found = memory.sources(proc=str(empty), cgroup=str(empty), env={}, rlimit=-1)
    assert [s.source for s in found] == ["free RAM (sysconf)"]  # /proc/meminfo unreadable: sysconf
    proc = fake_proc(tmp_path, "0::/a", meminfo="garbage\nMemAvailable: lots\n")
    write_files(tmp_path / "cg" / "a", memory_max="not a number", memory_current="7")
    found = memory.sources(proc=str(proc), cgroup=str(tmp_path / "cg"), env={}, rlimit=-1)
    assert [s.source for s in found] == ["free RAM (sysconf)"]


def test_env_limit_and_sizes(monkeypatch):
    assert memory.parse_size("2G") == 2 * GiB and memory.parse_size("1.5GiB") == 1536 * MiB
    assert memory.parse_size("512m") == 512 * MiB and memory.parse_size("64k") == 65536
    assert memory.parse_size("1000") == 1000 and memory.parse_size(" 3 GB ") == 3 * GiB
    for bad in ("", "x", "-1G", "5i", "1e9", "G"):
        with pytest.raises(ValueError):
            memory.parse_size(bad)
    assert memory.limit(env={memory.ENV: "1M"}) == memory.Limit(MiB, memory.ENV)  # lower than any real limit
    monkeypatch.setenv(memory.ENV, "lots")
    with pytest.raises(UserError, match=r"^SGDC_MEMORY_LIMIT='lots': expected a size such as 2G, 512M"):
        memory.check_fits("anything", 1)


def test_check_fits_names_the_numbers_and_the_limit(tmp_path, monkeypatch):
    proc = fake_proc(tmp_path, "0::/app")
    write_files(tmp_path / "cg" / "app", memory_max=str(4 * GiB), memory_current=str(1 * GiB))
    monkeypatch.setattr(memory, "PROC", str(proc))
    monkeypatch.setattr(memory, "CGROUP", str(tmp_path / "cg"))
    monkeypatch.setattr(memory, "RLIMIT", -1)
    monkeypatch.delenv(memory.ENV, raising=False)
    model = load_model("logistic")
    with pytest.raises(UserError) as e:
        init_params(model, {"d": 2147483646})
    assert str(e.value) == ("the params (d=2147483646) would need 8.0 GiB; the memory limit here is 3.0 GiB "
                            "(cgroup memory.max 4.0 GiB less 1.0 GiB in use)")
    memory.check_fits("a small thing", 2 * GiB)  # fits: nothing raised


# -- the 2^31-wide svmlight file ------------------------------------------------------------------------------


def test_wide_svmlight_refused_under_rlimit_as_in_a_child(tmp_path):
    """RLIMIT_AS of 2 GiB, the documented largest index: one line, exit 1, no MemoryError, no traceback."""
    path = wide_svmlight(tmp_path / "wide.svm")
    pre = "import resource\nresource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))"
    r = run_cli("train", "logistic", "--data", path, "--epochs", "1", pre=pre)
    line = one_line_error(r)
    # (16 GiB: the weights and their AdaGrad sums, 4 bytes each)
    assert line == "error: the params (d=2147483646) would need 16.0 GiB; the memory limit here is 2.0 GiB (RLIMIT_AS)"


def test_wide_svmlight_refused_before_allocation(tmp_path, limit_env):
    X, y = loaders.load_svmlight(wide_svmlight(tmp_path / "wide.svm"))
    assert X.shape[1] == 2147483646
    limit_env("1G")
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match=r"^the params \(d=2147483646\) would need 16\.0 GiB; the memory limit "
                                            r"here is 1\.0 GiB \(SGDC_MEMORY_LIMIT\)$"):
            sgdc.compile("logistic", engine="reference").fit({"x": X, "y": y}, epochs=1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * MiB  # the data's copies, not the params


# -- params without temporaries -----------------------------------------------------------------------------


@pytest.mark.parametrize("init", ["normal(0.5, 0.1)", "uniform(-0.5, 0.25)", "1.5"])
@pytest.mark.parametrize("precision", ["D32M32", "D8M16", "D8M8"])
def test_init_params_chunked_is_exactly_one_draw(init, precision, monkeypatch):
    model = load_model(spec_with(init, precision))
    dims = {"d": 1000}
    whole = init_params(model, dims, seed=3)
    monkeypatch.setattr("sgdc.runtime.params.CHUNK", 7)
    chunked = init_params(model, dims, seed=3)
    for k in whole:
        assert whole[k].dtype == np.float32 and whole[k].flags.c_contiguous
        assert whole[k].tobytes() == chunked[k].tobytes()
    assert whole["b"].shape == ()
    if precision == "D32M32" and init != "1.5":  # the values of a plain float64 draw of the whole array
        rng = np.random.default_rng([3, 0x5EED])
        lo, hi = (float(v) for v in init[init.index("(") + 1:-1].split(","))
        ref = (rng.normal if init.startswith("normal") else rng.uniform)(lo, hi, size=1000).astype(np.float32)
        assert np.array_equal(whole["w"], ref)


@pytest.mark.parametrize("precision", ["D32M32", "D8M16"])
def test_init_params_peak_is_the_params_plus_a_chunk(precision):
    model = load_model(spec_with("normal(0, 0.1)", precision))
    d = 8 << 20  # 32 MiB of float32 params
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        out = init_params(model, {"d": d}, seed=1)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    params = sum(a.nbytes for a in out.values())
    assert params == 4 * d + 4
    assert peak < params + 40 * MiB, (peak, params)  # a whole-array float64 draw alone would be 64 MiB more


def test_init_params_refused_before_anything_is_allocated(limit_env):
    limit_env("1M")
    model = load_model(spec_with("normal(0, 0.1)"))
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match=r"^the params \(d=1048576\) would need 4\.0 MiB; the memory limit here "
                                            r"is 1\.0 MiB \(SGDC_MEMORY_LIMIT\)$"):
            init_params(model, {"d": 1 << 20})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 256 * 1024


# -- what an epoch holds ------------------------------------------------------------------------------------------


def parts(*args, **kw):
    return {p.what: p.nbytes for p in memory.epoch_parts(*args, **kw)}


def test_epoch_parts_count_one_copy_per_thread():
    model = load_model("logistic")
    dims = {"d": 1000}
    params = 4 * 1000 + 4
    assert memory.param_bytes(model, dims) == params
    one = parts(model, dims, 1, "replicated")
    assert one == {"the params": params}
    two = parts(model, dims, 2, "replicated")
    assert two["2 private copies of the params"] == 2 * params + 2 * 2 * 384  # each copy padded (engine.private_copy)
    assert two["the replicated merge's counts of hot coordinates"] == memory.HOT_MASK_BYTES * 1000
    eight = parts(model, dims, 8, "replicated", n=50)
    assert eight["8 private copies of the params"] == 8 * params + 8 * 2 * 384
    assert eight["the epoch's order (50 examples)"] == 50 * memory.ORDER_BYTES
    shared = parts(model, dims, 2, "shared", copied=("b",))
    assert shared == {"the params": params, "4 private copies of b, a copy and a base per worker": 4 * (4 + 384)}
    assert parts(model, dims, 4, "locked") == {"the params": params}
    assert memory.epoch_bytes(model, dims, 2, "replicated") == sum(two.values())


def test_epoch_parts_fixed_point_params_are_stored_as_codes():
    model = load_model("logistic", precision="D8M8")
    dims = {"d": 1000}
    assert memory.storage_itemsize(model) == {"w": 1, "b": 4}  # a scalar stays float32
    got = parts(model, dims, 2, "replicated")
    assert got["the params"] == 1000 + 4
    assert got["the float view of the fixed-point params"] == 4 * 1000 + memory.DECODE_BYTES * 1000
    assert got["2 private copies of the params"] == 2 * (1000 + 4) + 2 * 2 * 384


def test_fit_checks_the_workers_copies_before_the_first_epoch(limit_env):
    n, d = 200, 1 << 20  # w: 4 MiB
    X = sp.random(n, d, density=1e-5, format="csr", random_state=0, dtype=np.float32)
    y = np.where(np.random.default_rng(0).random(n) < 0.5, -1, 1)
    limit_env("20M")
    p = sgdc.compile("logistic", threads=2, layout="replicated", adaptive="off")
    with pytest.raises(UserError) as e:
        p.fit({"x": X, "y": y}, epochs=1)
    msg = str(e.value)
    assert msg.startswith("one epoch on 2 threads (layout replicated) would need 52.0 MiB beyond the params' 4.0 MiB "
                          "(2 private copies of the params: 8.0 MiB, ")
    assert msg.endswith("; the memory limit here is 20.0 MiB (SGDC_MEMORY_LIMIT); use fewer threads, or layout shared")
    assert p.epochs_done == 0
    shared = sgdc.compile("logistic", threads=2, layout="shared", adaptive="off").fit({"x": X, "y": y}, epochs=1)  # copies only b
    assert shared.epochs_done == 1


# -- bounded readers ----------------------------------------------------------------------------------------------


def make_zero_device(tmp_path) -> Path:
    """A character device node with /dev/zero's numbers (1, 5), made in the test's folder."""
    node = tmp_path / "zero"
    try:
        os.mknod(node, 0o600 | __import__("stat").S_IFCHR, os.makedev(1, 5))
    except (PermissionError, OSError) as e:
        pytest.skip(f"cannot make a device node here: {e}")
    return node


def test_check_on_a_zero_device_ends_quickly(tmp_path):
    node = make_zero_device(tmp_path)
    t = time.monotonic()
    r = run_cli("check", node, timeout=60)
    one_line_error(r, f"spec '{node}' goes on past 4 MiB, the most a spec file may hold")
    assert time.monotonic() - t < 60


def test_train_on_a_zero_device_ends_quickly(tmp_path):
    node = make_zero_device(tmp_path)
    r = run_cli("train", "logistic", "--data", node, timeout=60)
    one_line_error(r, f"{node}: not a regular file (a pipe or a device): its format cannot be detected")
    r = run_cli("train", "logistic", "--data", node, "--format", "svmlight", timeout=60)
    one_line_error(r, f"{node}:1: binary data (NUL byte); expected a text file")
    for load in (loaders.load_ratings, loaders.load_csv):
        with pytest.raises(UserError, match="binary data"):
            load(node)


def test_spec_over_the_cap_is_refused_unread(tmp_path, monkeypatch):
    from sgdc.frontend import load as frontend

    big = tmp_path / "big.sgd"
    big.write_bytes(b" " * (frontend.SPEC_LIMIT + 1))
    with pytest.raises(UserError, match=rf"^spec '{big}' is {frontend.SPEC_LIMIT + 1} bytes; a spec file may be at "
                                        r"most 4 MiB"):
        load_model(str(big))
    ok = tmp_path / "ok.sgd"
    ok.write_text(LOGISTIC)
    monkeypatch.setattr(frontend, "SPEC_LIMIT", len(LOGISTIC.encode()))
    assert load_model(str(ok)).name == "logistic"  # exactly at the cap


def test_spec_from_a_pipe_still_works():
    r = run_cli("check", "/dev/stdin", stdin=LOGISTIC)
    assert r.returncode == 0, r.stderr
    assert "ok: model logistic" in r.stdout


LINE = b"1 1:0.5 7:1.25 9:3\n"


def bomb(kind: str, expanded: int) -> bytes:
    """``expanded`` bytes of valid svmlight lines, compressed (a few KB)."""
    block = LINE * (65536 // len(LINE))
    if kind == "gzip":
        c = __import__("zlib").compressobj(9, 8, 31)
        return b"".join([c.compress(block) for _ in range(expanded // len(block))] + [c.flush()])
    c = bz2.BZ2Compressor(9) if kind == "bzip2" else lzma.LZMACompressor()
    return b"".join([c.compress(block) for _ in range(expanded // len(block))] + [c.flush()])


@pytest.mark.parametrize("kind,ext", [("gzip", ".gz"), ("bzip2", ".bz2"), ("xz", ".xz")])
def test_decompression_bomb_stops_at_the_limit(tmp_path, monkeypatch, limit_env, kind, ext):
    """32 MiB of svmlight text in a few KB, decompressed and parsed 64 KiB at a time: the parsed arrays (labels
    and row counts 8 bytes a line, 3 entries of 8 bytes) pass 1 MiB at line 27,594 (the 8th piece's end); the
    text is never held whole (the traced peak, pieces, their temporaries and xz's 8 MiB dictionary, stays under
    16 MiB)."""
    monkeypatch.setattr(loaders, "_CHUNK", 64 * 1024)
    path = tmp_path / f"bomb.svm{ext}"
    path.write_bytes(bomb(kind, 32 * MiB))
    packed = path.stat().st_size
    assert packed < 256 * 1024
    limit_env("1M")
    tracemalloc.start()
    try:
        with pytest.raises(UserError) as e:
            loaders.load_svmlight(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    k = 1  # the pieces end at the last line end of each 64 KiB read: k reads hold k * 65536 // len(LINE) lines
    while 40 * (k * 65536 // len(LINE)) <= MiB:
        k += 1
    lines = k * 65536 // len(LINE)
    assert str(e.value) == (f"{path}: the data parsed up to line {lines} would need {memory.fmt(40 * lines)}; "
                            f"the memory limit here is 1.0 MiB (SGDC_MEMORY_LIMIT)")
    assert peak < 16 * MiB, peak
    monkeypatch.delenv(memory.ENV)
    small = tmp_path / f"small.svm{ext}"
    small.write_bytes(bomb(kind, 1 * MiB))  # within the limit: loads
    X, y = loaders.load_svmlight(small)
    assert X.shape == (len(y), 9) and len(y) == (1 * MiB // (65536 // len(LINE) * len(LINE))) * (65536 // len(LINE))


def test_detect_format_reads_only_the_head_of_a_bomb(tmp_path, limit_env):
    path = tmp_path / "bomb.data"  # no extension: the content decides
    path.write_bytes(bomb("gzip", 8 * MiB))
    limit_env("1M")
    assert loaders.detect_format(path) == "svmlight"


def test_regular_text_file_over_the_limit_stops_as_its_arrays_grow(tmp_path, monkeypatch, limit_env):
    """A 64 MiB text whose arrays pass the limit early stops there, having read only what it parsed: the
    traced peak (numpy's and Python's allocations) stays a small fraction of the file."""
    monkeypatch.setattr(loaders, "_CHUNK", 256 * 1024)
    path = tmp_path / "big.svm"
    path.write_bytes(LINE * (64 * MiB // len(LINE)))
    limit_env("2M")
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match=rf"^{path}: the data parsed up to line \d+ would need 2\.\d MiB; "
                                            r"the memory limit here is 2\.0 MiB \(SGDC_MEMORY_LIMIT\)$"):
            loaders.load_svmlight(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * MiB, peak


def test_parsed_data_is_checked_as_it_grows(tmp_path, limit_env):
    """The final arrays of svmlight (24 bytes a line of one entry), ratings (24 bytes a line) and CSV (a float32
    feature and a float64 label: 12 bytes a row) are checked against the limit after each piece."""
    svm = tmp_path / "many.svm"
    svm.write_bytes(b"1 1:1\n" * 100_000)  # 600 KB of text, one piece
    ratings = tmp_path / "many.txt"
    ratings.write_bytes(b"1 2 3\n" * 100_000)  # 600 KB: the first piece of 1 MiB holds it
    csv = tmp_path / "many.csv"
    csv.write_bytes(b"1,2\n" * 200_000)  # 800 KB
    limit_env("2M")
    with pytest.raises(UserError, match=rf"^{svm}: the data parsed up to line 100000 would need 2\.3 MiB; "):
        loaders.load_svmlight(svm)
    with pytest.raises(UserError, match=rf"^{ratings}: the ratings parsed up to line 100000 would need 2\.3 MiB; "):
        loaders.load_ratings(ratings)
    with pytest.raises(UserError, match=rf"^{csv}: the rows parsed up to line 200000 would need 2\.3 MiB; "):
        loaders.load_csv(csv)


def test_endless_pipe_is_capped_as_it_grows():
    """``yes '1 1:0.5' | sgdc train logistic --data /dev/stdin --format svmlight``: refused as the text grows."""
    yes = subprocess.Popen(["yes", "1 1:0.5"], stdout=subprocess.PIPE)
    try:
        r = run_cli("train", "logistic", "--data", "/dev/stdin", "--format", "svmlight", stdin=yes.stdout,
                    env={memory.ENV: "64M"})
    finally:
        yes.stdout.close()
        yes.kill()
        yes.wait()
    # 8-byte lines, 1 MiB pieces of 131,072 lines, 24 bytes of arrays a line: past 64 MiB after 22 pieces
    one_line_error(r, "/dev/stdin: the data parsed up to line 2883584 would need 66.0 MiB; the memory limit here "
                      "is 64.0 MiB (SGDC_MEMORY_LIMIT)")


def test_a_pipe_without_a_writer_does_not_hang(tmp_path):
    fifo = tmp_path / "data.svm"
    os.mkfifo(fifo)
    one_line_error(run_cli("train", "logistic", "--data", fifo, timeout=60),
                   f"{fifo}: a pipe with nothing to read (no writer, or it wrote nothing)")
    r = run_cli("check", fifo, timeout=60)  # an empty spec
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    plain = tmp_path / "data"
    os.mkfifo(plain)
    with pytest.raises(UserError, match="not a regular file"):
        loaders.detect_format(plain)  # looking would consume what it reads


def npz_member(name: str, header: dict, data: bytes) -> tuple:
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, header)
    return name, buf.getvalue() + data


def test_npz_header_larger_than_its_member_is_refused_before_allocation(tmp_path):
    path = tmp_path / "lie.npz"
    with zipfile.ZipFile(path, "w") as z:
        name, blob = npz_member("x.npy", {"descr": "<f8", "fortran_order": False, "shape": (10**12,)}, b"\0" * 64)
        z.writestr(name, blob)
    with pytest.raises(UserError, match=rf"^{path}: array 'x' is corrupt: its header declares shape \(1000000000000,\) "
                                        r"of float64 \(7450\.6 GiB\) but its member holds 192 bytes$"):
        loaders.load_npz(path)


def test_npz_bomb_is_refused_before_it_is_expanded(tmp_path, limit_env):
    path = tmp_path / "bomb.npz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("x.npy", "w", force_zip64=True) as m:
            m.write(npz_member("", {"descr": "<f8", "fortran_order": False, "shape": (4 << 20,)}, b"")[1])
            for _ in range(32):
                m.write(b"\0" * MiB)
    assert path.stat().st_size < 256 * 1024
    limit_env("16M")
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match=rf"^{path}: its arrays \(32\.0 MiB\) and what is made from them would need "
                                            r"64\.0 MiB; the memory limit here is 16\.0 MiB"):
            loaders.load_npz(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2 * MiB


def test_text_loaders_unchanged_within_the_limit(tmp_path):
    """The bounded reads give what the whole-file reads gave: compressed or not, by extension or magic bytes."""
    text = b"# comment\n1 3:1 5:2\n-1 2:0.5\n"
    for name, blob in (("a.svm", text), ("b.svm.gz", gzip.compress(text)), ("c.bin", bz2.compress(text)),
                       ("d.svm.xz", lzma.compress(text)), ("e.gz", gzip.compress(text[:10]) + gzip.compress(text[10:]))):
        (tmp_path / name).write_bytes(blob)
        X, y = loaders.load_svmlight(tmp_path / name)
        assert y.tolist() == [1, -1] and X.toarray().tolist() == [[0, 0, 1, 0, 2], [0, 0.5, 0, 0, 0]]


def test_sparse_targets_too_wide_to_make_dense_are_refused_before_the_copy(limit_env):
    """Several targets given as a sparse matrix are made dense: the size is checked first (it was refused only
    when the allocation itself failed, or not at all under the machine's memory)."""
    import scipy.sparse as sp

    limit_env("64M")
    X = np.random.default_rng(0).normal(size=(200, 5))
    Y = sp.csr_matrix((np.ones(3), ([0, 5, 9], [1, 7, 99_999])), shape=(200, 100_000))  # 160 MB dense
    with pytest.raises(UserError, match=r"field 'y' as dense \(200 x 100000\) would need"):
        sgdc.compile("multioutput").fit(X, Y, epochs=1)
