"""A held-out hostile campaign: variants of the issue-14 cases (not the files of the other tests), each run as a
user would (the CLI or a short script in a fresh process) with every native buffer guarded (SGDC_GUARD=1) and
under an address-space limit of 3 GiB.

Every case must end in a clear error (exit 1 or 2, one ``error`` line on stderr, no traceback) or a correct
result (exit 0): never a signal, a traceback, a hang, a replaced device, code run from a planted cache, or an
allocation the limit stops (which would surface as a MemoryError traceback or a crash).
"""
from __future__ import annotations

import gzip
import json
import os
import resource
import stat
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import numpy as np
import pytest

from strategies import subgradient_l1

ROOT = Path(__file__).resolve().parents[1]
EX = ROOT / "examples"
LIMIT = 3 << 30  # bytes of address space for each case


def _limit():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def run(tmp_path: Path, args, script: str | None = None, env: dict | None = None, timeout: float = 120):
    """The CLI with ``args`` (or a Python ``script``) in a fresh guarded, memory-limited process."""
    e = {**os.environ, "SGDC_GUARD": "1", "SGDC_CACHE_DIR": str(tmp_path / "cache"), **(env or {})}
    e.pop("COVERAGE_PROCESS_START", None)
    if script is not None:
        cmd = [sys.executable, "-c", textwrap.dedent(script)]
    else:
        cmd = [sys.executable, "-c", "import sys; from sgdc.cli import main; sys.exit(main(sys.argv[1:]))",
               *map(str, args)]
    return subprocess.run(cmd, cwd=tmp_path, env=e, capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_limit)


def clean_error(r, *words):
    """Exit 1 or 2 with exactly one error line that contains ``words``; no traceback, no signal."""
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    assert r.returncode in (1, 2), (r.returncode, r.stdout[-1000:], r.stderr[-3000:])
    errors = [line for line in r.stderr.splitlines() if line.startswith("error") or ": error:" in line]
    assert len(errors) == 1, r.stderr
    for w in words:
        assert w in errors[0], (w, errors[0])
    return errors[0]


def ok(r):
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    assert r.returncode == 0, (r.returncode, r.stdout[-1000:], r.stderr[-3000:])
    return r


def _svm(path: Path, lines) -> Path:
    path.write_text("".join(line + "\n" for line in lines))
    return path


def _small_svm(path: Path, n=60, d=12, classes=(-1, 1), seed=1) -> Path:
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(n):
        cols = sorted(rng.choice(np.arange(1, d + 1), size=3, replace=False))
        rows.append(f"{classes[k % len(classes)]} " + " ".join(f"{c}:{rng.uniform(0.1, 1):.3f}" for c in cols))
    return _svm(path, rows)


def _ratings(path: Path, users=30, items=20, n=300, seed=2) -> Path:
    rng = np.random.default_rng(seed)
    path.write_text("".join(f"{rng.integers(1, users)}\t{rng.integers(1, items)}\t{rng.integers(1, 6)}\n"
                            for _ in range(n)))
    return path


# -- data that binds dims ------------------------------------------------------------------------------------
SHARED = """
model shared_cols
dim f
data x : [f]
data c : index[f]
data y : label
param w : [f] = 0
param e : [f] = 0
loss softplus(-y * (dot(w, x) + e[c]))
predict dot(w, x) + e[c]
"""


@pytest.mark.parametrize("top,expect", [(5, "ok"), (40, "error")])
def test_shared_dim_with_column_ids(tmp_path, top, expect):
    (tmp_path / "s.sgd").write_text(SHARED)
    r = run(tmp_path, None, script=f"""
        import numpy as np, scipy.sparse as sp, sys, sgdc
        from sgdc.errors import SgdcError
        rng = np.random.default_rng(5)
        X = sp.random(300, 33, density=0.1, format="csr", random_state=5, dtype=np.float32)
        data = {{"x": X, "c": rng.integers(0, {top} + 1, 300), "y": rng.choice([0, 1], 300)}}
        try:
            p = sgdc.compile("s.sgd").fit(data, epochs=3)
            print("shapes", p.params["w"].shape, p.params["e"].shape, p.score(data))
        except SgdcError as e:
            print(e.render(), file=sys.stderr); sys.exit(1)
    """)
    if expect == "ok":
        assert "shapes (33,) (33,)" in ok(r).stdout
    else:
        clean_error(r, "field 'c'", "out of range [0, 33)", "width of field 'x'")


def test_the_largest_documented_index_under_a_memory_limit(tmp_path):
    data = _svm(tmp_path / "wide.svm", ["1 3:1 2147483000:0.5", "-1 1:1 7:2"])
    clean_error(run(tmp_path, ["train", EX / "logistic.sgd", "--data", data, "--epochs", "1", "-q"]), "GiB")


def test_compressed_nul_bytes_are_refused_early(tmp_path):
    path = tmp_path / "bomb.svm.gz"
    with gzip.open(path, "wb", compresslevel=1) as f:
        block = b"\0" * (1 << 20)
        for _ in range(256):  # 256 MiB of NUL bytes in ~250 KB
            f.write(block)
    clean_error(run(tmp_path, ["train", EX / "logistic.sgd", "--data", path, "-q"], timeout=60), str(path))


def test_compressed_text_that_expands_past_the_limit(tmp_path):
    path = tmp_path / "lines.svm.gz"
    line = b"1 1:0.5 2:0.25 3:0.125 4:1 5:1 6:1 7:1 8:1 9:1 10:1\n"
    with gzip.open(path, "wb", compresslevel=6) as f:
        chunk = line * (1 << 16)
        for _ in range(300):  # ~1 GB of text when read, 2 MB stored
            f.write(chunk)
    clean_error(run(tmp_path, ["train", EX / "logistic.sgd", "--data", path, "--epochs", "1", "-q"], timeout=300,
                    env={"SGDC_MEMORY_LIMIT": str(256 << 20)}))


@pytest.mark.parametrize("where", ["spec", "data"])
def test_endless_devices_as_inputs(tmp_path, where):
    node = tmp_path / "zero"
    os.mknod(node, 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # the numbers of /dev/zero
    args = ["check", node] if where == "spec" else ["train", EX / "logistic.sgd", "--data", node, "-q"]
    clean_error(run(tmp_path, args, timeout=60))


def test_fifo_as_data_does_not_hang(tmp_path):
    fifo = tmp_path / "data.svm"
    os.mkfifo(fifo)
    clean_error(run(tmp_path, ["train", EX / "logistic.sgd", "--data", fifo, "-q"], timeout=60))


# -- model files ---------------------------------------------------------------------------------------------
def _trained_model(tmp_path: Path, spec="matrix_completion.sgd") -> Path:
    data = _ratings(tmp_path / "r.tsv")
    out = tmp_path / "m.npz"
    ok(run(tmp_path, ["train", EX / spec, "--data", data, "--format", "ratings", "--epochs", "2", "-q",
                      "--out", out]))
    return out


def test_model_file_with_a_longer_id_table_made_by_sgdc_itself(tmp_path):
    # the attacker uses sgdc's own writer, so every digest is right: only validation can catch it
    data = _ratings(tmp_path / "r.tsv")
    r = run(tmp_path, None, script=f"""
        import numpy as np, sgdc
        from sgdc.runtime import modelfile
        from sgdc.data.loaders import load_ratings
        d = load_ratings("{data}")
        p = sgdc.compile("{EX / 'matrix_completion.sgd'}").fit({{"u": d["u"], "i": d["i"], "r": d["r"]}}, epochs=1)
        p.encoders.ids["users"] = np.concatenate([p.encoders.ids["users"], [10**6, 10**6 + 1]])
        modelfile.save("evil.npz", p)
    """)
    ok(r)
    clean_error(run(tmp_path, ["predict", tmp_path / "evil.npz", "--data", data, "--format", "ratings"]),
                "evil.npz")


def test_model_file_with_an_extra_giant_member(tmp_path):
    model = _trained_model(tmp_path)
    with zipfile.ZipFile(model, "a", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("extra.npy", "w", force_zip64=True) as f:
            block = b"\0" * (1 << 24)
            for _ in range(256):  # 4 GiB expanded, a few MB stored
                f.write(block)
    clean_error(run(tmp_path, ["predict", model, "--data", tmp_path / "r.tsv", "--format", "ratings"], timeout=60),
                str(model))


def test_model_file_with_metadata_replaced(tmp_path):
    model = _trained_model(tmp_path)
    with zipfile.ZipFile(model) as z:
        members = {n: z.read(n) for n in z.namelist()}
    meta_name = next(n for n in members if n.startswith("meta"))
    header_end = members[meta_name].index(b"\n") + 1  # the .npy header of the uint8 array
    body = json.loads(members[meta_name][header_end:])
    body["encoders"]["dims"]["users"] = 10**9
    raw = json.dumps(body).encode()
    arr = np.frombuffer(raw, dtype=np.uint8)
    import io

    buf = io.BytesIO()
    np.lib.format.write_array(buf, arr)
    members[meta_name] = buf.getvalue()
    with zipfile.ZipFile(model, "w") as z:
        for n, b in members.items():
            z.writestr(n, b)
    clean_error(run(tmp_path, ["predict", model, "--data", tmp_path / "r.tsv", "--format", "ratings"]),
                str(model))


@pytest.mark.parametrize("kind", ["fifo", "dir", "device"])
def test_model_paths_that_are_not_files(tmp_path, kind):
    data = _ratings(tmp_path / "r.tsv")
    p = tmp_path / "m.npz"
    if kind == "fifo":
        os.mkfifo(p)
    elif kind == "dir":
        p.mkdir()
    else:
        os.mknod(p, 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    clean_error(run(tmp_path, ["predict", p, "--data", data, "--format", "ratings"], timeout=60))


# -- outputs -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["null-device", "fifo", "dir"])
def test_outputs_that_are_not_files_are_left_alone(tmp_path, kind):
    out = tmp_path / "out.npz"
    if kind == "null-device":
        os.mknod(out, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the numbers of /dev/null
    elif kind == "fifo":
        os.mkfifo(out)
    else:
        out.mkdir()
    before = os.lstat(out)
    clean_error(run(tmp_path, ["train", EX / "logistic.sgd", "--epochs", "1", "--rows", "300", "-q", "--out", out],
                    timeout=60))
    after = os.lstat(out)
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode) and after.st_mode == before.st_mode
    assert after.st_ino == before.st_ino


def test_output_mode_follows_the_umask(tmp_path):
    out = tmp_path / "m.npz"
    r = run(tmp_path, None, script=f"""
        import os, sys
        os.umask(0o027)
        from sgdc.cli import main
        sys.exit(main(["train", "{EX / 'logistic.sgd'}", "--epochs", "1", "--rows", "300", "-q", "--out", "{out}"]))
    """)
    ok(r)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o640


# -- the kernel cache ----------------------------------------------------------------------------------------
def test_a_world_writable_cache_is_not_used(tmp_path):
    cache = tmp_path / "shared-cache"
    cache.mkdir()
    ok(run(tmp_path, ["train", EX / "svm.sgd", "--epochs", "1", "--rows", "300", "-q"],
           env={"SGDC_CACHE_DIR": str(cache)}))
    entries = [p for p in cache.rglob("*") if p.is_file()]
    assert entries
    for p in entries:  # an attacker with write access replaces every entry with garbage
        p.write_bytes(os.urandom(max(64, p.stat().st_size)))
    os.chmod(cache, 0o777)
    r = ok(run(tmp_path, ["train", EX / "svm.sgd", "--epochs", "1", "--rows", "300", "-q"],
               env={"SGDC_CACHE_DIR": str(cache)}))
    assert "cache" in r.stderr.lower()  # one warning that says the cache is off, and why


def test_a_damaged_private_cache_is_rebuilt(tmp_path):
    cache = tmp_path / "c"
    env = {"SGDC_CACHE_DIR": str(cache)}
    ok(run(tmp_path, ["train", EX / "softmax.sgd", "--epochs", "1", "--rows", "300", "-q"], env=env))
    entries = [p for p in cache.rglob("*") if p.is_file() and p.stat().st_size > 256]
    assert entries
    for p in entries:  # keep the first 64 bytes (a consistent header), damage the rest
        b = bytearray(p.read_bytes())
        b[64:] = os.urandom(len(b) - 64)
        p.write_bytes(bytes(b))
    ok(run(tmp_path, ["train", EX / "softmax.sgd", "--epochs", "1", "--rows", "300", "-q"], env=env))
    ok(run(tmp_path, ["train", EX / "softmax.sgd", "--epochs", "1", "--rows", "300", "-q"], env=env))


def test_a_cache_entry_that_is_a_link_to_an_endless_device(tmp_path):
    cache = tmp_path / "c"
    env = {"SGDC_CACHE_DIR": str(cache)}
    ok(run(tmp_path, ["train", EX / "least_squares.sgd", "--epochs", "1", "--rows", "300", "-q"], env=env))
    node = tmp_path / "zero"
    os.mknod(node, 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    for p in [p for p in cache.rglob("*") if p.is_file() and not p.name.startswith(".")]:
        p.unlink()
        p.symlink_to(node)
    ok(run(tmp_path, ["train", EX / "least_squares.sgd", "--epochs", "1", "--rows", "300", "-q"], env=env,
           timeout=120))


# -- numbers -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("step,words", [("0.3 - 0.1 * epoch", "step"), ("0 * epoch", "step"),
                                        ("1 / (epoch - 2)", "step")])
def test_steps_that_go_bad_in_the_planned_epochs(tmp_path, step, words):
    clean_error(run(tmp_path, ["train", EX / "logistic.sgd", "--epochs", "6", "--rows", "300", "-q",
                               "--step", step]), words)


def test_a_huge_l1_penalty_is_divergence(tmp_path):
    spec = subgradient_l1((EX / "logistic.sgd").read_text().replace("l2(1e-6)", "l1(1e28)"))
    (tmp_path / "l1.sgd").write_text(spec)
    clean_error(run(tmp_path, ["train", "l1.sgd", "--epochs", "3", "--rows", "300", "-q"]), "diverged")


def test_an_outlier_in_eight_bit_data_is_reported(tmp_path):
    lines = [f"{1 if k % 2 else -1} 1:{0.1 + k % 7 / 10} 2:{0.3 + k % 5 / 10}" for k in range(200)]
    lines.append("1 1:3e6 2:0.5")
    data = _svm(tmp_path / "o.svm", lines)
    r = ok(run(tmp_path, ["train", EX / "logistic.sgd", "--data", data, "--precision", "D8M16", "--epochs", "2"]))
    assert "warning" in r.stderr and "round to 0" in r.stderr, r.stderr


# -- what used to be tracebacks --------------------------------------------------------------------------------
def test_a_thousand_threads_on_matrix_completion(tmp_path):
    data = _ratings(tmp_path / "r.tsv")
    r = ok(run(tmp_path, ["train", EX / "matrix_completion.sgd", "--data", data, "--format", "ratings",
                          "--threads", "1000", "--epochs", "2", "-q"]))
    assert "thread" in r.stderr


def test_softmax_on_a_single_class_trains_and_predicts(tmp_path):
    data = _small_svm(tmp_path / "one.svm", classes=(3,))
    out = tmp_path / "m.npz"
    ok(run(tmp_path, ["train", EX / "softmax.sgd", "--data", data, "--epochs", "2", "-q", "--out", out]))
    r = ok(run(tmp_path, ["predict", out, "--data", data]))
    assert set(r.stdout.split()) <= {"3", "3.0"} and r.stdout.split(), r.stdout


def test_every_scipy_sparse_format_through_the_api(tmp_path):
    r = run(tmp_path, None, script="""
        import numpy as np, scipy.sparse as sp, sgdc, sys
        from sgdc.errors import SgdcError
        X = sp.random(80, 10, density=0.3, format="csr", random_state=1, dtype=np.float32)
        y = np.where(np.arange(80) % 2, 1, -1)
        ref = sgdc.compile("logistic").fit(X, y, epochs=2, seed=1).params["w"].copy()
        for fmt in ("csc", "coo", "dok", "lil", "bsr", "dia"):
            p = sgdc.compile("logistic").fit(X.asformat(fmt), y, epochs=2, seed=1)
            assert np.allclose(p.params["w"], ref, atol=1e-6), fmt
        print("all formats")
    """)
    assert "all formats" in ok(r).stdout


def test_hostile_params_through_the_api(tmp_path):
    r = run(tmp_path, None, script="""
        import numpy as np, sgdc
        from sgdc.errors import UserError
        p = sgdc.compile("matrix_completion").fit({"u": [0, 1, 2, 3], "i": [0, 1, 0, 1], "r": [1., 2, 3, 4]}, epochs=1)
        refused = 0
        for bad in ({**p.params, "L": np.zeros((2, 50))}, {**p.params, "R": np.zeros((2, 50, 1))},
                    {**p.params, "bu": np.array([np.inf] * 4)}, {**p.params, "mu": "x"}, {"L": p.params["L"]}):
            try:
                p.params = bad
            except UserError:
                refused += 1
        for name, bad in (("L", np.zeros(3)), ("mu", np.zeros(2)), ("R", np.zeros((2, 49)))):
            try:
                p.params[name] = bad
            except UserError:
                refused += 1
        p.state["bi"] = np.zeros(1, np.float32)  # the storage swapped by hand: the gate refuses it
        try:
            p.predict({"u": [0, 1], "i": [0, 1]})
        except UserError:
            refused += 1
        print("refused", refused)
    """)
    assert "refused 9" in ok(r).stdout


@pytest.mark.parametrize("kind", ["device", "fifo", "huge"])
def test_schedule_files_that_do_not_end(tmp_path, kind):
    sched = tmp_path / "best.sched"
    if kind == "device":
        os.mknod(sched, 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    elif kind == "fifo":
        os.mkfifo(sched)
    else:
        sched.write_text("schedule\n" + "  # padding\n" * 200_000)
    clean_error(run(tmp_path, ["train", EX / "logistic.sgd", "--rows", "100", "--epochs", "1", "-q",
                               "--schedule", sched], timeout=60), "schedule")
