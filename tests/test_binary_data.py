"""sgdc's binary data file (``sgdc convert``, ``train --cache``): the same data as the text, mapped; a damaged or
hostile file is one clear error, and what its arrays hold is checked when bound, never by native code."""
from __future__ import annotations

import json
import os
import struct

import numpy as np
import pytest

import sgdc
from sgdc.cli import main
from sgdc.data import binary, loaders
from sgdc.data.dataset import file_mapped
from sgdc.data.datafiles import read
from sgdc.errors import UserError


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


SVM = "1 cost:2 3:0.5 1:1 # c\n-1 2:-1 2:0.5 5:0\n\n1 4:2.5\n-1 cost:0.25 1:-3 6:1\n"
CSV = "a,b,label\n1,2,1\n-1,0.5,-1\n3,-2,1\n"
RATINGS = "1\t10\t4\t881250949\n2\t10\t3\t881250950\n1\t20\t5\t881250951\n"


@pytest.mark.parametrize("kind, text, spec", [("svmlight", SVM, "logistic"), ("csv", CSV, "logistic"),
                                              ("ratings", RATINGS, "matrix_completion")])
def test_binary_holds_what_the_text_loader_gives(tmp_path, kind, text, spec):
    src = tmp_path / f"d.{'svm' if kind == 'svmlight' else 'csv' if kind == 'csv' else 'txt'}"
    src.write_text(text)
    dst = tmp_path / "d.sgdb"
    header = binary.convert(src, dst)
    assert header["kind"] == kind and loaders.detect_format(dst) == "binary"
    assert all(e["offset"] % 4096 == 0 for e in header["arrays"].values())
    model = sgdc.compile(spec).model
    a, b = read(src, model), read(dst, model)
    assert a.keys() == b.keys()
    for k in a:
        va, vb = a[k], b[k]
        if hasattr(va, "tocsr"):
            assert va.shape == vb.shape and (va != vb).nnz == 0
            assert isinstance(vb.data, np.memmap) and isinstance(vb.indices, np.memmap)  # mapped, not read
        else:
            np.testing.assert_array_equal(va, vb)
    assert binary.verify(dst)["rows"] == header["rows"]
    # training from either gives the same model, bit for bit (one thread)
    p1 = sgdc.compile(spec, threads=1).fit(a, epochs=2, seed=0)
    p2 = sgdc.compile(spec, threads=1).fit(b, epochs=2, seed=0)
    for k in p1.params:
        np.testing.assert_array_equal(np.asarray(p1.params[k]), np.asarray(p2.params[k]))


def test_cli_convert_train_predict_and_cache(capsys, tmp_path):
    src = tmp_path / "d.svm"
    src.write_text(SVM * 50)
    code, out, err = run(capsys, "convert", src, tmp_path / "d.sgdb", "--json")
    assert code == 0, err
    info = json.loads(out)
    assert info["kind"] == "svmlight" and info["rows"] == 200 and info["arrays"]["w"] == [200]
    model = tmp_path / "m.npz"
    code, out, err = run(capsys, "train", "logistic", "--data", tmp_path / "d.sgdb", "--epochs", 2, "--out", model,
                         "-q", "--threads", 1)
    assert code == 0, err
    code, out, err = run(capsys, "predict", model, "--data", tmp_path / "d.sgdb")
    assert code == 0 and len(out.split()) == 200
    # --cache: written once, then reused while the text is unchanged; remade when it changes
    code, _, err = run(capsys, "train", "logistic", "--data", src, "--cache", "--epochs", 1, "-q")
    assert code == 0 and f"wrote binary data file {src}.sgdb" in err
    code, _, err = run(capsys, "train", "logistic", "--data", src, "--cache", "--epochs", 1, "-q")
    assert code == 0 and "reusing binary data file" in err
    src.write_text(SVM * 51)
    code, _, err = run(capsys, "train", "logistic", "--data", src, "--cache", "--epochs", 1, "-q", "--json")
    assert code == 0 and binary.read_header(f"{src}.sgdb")["rows"] == 204
    code, _, err = run(capsys, "convert", tmp_path / "d.sgdb", "--verify")
    assert code == 0 and "verified" in err + _
    code, _, err = run(capsys, "convert", src)
    assert code == 1 and "convert needs an output file" in err


def _header_and_body(path):
    raw = path.read_bytes()
    hlen = struct.unpack("<I", raw[12:16])[0]
    return json.loads(raw[16:16 + hlen]), raw, hlen


def _rewrite(path, header, raw, hlen, fix_checksum=True):
    """The file with a new header in the old one's place (padded with spaces, which JSON ignores)."""
    if fix_checksum:
        header["sha256"] = binary.hashlib.sha256(binary._canonical(header)).hexdigest()
    text = json.dumps(header, separators=(",", ":")).encode()  # (compact: shorter than what was written)
    assert len(text) <= hlen
    text = text + b" " * (hlen - len(text))
    path.write_bytes(raw[:16] + text + raw[16 + hlen:])


@pytest.fixture
def converted(tmp_path):
    src = tmp_path / "d.svm"
    src.write_text(SVM * 20)
    dst = tmp_path / "d.sgdb"
    binary.convert(src, dst)
    return dst


@pytest.mark.parametrize("damage, message", [
    (lambda h: h.__setitem__("rows", h["rows"] + 1), "array x.indptr is '<i8' of shape"),
    (lambda h: h["arrays"]["x.indices"].__setitem__("dtype", "<i8"), "array x.indices is '<i8'"),
    (lambda h: h["arrays"]["x.data"].__setitem__("offset", h["arrays"]["x.data"]["offset"] + 4096 * 100),
     "header.arrays.x.data.offset: expected an integer in"),
    (lambda h: h["arrays"]["y"].__setitem__("offset", h["arrays"]["x.indices"]["offset"]), "overlap"),
    (lambda h: h["arrays"]["y"].__setitem__("offset", h["arrays"]["y"]["offset"] + 8), "is not where its header says"),
    (lambda h: h.__setitem__("kind", "parquet"), "unknown kind 'parquet'"),
    (lambda h: h["arrays"].__setitem__("z", {}), "unknown entry 'z'"),
])
def test_a_hostile_header_is_one_clear_error(converted, damage, message):
    header, raw, hlen = _header_and_body(converted)
    damage(header)
    _rewrite(converted, header, raw, hlen)
    with pytest.raises(UserError, match=message):
        binary.load_binary(converted)


def test_damage_is_caught_by_the_checksums_and_by_the_bind(converted):
    header, raw, hlen = _header_and_body(converted)
    header["columns"] += 1  # an edit that leaves the checksum stale is refused
    _rewrite(converted, header, raw, hlen, fix_checksum=False)
    with pytest.raises(UserError, match="does not match its checksum"):
        binary.read_header(converted)
    header["columns"] -= 1
    _rewrite(converted, header, raw, hlen)
    # a column index beyond the columns, written into the data: --verify sees it, and the bind refuses it
    off = header["arrays"]["x.indices"]["offset"]
    body = bytearray(converted.read_bytes())
    body[off:off + 4] = struct.pack("<i", 10**6)
    converted.write_bytes(bytes(body))
    with pytest.raises(UserError, match="the data does not match its checksum"):
        binary.verify(converted)
    prog = sgdc.compile("logistic")
    with pytest.raises(UserError, match="column index out of range"):
        prog.fit(read(converted, prog.model), epochs=1)
    for bad in (b"", b"SGDCDATA", b"SGDCDATA" + struct.pack("<II", 2, 10), b"SGDCDATA" + struct.pack("<II", 1, 99)):
        converted.write_bytes(bad)
        with pytest.raises(UserError):
            binary.read_header(converted)


def test_pairs_convert_for_scoring_but_do_not_train(capsys, tmp_path):
    src = tmp_path / "pairs.txt"
    src.write_text("1 10\n2 20\n")
    dst = tmp_path / "pairs.sgdb"
    assert binary.convert(src, dst)["arrays"].keys() == {"u", "i"}
    with pytest.raises(UserError, match="without ratings: nothing to train on"):
        read(dst, sgdc.compile("matrix_completion").model)
    assert set(read(dst, sgdc.compile("matrix_completion").model, need_target=False)) == {"u", "i"}
    os.remove(dst)


def test_mapped_columns_are_bound_without_a_copy_and_trained_through_clamps(tmp_path):
    """A binary file's columns and values are bound as they are mapped (layout ``mapped``: no copy, whatever
    the file's size); the kernels for that layout clamp every column they read, so a file changed after the
    bind's checks (here: columns -5 and 10^9 written into it) trains on, in bounds, with finite params."""
    import scipy.sparse as sp

    from sgdc.data.dataset import file_mapped
    from sgdc.runtime.params import init_params

    rng = np.random.default_rng(1)
    X = sp.random(3000, 50, density=0.2, format="csr", random_state=1, dtype=np.float32)
    y = np.where(rng.random(3000) < 0.5, -1.0, 1.0)
    path = tmp_path / "m.sgdb"
    header = binary.write_binary(path, "svmlight", (X, y, None))
    prog = sgdc.compile("logistic", threads=1)
    ds, _, _ = prog.bind(read(path, prog.model), fit=True)
    x = ds["x"]
    assert x.layout == "mapped" and file_mapped(x.indices) and file_mapped(x.data) and not file_mapped(x.indptr)
    prog.engine.prepare(ds)
    params = init_params(prog.uir.model, ds.dims, 0)
    assert np.isfinite(prog.engine.epoch(params, ds, np.random.default_rng(0).permutation(ds.n), 0, 0))
    # the gate has checked the data set (once: it is cached); now the file changes under it, in place
    off = header["arrays"]["x.indices"]["offset"]
    with open(path, "r+b") as f:
        f.seek(off)
        f.write(struct.pack("<ii", -5, 10**9))
    assert x.indices[0] == -5 and x.indices[1] == 10**9  # the mapping sees it
    for e in (1, 2):
        loss = prog.engine.epoch(params, ds, np.random.default_rng(e).permutation(ds.n), e, e * ds.n)
        assert np.isfinite(loss)
    assert all(np.isfinite(np.asarray(v)).all() for v in params.values())
    # a fresh data set from the changed file is refused by the bind's checks
    with pytest.raises(UserError, match="column index out of range"):
        prog.bind(read(path, prog.model), fit=True)


def _cgroup_v1_memory():
    root = "/sys/fs/cgroup/memory"
    return root if os.path.isdir(root) and os.access(root, os.W_OK) and os.geteuid() == 0 else None


@pytest.mark.skipif(_cgroup_v1_memory() is None, reason="needs a writable cgroup v1 memory controller (root)")
def test_a_file_larger_than_the_memory_limit_trains(tmp_path):
    """A 600 MiB binary file trains to completion in a process whose memory (a cgroup's limit: anonymous memory
    and page cache together) is 200 MiB: the mapping is read from the page cache, which the kernel reclaims, and
    the memory guard does not count that cache as memory in use.  In the block-shuffled order, whose runs of
    1 MiB come in a random order, read ahead a call at a time (:mod:`sgdc.runtime.readahead`): 2.4 s here
    (3.2 s in order; before the read-ahead, the device's 8 MiB read-around of every run thrashed the cache for
    minutes)."""
    import subprocess
    import sys

    import scipy.sparse as sp

    n, per = 1_000_000, 75
    rng = np.random.default_rng(0)
    indptr = np.arange(n + 1, dtype=np.int64) * per
    cols = np.sort(rng.integers(0, 20_000, (n, per), dtype=np.int32), axis=1)
    cols += np.arange(per, dtype=np.int32)  # distinct and sorted within each row
    X = sp.csr_matrix((n, 20_000 + per), dtype=np.float32)
    X.indptr, X.indices = indptr, cols.reshape(-1)
    X.data = rng.random(n * per, dtype=np.float32) + 0.5
    del cols
    y = np.where(rng.random(n) < 0.5, -1.0, 1.0)
    path = tmp_path / "big.sgdb"
    binary.write_binary(path, "svmlight", (X, y, None))
    del X
    size = path.stat().st_size
    assert size > 2.9 * 200 * 2**20
    fd = os.open(path, os.O_RDONLY)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)  # out of the page cache: the child reads it in
    os.close(fd)
    group = os.path.join(_cgroup_v1_memory(), f"sgdc-test-{os.getpid()}")
    os.mkdir(group)
    try:
        with open(os.path.join(group, "memory.limit_in_bytes"), "w") as f:
            f.write(str(200 * 2**20))
        code = ("import sgdc, json; from sgdc.data.datafiles import read; "
                "p = sgdc.compile('logistic', threads=1, order='blocks'); "
                f"p.fit(read({str(path)!r}, p.model), epochs=1, seed=0); "
                "print(json.dumps(p.history.train_loss))")
        r = subprocess.run(["sh", "-c", f'echo $$ > {group}/cgroup.procs && exec "$0" -c "$1"', sys.executable, code],
                           capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr[-2000:]
        assert np.isfinite(json.loads(r.stdout.strip().splitlines()[-1])).all()
        with open(os.path.join(group, "memory.max_usage_in_bytes")) as f:
            assert int(f.read()) <= 200 * 2**20
    finally:
        os.rmdir(group)


def _mapped_svm(tmp_path, n=5000, per=20, width=3000, seed=0):
    import scipy.sparse as sp

    rng = np.random.default_rng(seed)
    cols = np.sort(rng.integers(0, width - per, (n, per)), axis=1) + np.arange(per)
    X = sp.csr_matrix((rng.random(n * per).astype(np.float32) + 0.5, cols.reshape(-1).astype(np.int32),
                       np.arange(n + 1, dtype=np.int64) * per), shape=(n, width))
    y = np.where(X[:, :width // 2].sum(axis=1).A1 > X[:, width // 2:].sum(axis=1).A1, 1.0, -1.0)
    path = tmp_path / "m.sgdb"
    binary.write_binary(path, "svmlight", (X, y, None))
    return path, X, y


def test_blocks_order_over_a_mapped_file_reads_runs_of_a_megabyte_ahead(tmp_path, monkeypatch):
    """Over a mapped file the blocks order's runs cover 1 MiB (not 64 examples), each call takes one buffer of
    runs, and before a call the pages of the next call's runs are asked for (MADV_WILLNEED) with the mapping
    advised random for the epoch and normal after; the model is the one the same order gives in memory."""
    from sgdc.runtime import plan, readahead

    path, X, y = _mapped_svm(tmp_path)
    monkeypatch.setattr(plan, "MAPPED_RUN", 16 * 1024)  # 16 KiB runs: about 100 examples of 160 bytes
    advice = []
    monkeypatch.setattr(readahead, "_advise", lambda address, nbytes, how: advice.append((address, nbytes, how)))
    p = sgdc.compile("logistic", threads=1, order="blocks", epochs=2)
    ds, _, _ = p.bind(read(path, p.model), fit=True)
    run = plan.run_length(ds)
    assert ds.mapped_bytes() == X.nnz * 8 and run == -(-16 * 1024 // 160)
    assert p.engine.call_limit(ds) == plan.BUFFER * run
    p.fit(read(path, p.model), seed=3)
    kinds = [how for _, _, how in advice]
    assert kinds[:2] == [readahead._RANDOM] * 2 and kinds[-2:] == [readahead._NORMAL] * 2
    wanted = [(a, b) for a, b, how in advice if how == readahead._WILLNEED]
    # every byte of the columns and values is asked for once an epoch, in requests of whole runs (merged when
    # neighbours): only a request that holds the last, shorter run is not a multiple of a run's bytes
    assert sum(b for _, b in wanted) == 2 * ds.mapped_bytes()
    assert sum(b % (run * 20 * 4) != 0 for _, b in wanted) <= 2 * 2
    assert len(wanted) > 2 * 2 * (ds.n // (plan.BUFFER * run))  # a call at a time, not the epoch at once
    # the same order from in-memory arrays gives the same model
    q = sgdc.compile("logistic", threads=1, order="blocks", epochs=2)
    monkeypatch.setattr(plan, "run_length", lambda data: run)
    import sgdc.runtime.engine as engine

    monkeypatch.setattr(engine, "run_length", lambda data: run)
    q.fit(X.copy(), y.copy(), seed=3)
    np.testing.assert_array_equal(p.state["w"], q.state["w"])
    assert p.history.train_loss == q.history.train_loss


def test_shuffled_order_over_a_file_larger_than_memory_is_warned_about(tmp_path, monkeypatch):
    from sgdc.runtime import memory

    path, _, _ = _mapped_svm(tmp_path)  # 800 KB of columns and values
    monkeypatch.setattr(memory, "limit", lambda now=True, **k: memory.Limit(400_000, "a test's limit"))
    with pytest.warns(UserWarning, match=r"order shuffle reads the file at random .* order blocks"):
        sgdc.compile("logistic", epochs=1).fit(read(path, sgdc.compile("logistic").model))


# -- quantised features (sgdc convert --precision D8|D16) -------------------------------------------------------

def _svm_text(tmp_path, n=400, d=30, seed=0):
    """svmlight text whose values are not on any D8 grid (so that rounding matters)."""
    rng = np.random.default_rng(seed)
    lines = []
    for _ in range(n):
        cols = np.sort(rng.choice(d, size=rng.integers(1, 8), replace=False)) + 1
        vals = rng.normal(0, 1.5, cols.size)
        lab = 1 if vals.sum() > 0 else -1
        lines.append(f"{lab} " + " ".join(f"{c}:{v:.6f}" for c, v in zip(cols, vals)))
    src = tmp_path / "q.svm"
    src.write_text("\n".join(lines) + "\n")
    return src


@pytest.mark.parametrize("bits, rounding", [(8, "nearest"), (8, "unbiased"), (16, "nearest"), (16, "unbiased")])
def test_quantised_file_trains_a_spec_of_its_precision_from_the_codes_as_they_are(tmp_path, bits, rounding):
    """A D8/D16 file holds the codes in-memory quantisation makes (same scale, rounding and random stream):
    a spec of that precision binds them mapped, with no copy, and trains exactly as from the text."""
    src = _svm_text(tmp_path)
    dst = tmp_path / "q.sgdb"
    header = binary.convert(src, dst, precision=bits, rounding=rounding)
    assert header["precision"]["bits"] == bits and header["arrays"]["x.data"]["dtype"] == np.dtype(f"<i{bits // 8}").str
    out = []
    for data in (src, dst):
        p = sgdc.compile("logistic", precision=f"D{bits}M16", rounding=rounding, epochs=3, threads=1)
        ds, _, _ = p.bind(read(data, p.model), fit=True)
        p.fit(read(data, p.model), seed=2)
        out.append((ds["x"], p))
    (a, pa), (b, pb) = out
    assert b.layout == "mapped" and b.data.dtype == np.dtype(f"i{bits // 8}") and b.scale == a.scale
    np.testing.assert_array_equal(a.data, b.data)
    np.testing.assert_array_equal(pa.state["w"], pb.state["w"])
    assert pa.history.train_loss == pb.history.train_loss
    # the model keeps the file's scale: scoring the file and the text agree
    np.testing.assert_array_equal(pa.predict(read(dst, pa.model)), pa.predict(read(src, pa.model)))


@pytest.mark.parametrize("bits", [8, 16])
def test_cli_trains_a_quantised_file_as_the_text(tmp_path, capsys, bits):
    """``sgdc train --data q.sgdb`` of a D8/D16 file (its features are codes): the same model as from the text,
    at the file's precision and at float32 (``train`` counted the examples with ``len`` of the codes: a
    traceback, found by a hostile-input review)."""
    src = _svm_text(tmp_path)
    dst = tmp_path / "q.sgdb"
    assert run(capsys, "convert", src, dst, "--precision", f"D{bits}")[0] == 0
    for extra in ([], ["--precision", f"D{bits}M16"]):
        res = []
        for data in (src, dst):
            code, out, err = run(capsys, "train", "logistic", "--data", data, "--epochs", "2", "--threads", "1",
                                 "--json", *extra)
            assert code == 0 and "Traceback" not in err, err
            res.append(json.loads(out))
        assert res[1]["examples"] == res[0]["examples"] == 400 and res[1]["layouts"] == {"x": "sparse"}, res[1]
        assert res[1]["train_loss"] == pytest.approx(res[0]["train_loss"], rel=2e-2 if not extra else 0)


def test_quantised_file_gives_its_values_to_a_spec_of_another_precision_or_scale(tmp_path):
    src = _svm_text(tmp_path)
    dst = tmp_path / "q.sgdb"
    binary.convert(src, dst, precision=8)
    kind, (codes, y, _) = binary.load_binary(dst)
    values = codes.values()
    np.testing.assert_array_equal(values.data, codes.X.data.astype(np.float32) * np.float32(codes.scale))
    for overrides in (dict(precision="D32M32"), dict(precision="D16M16"), dict(precision="D8M16", data_range=0.5)):
        p = sgdc.compile("logistic", epochs=2, threads=1, **overrides)
        q = sgdc.compile("logistic", epochs=2, threads=1, **overrides)
        ds, _, _ = p.bind(read(dst, p.model), fit=True)
        assert ds["x"].layout == "sparse"  # a copy: the values, quantised (or not) as the spec says
        p.fit(read(dst, p.model), seed=0)
        q.fit(values, y, seed=0)  # the same as the values in memory
        np.testing.assert_array_equal(p.state["w"], q.state["w"])


def test_quantised_csv_is_dense_codes_and_ratings_cannot_be_quantised(tmp_path, capsys):
    src = tmp_path / "d.csv"
    src.write_text(CSV + "".join(CSV.splitlines(True)[1:]) * 9)
    dst = tmp_path / "d.sgdb"
    binary.convert(src, dst, precision=16)
    p = sgdc.compile("logistic", precision="D16M16", epochs=2)
    ds, _, _ = p.bind(read(dst, p.model), fit=True)
    assert ds["x"].layout == "dense" and ds["x"].X.dtype == np.int16 and file_mapped(ds["x"].X)  # no copy
    q = sgdc.compile("logistic", precision="D16M16", epochs=2)
    p.fit(read(dst, p.model), seed=0)
    q.fit(read(src, q.model), seed=0)
    np.testing.assert_array_equal(p.state["w"], q.state["w"])
    r = tmp_path / "r.txt"
    r.write_text(RATINGS)
    code, out, err = run(capsys, "convert", r, tmp_path / "r.sgdb", "--precision", "D8")
    assert code != 0 and "ratings data have no features to quantise" in err and "Traceback" not in err


def test_cli_convert_precision_options(tmp_path, capsys):
    src = _svm_text(tmp_path)
    dst = tmp_path / "q.sgdb"
    code, out, err = run(capsys, "convert", src, dst, "--precision", "D8", "--rounding", "unbiased")
    assert code == 0 and "features D8 (scale 2^" in out and "unbiased rounding" in out
    code, out, _ = run(capsys, "convert", src, dst, "--precision", "D16", "--data-range", "2", "--json")
    assert code == 0 and json.loads(out)["precision"]["scale"] == 2.0 ** -13  # 2^-13 * 32767 covers 2
    for argv, message in ((["--rounding", "unbiased"], "apply to --precision D8 or D16"),
                          (["--precision", "D8", "--data-range", "-1"], "--data-range must be a positive number")):
        code, out, err = run(capsys, "convert", src, dst, *argv)
        assert code != 0 and message in err and "Traceback" not in err
    # the clipped values are counted once, at conversion, and reported by training
    code, out, err = run(capsys, "convert", src, dst, "--precision", "D8", "--data-range", "0.25")
    assert code == 0 and "clipped" in err
    assert binary.read_header(dst)["precision"]["clipped"] > 0


@pytest.mark.parametrize("damage, message", [
    (lambda h: h.__setitem__("precision", {"bits": 7, "scale": 0.5, "rounding": "nearest", "range": 1.0,
                                           "clipped": 0}), "header.precision.bits: expected 8 or 16"),
    (lambda h: h["precision"].__setitem__("scale", 0.3), "expected a power of two"),
    (lambda h: h["precision"].__setitem__("scale", -0.5), "expected a power of two"),
    (lambda h: h["precision"].__setitem__("rounding", "up"), "expected nearest or unbiased"),
    (lambda h: h["precision"].pop("range"), "range"),
    (lambda h: h["precision"].__setitem__("bits", 16), "array x.data is '|i1'"),
    (lambda h: h.__setitem__("precision", None), "array x.data is '|i1'"),
])
def test_a_hostile_precision_header_is_one_clear_error(tmp_path, damage, message):
    src = _svm_text(tmp_path)
    dst = tmp_path / "q.sgdb"
    binary.convert(src, dst, precision=8)
    header, raw, hlen = _header_and_body(dst)
    damage(header)
    _rewrite(dst, header, raw, hlen)
    with pytest.raises(UserError, match=message):
        binary.load_binary(dst)
