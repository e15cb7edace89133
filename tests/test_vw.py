"""Vowpal Wabbit's text format: the documented hash (FNV-1a, stable), namespaces, values, importance weights,
errors with their lines, and the logistic spec trained on hashed a9a from the shell."""
from __future__ import annotations

import json

import numpy as np
import pytest

import sgdc
from sgdc.cli import main
from sgdc.data import loaders
from sgdc.data.vw import _hash_names, column, fnv1a, load_vw
from sgdc.errors import UserError

from conftest import dataset


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_hash_is_fnv1a_and_stable():
    # FNV-1a 32-bit test vectors (Fowler, Noll, Vo)
    assert fnv1a(b"") == 0x811C9DC5 and fnv1a(b"a") == 0xE40C292C and fnv1a(b"foobar") == 0xBF9CF968
    # the columns a model trained today needs tomorrow: pinned
    assert [column("words", "the", 8), column("words", "cat", 8), column("meta", "len", 8), column("", "x", 8)] == \
        [97, 6, 131, 121]
    assert column("words", "the", 18) == fnv1a(b"words|the") & (2**18 - 1)


def test_vectorised_hash_equals_the_scalar_one():
    rng = np.random.default_rng(0)
    names = [bytes(rng.integers(33, 127, rng.integers(1, 30)).astype(np.uint8)) for _ in range(500)]
    buf = b"".join(names)
    ends = np.cumsum([len(n) for n in names])
    starts = ends - [len(n) for n in names]
    seeds = np.array([fnv1a(b"ns|")] * len(names), dtype=np.uint32)
    got = _hash_names(np.frombuffer(buf, np.uint8), starts, ends, seeds)
    assert got.tolist() == [fnv1a(n, fnv1a(b"ns|")) for n in names]


def test_lines_namespaces_values_and_weights(tmp_path, monkeypatch):
    p = tmp_path / "t.vw"
    p.write_text("1 2.0 'doc7 |words the:2 cat sat |meta len:0.31\n\n-1 |words dog the the\n1 | x y:3 x:-1\n")
    X, y, w = load_vw(p, bits=8)
    assert X.shape == (3, 256) and X.has_canonical_format
    assert y.tolist() == [1, -1, 1] and w.tolist() == [2, 1, 1]
    assert X[0, column("words", "the", 8)] == 2 and X[0, column("meta", "len", 8)] == np.float32(0.31)
    assert X[1, column("words", "the", 8)] == 2  # the same feature twice: summed
    assert X[2, column("", "x", 8)] == 0 and (X[2] != 0).nnz == 1  # 1 + (-1): an explicit zero, dropped
    assert loaders.detect_format(p) == "vw"
    no_weights = tmp_path / "n.vw"
    no_weights.write_text("1 |a b\n")
    assert load_vw(no_weights)[2] is None and load_vw(no_weights)[0].shape[1] == 2**18
    import sgdc.data.loaders as L

    monkeypatch.setattr(L, "_CHUNK", 16)  # pieces of 16 bytes: the same data
    X2, y2, w2 = load_vw(p, bits=8)
    assert (X2 != X).nnz == 0 and y2.tolist() == y.tolist() and w2.tolist() == w.tolist()


@pytest.mark.parametrize("text, line, msg", [
    ("1 |a b\n-1 a b\n", 2, "no '|'"),
    ("1 |a b\n |a b\n", 2, "no label before '|'"),
    ("1 |a b\nx |a b\n", 2, "bad label or importance 'x'"),
    ("1 -2 |a b\n", 1, "importance -2 is not a weight"),
    ("1 |a b:x\n", 1, "bad value in feature 'b:x'"),
    ("1 |a b:1:2\n", 1, "bad feature 'b:1:2'"),
    ("1 |a :2\n", 1, "bad feature ':2'"),
    ("1 |a:2 b\n", 1, "a scale ('|name:value') is not supported"),
    ("1 |a b:1e40\n", 1, "too large for float32"),
])
def test_errors_name_the_line(tmp_path, text, line, msg):
    p = tmp_path / "bad.vw"
    p.write_text(text)
    with pytest.raises(UserError) as e:
        load_vw(p)
    assert str(e.value).startswith(f"{p}:{line}: ") and msg in str(e.value), str(e.value)
    with pytest.raises(UserError, match="bits must be an integer from 1 to 31"):
        load_vw(p, bits=40)


def _a9a_as_vw(src, dst) -> None:
    X, y = loaders.load_svmlight(src)
    with open(dst, "w") as f:
        for r in range(X.shape[0]):
            lo, hi = X.indptr[r], X.indptr[r + 1]
            f.write(f"{int(y[r])} |a " + " ".join(f"f{j}:{v:g}" for j, v in zip(X.indices[lo:hi], X.data[lo:hi]))
                    + "\n")


def test_hashed_a9a_trains_and_predicts_from_the_shell(capsys, tmp_path):
    """a9a written as Vowpal Wabbit text (features named ``f<column>`` in namespace ``a``), hashed into 2^12
    columns: the logistic spec as shipped reaches a9a's accuracy; predict hashes the test file with the bits of
    the model's columns; --cache and convert keep the hashed CSR."""
    tr, te = tmp_path / "a9a.vw", tmp_path / "a9a.t.vw"
    _a9a_as_vw(dataset("a9a", "a9a"), tr)
    _a9a_as_vw(dataset("a9a", "a9a.t"), te)
    model = tmp_path / "m.npz"
    code, out, err = run(capsys, "train", "logistic", "--data", tr, "--test", te, "--bits", 12, "--epochs", 10,
                         "--out", model, "--json")
    assert code == 0, err
    r = json.loads(out)
    assert r["dims"]["d"] == 4096 and r["test_accuracy"] >= 0.845
    proba = tmp_path / "p.txt"
    code, _, err = run(capsys, "predict", model, "--data", te, "--what", "proba", "--out", proba)
    assert code == 0, err
    p = np.loadtxt(proba)
    yt = loaders.load_svmlight(dataset("a9a", "a9a.t"))[1]
    assert p.shape == (16281,) and abs(np.mean((p >= 0.5) == (yt > 0)) - r["test_accuracy"]) < 1e-9
    code, _, err = run(capsys, "convert", tr, tmp_path / "a9a.sgdb", "--bits", 12)
    assert code == 0, err
    prog = sgdc.compile("logistic", threads=1)
    from sgdc.data.datafiles import read

    a, b = read(tr, prog.model, bits=12), read(tmp_path / "a9a.sgdb", prog.model)
    assert (a["x"] != b["x"]).nnz == 0 and a["x"].shape == (32561, 4096)
