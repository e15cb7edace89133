"""Tests of sgdc.data.loaders: round-trips, every error with its line, real data sets."""
from __future__ import annotations

import bz2
import gzip
import json
import os
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from sgdc.errors import UserError
from sgdc.data.loaders import (
    IdMap,
    binary_labels,
    class_labels,
    detect_format,
    load_csv,
    load_npz,
    load_ratings,
    load_svmlight,
    save_npz,
)

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"


def need(rel: str) -> Path:
    p = DATASETS / rel
    if not p.exists():
        pytest.skip(f"shared data set {rel} not found under {DATASETS} (a fresh clone has no ../shared)")
    return p


def write(tmp_path, name, text, mode="w"):
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text)
    return p


def err(fn, *a, **kw) -> str:
    with pytest.raises(UserError) as e:
        fn(*a, **kw)
    return str(e.value)


# ---------------------------------------------------------------------------
# svmlight
# ---------------------------------------------------------------------------

SVM = """# a comment line
1 1:0.5 3:2 qid:7
-1 2:1.5e1   # trailing comment

+1 4:-3 1:1 1:2 2:0
0
"""


def test_svmlight_basic_against_hand_built(tmp_path):
    p = write(tmp_path, "d.svm", SVM)
    X, y = load_svmlight(p)
    expect = sp.csr_matrix(
        np.array(
            [[0.5, 0, 2, 0], [0, 15, 0, 0], [3, 0, 0, -3], [0, 0, 0, 0]], dtype=np.float32
        )
    )
    assert isinstance(X, sp.csr_matrix)
    assert X.dtype == np.float32 and X.indices.dtype == np.int32 and X.indptr.dtype == np.int32  # one index dtype, as scipy wants
    assert X.shape == (4, 4)
    np.testing.assert_array_equal(X.toarray(), expect.toarray())
    assert X.has_canonical_format  # sorted, duplicates summed (1:1 + 1:2 = 3), zero dropped
    assert X.nnz == 5
    assert y.dtype == np.float64
    np.testing.assert_array_equal(y, [1, -1, 1, 0])


def test_svmlight_zero_based_and_n_features(tmp_path):
    p = write(tmp_path, "z.svm", "1 0:1 2:2\n-1 1:1\n")
    X, _ = load_svmlight(p)  # auto: index 0 present -> zero-based
    assert X.shape == (2, 3) and X[0, 0] == 1 and X[0, 2] == 2
    X, _ = load_svmlight(p, zero_based=True, n_features=10)
    assert X.shape == (2, 10)
    m = err(load_svmlight, p, zero_based=False)
    assert m == f"{p}:1: feature index 0 in a one-based file (zero_based=False)"
    q = write(tmp_path, "o.svm", "1 1:1\n1 5:1\n1 9:1\n")
    X, _ = load_svmlight(q, n_features=9)
    assert X.shape == (3, 9) and X[2, 8] == 1
    assert err(load_svmlight, q, n_features=8).startswith(f"{q}:3: feature index 9 out of range for n_features=8")


def test_svmlight_compressed_by_extension_and_magic(tmp_path):
    raw = SVM.encode()
    ref_X, ref_y = load_svmlight(write(tmp_path, "plain.svm", raw))
    for name, data in [
        ("a.svm.gz", gzip.compress(raw)),
        ("a.svm.bz2", bz2.compress(raw)),
        ("gz_no_ext", gzip.compress(raw)),
        ("bz_no_ext", bz2.compress(raw)),
    ]:
        X, y = load_svmlight(write(tmp_path, name, data))
        assert (X != ref_X).nnz == 0 and np.array_equal(y, ref_y)
    bad = write(tmp_path, "t.svm.gz", gzip.compress(raw)[:20])
    assert "corrupt or truncated gzip" in err(load_svmlight, bad)


def test_svmlight_against_sklearn(tmp_path):
    skl = pytest.importorskip("sklearn.datasets", reason="sklearn not installed; comparison skipped")
    rng = np.random.default_rng(3)
    lines = []
    for r in range(200):
        cols = np.sort(rng.choice(50, size=rng.integers(0, 8), replace=False)) + 1
        lines.append(f"{rng.choice([-1, 1])} " + " ".join(f"{c}:{rng.normal():.6g}" for c in cols))
    p = write(tmp_path, "r.svm", "\n".join(lines) + "\n")
    X, y = load_svmlight(p, n_features=50)
    X2, y2 = skl.load_svmlight_file(str(p), n_features=50)
    np.testing.assert_allclose(X.toarray(), X2.toarray(), rtol=1e-6)
    np.testing.assert_array_equal(y, y2)


@pytest.mark.parametrize(
    "text, line, msg",
    [
        ("1 1:1\nabc 2:1\n", 2, "bad label 'abc' (expected a number)"),
        ("1 1:1\n\n3:1 4:1\n", 3, "missing label (the line starts with feature '3:1')"),
        ("1 1:1\nnan 2:1\n", 2, "bad label 'nan' (not a finite number)"),
        ("1 1:1\n1 2:1\n-1 x:1\n", 3, "bad feature 'x:1' (expected INDEX:VALUE)"),
        ("1 1:1\n-1 3\n", 2, "bad feature '3' (expected INDEX:VALUE)"),
        ("1 1:1\n-1 3:\n", 2, "bad feature '3:' (expected INDEX:VALUE)"),
        ("1 1:1\n-1 :3\n", 2, "bad feature ':3' (expected INDEX:VALUE)"),
        ("1 1:1\n-1 3:1:2\n", 2, "bad feature '3:1:2' (expected INDEX:VALUE)"),
        ("1 1.5:1\n", 1, "bad feature '1.5:1' (expected INDEX:VALUE)"),
        ("1 1:1\n# c\n-1 -3:1\n", 3, "negative feature index in '-3:1'"),
        ("1 1:1\n1 2:abc\n", 2, "bad value in feature '2:abc' (expected a number)"),
        ("1 1:1\n1 2:1.5-2\n", 2, "bad value in feature '2:1.5-2' (expected a number)"),
        ("1 1:1\n1 2:nan\n", 2, "feature '2:nan' has a non-finite value"),
        ("1 1:1\n1 2:inf\n", 2, "feature '2:inf' has a non-finite value"),
        ("1 1:1\n1 2:1e999\n", 2, "feature '2:1e999' has a non-finite value"),
        ("1 1:1\n1 2147483647:1\n", 2, "feature index 2147483647 too large (at most 2147483646)"),
        ("1 1:1\n1 1:1e300\n", 2, "feature value 1e+300 is too large for float32"),
    ],
)
def test_svmlight_errors_name_line(tmp_path, text, line, msg):
    p = write(tmp_path, "bad.svm", text)
    assert err(load_svmlight, p) == f"{p}:{line}: {msg}"


def test_svmlight_max_index_ok(tmp_path):
    p = write(tmp_path, "m.svm", "1 2147483646:1\n")
    X, _ = load_svmlight(p)
    assert X.shape == (1, 2147483646) and X.indices[0] == 2147483645


def test_svmlight_huge_index_fails_fast_without_allocating(tmp_path):
    p = write(tmp_path, "h.svm", "1 1:1\n" * 1000 + f"1 {2**40}:1\n")
    tracemalloc.start()
    t = time.perf_counter()
    m = err(load_svmlight, p)
    dt = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert m == f"{p}:1001: feature index {2**40} too large (at most 2147483646)"
    assert dt < 1.0 and peak < 50 << 20


def test_svmlight_empty_binary_and_non_utf8(tmp_path):
    for text in ["", "\n\n", "# only a comment\n"]:
        p = write(tmp_path, "e.svm", text)
        assert err(load_svmlight, p) == f"{p}: no examples (the file is empty or holds only blank lines and comments)"
    p = write(tmp_path, "b.svm", b"1 1:1\n\x00\x01\x02garbage")
    assert err(load_svmlight, p) == f"{p}:2: binary data (NUL byte); expected a text file"
    p = write(tmp_path, "u.svm", b"1 1:1\n1 2:1\n1 \xff\xfe:1\n")
    assert err(load_svmlight, p) == f"{p}:3: not UTF-8 text (byte 0xff); expected a text file"
    assert err(load_svmlight, tmp_path / "missing.svm") == f"{tmp_path / 'missing.svm'}: no such file"
    # UTF-8 in comments is fine
    X, y = load_svmlight(write(tmp_path, "c.svm", "1 1:1 # café\n"))
    assert X.nnz == 1


def test_svmlight_error_lines_across_chunks(tmp_path, monkeypatch):
    import sgdc.data.loaders as L

    monkeypatch.setattr(L, "_CHUNK", 64)
    text = "".join(f"{(-1) ** k} {k % 7 + 1}:{k}.5 9:1\n" for k in range(200))
    p = write(tmp_path, "c.svm", text)
    X, y = load_svmlight(p)
    assert X.shape == (200, 9) and X[150, 150 % 7] == np.float32(150.5)
    p = write(tmp_path, "c2.svm", text + "1 2:zz\n")
    assert err(load_svmlight, p).startswith(f"{p}:201: bad value")


@pytest.mark.parametrize("seed", range(4))
def test_svmlight_in_small_pieces_equals_in_one(tmp_path, monkeypatch, seed):
    """The loader parses piece by piece (bounded memory): with 37-byte pieces every line, comment, ``cost:``,
    ``qid:``, CRLF, BOM, duplicate, unsorted index and explicit zero crosses a boundary somewhere, and the result
    is what one piece gives, weights and all; an index 0 first seen late makes the whole file zero-based."""
    import sgdc.data.loaders as L

    rng = np.random.default_rng(seed)
    lines = []
    for k in range(300):
        toks = [f"{rng.choice([-1, 1])}"]
        if rng.random() < 0.2:
            toks.append(f"cost:{rng.random() * 3:.3f}")
        if rng.random() < 0.1:
            toks.append(f"qid:{k}")
        for j in rng.integers(1 if k < 250 or seed % 2 else 0, 40, rng.integers(0, 9)):
            toks.append(f"{j}:{rng.choice([0, rng.normal()]):.4g}")
        line = " ".join(toks) + (" # note" if rng.random() < 0.1 else "")
        lines.append(line + ("\r\n" if rng.random() < 0.2 else "\n"))
        if rng.random() < 0.05:
            lines.append("# a comment line\n\n")
    p = tmp_path / "r.svm"
    p.write_bytes(b"\xef\xbb\xbf" + "".join(lines).encode())
    one = load_svmlight(p, with_weights=True)
    monkeypatch.setattr(L, "_CHUNK", 37)
    many = load_svmlight(p, with_weights=True)
    assert one[0].shape == many[0].shape and (one[0] != many[0]).nnz == 0 and many[0].has_canonical_format
    np.testing.assert_array_equal(one[1], many[1])
    np.testing.assert_array_equal(one[2], many[2])
    for a, b in zip((one[0].indptr, one[0].indices, one[0].data), (many[0].indptr, many[0].indices, many[0].data)):
        np.testing.assert_array_equal(a, b)
    if seed % 2 == 0:  # an index 0 after line 250: zero-based, so 40 columns; one-based: 39
        assert many[0].shape[1] == 40
    n = many[0].shape[1]
    with pytest.raises(UserError, match=r"r.svm:\d+: feature index \d+ out of range for n_features="):
        load_svmlight(p, n_features=n - 1)


def test_svmlight_zero_based_decided_late_checks_the_top_index(tmp_path, monkeypatch):
    """``zero_based="auto"``: an index equal to ``n_features`` is fine one-based, out of range once a later
    line's index 0 makes the file zero-based: the error names the first line that has it."""
    import sgdc.data.loaders as L

    monkeypatch.setattr(L, "_CHUNK", 16)
    p = write(tmp_path, "z.svm", "1 3:1\n-1 2:1\n1 1:1\n-1 0:2\n")
    X, _ = load_svmlight(write(tmp_path, "o.svm", "1 3:1\n-1 2:1\n1 1:1\n"), n_features=3)  # one-based: fits
    assert X.shape == (3, 3) and X[0, 2] == 1
    assert err(load_svmlight, p, n_features=3) == f"{p}:1: feature index 3 out of range for n_features=3 (zero-based)"
    X, _ = load_svmlight(p, n_features=4)
    assert X.shape == (4, 4) and X[0, 3] == 1 and X[3, 0] == 2
    assert err(load_svmlight, p, zero_based=False).startswith(f"{p}:4: feature index 0 in a one-based file")


def test_svmlight_argument_errors(tmp_path):
    p = write(tmp_path, "a.svm", "1 1:1\n")
    assert "zero_based" in err(load_svmlight, p, zero_based="yes")
    assert "n_features" in err(load_svmlight, p, n_features=-1)


# ---------------------------------------------------------------------------
# real data sets
# ---------------------------------------------------------------------------


def test_a9a():
    X, y = load_svmlight(need("a9a/a9a"))
    assert X.shape[0] == 32561 and X.shape[1] <= 123
    assert set(np.unique(y)) == {-1.0, 1.0}
    assert detect_format(need("a9a/a9a")) == "svmlight"


def test_a9a_is_fast():
    p = need("a9a/a9a")
    t = time.perf_counter()
    load_svmlight(p)
    assert time.perf_counter() - t < 1.0


def test_news20_bz2():
    X, y = load_svmlight(need("news20/news20.bz2"))
    assert X.shape[0] == 15935 and X.shape[1] <= 62061
    assert len(np.unique(y)) == 20


def test_movielens_100k():
    p = need("movielens-100k/u1.base")
    d = load_ratings(p)
    assert len(d["r"]) == 80000 and d["u"].dtype == np.int64 and d["r"].dtype == np.float64
    assert d["u"].max() <= 943 and d["i"].max() <= 1682 and set(np.unique(d["r"])) <= {1, 2, 3, 4, 5}
    assert detect_format(p) == "ratings"


def test_movielens_1m_partial_gz():
    p = need("movielens-1m-partial/ratings_users1-2999.dat.gz")
    d = load_ratings(p)
    assert len(d["r"]) == 487650 and d["u"].max() <= 2999
    assert detect_format(p) == "ratings"


# ---------------------------------------------------------------------------
# ratings
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("sep", ["\t", " ", "  ", "::", ",", ", "])
def test_ratings_separators(tmp_path, sep):
    text = "\n".join(sep.join(r) for r in [["1", "10", "4", "99"], ["2", "20", "3.5", "100"]]) + "\n"
    d = load_ratings(write(tmp_path, "r.txt", text))
    np.testing.assert_array_equal(d["u"], [1, 2])
    np.testing.assert_array_equal(d["i"], [10, 20])
    np.testing.assert_array_equal(d["r"], [4, 3.5])


def test_ratings_header_and_three_columns(tmp_path):
    d = load_ratings(write(tmp_path, "r.csv", "userId,movieId,rating\n1,2,3\n\n4,5,1\n"))
    np.testing.assert_array_equal(d["u"], [1, 4])
    p = write(tmp_path, "r2.csv", "1,2,3\nuser,item,rating\n")
    assert err(load_ratings, p) == f"{p}:2: bad user id 'user' (expected an integer)"
    p = write(tmp_path, "r3.csv", "u,i,r\n")
    assert err(load_ratings, p) == f"{p}: no ratings (only a header line)"


def test_ratings_big_ids_exact(tmp_path):
    big = 2**62 + 1
    d = load_ratings(write(tmp_path, "r.txt", f"{big} 1 5\n"))
    assert int(d["u"][0]) == big


@pytest.mark.parametrize(
    "text, line, msg",
    [
        ("1 2 3 4\n1 2 3\n", 2, "expected 4 columns (as on line 1), found 3"),
        ("1 2\n", 1, "expected 3 or 4 columns (user item rating [timestamp]), found 2"),
        ("1 2 3\n1 2 3\n1.5 2 3\n", 3, "bad user id '1.5' (expected an integer)"),
        ("1 2 3\n1 x 3\n", 2, "bad item id 'x' (expected an integer)"),
        ("1 2 3\n\n1 2 nan\n", 3, "rating 'nan' is not a finite number"),
        ("1 2 3\n1 2 four\n", 2, "bad rating 'four' (expected a number)"),
        ("1 2 3 5\n1 2 3 t\n", 2, "bad timestamp 't' (expected an integer)"),
    ],
)
def test_ratings_errors(tmp_path, text, line, msg):
    p = write(tmp_path, "bad.txt", text)
    assert err(load_ratings, p) == f"{p}:{line}: {msg}"


def test_ratings_empty(tmp_path):
    p = write(tmp_path, "e.txt", "\n \n")
    assert err(load_ratings, p) == f"{p}: no ratings (the file is empty)"


# ---------------------------------------------------------------------------
# csv
# ---------------------------------------------------------------------------


def test_csv_header_and_label(tmp_path):
    p = write(tmp_path, "t.csv", "a,b,y\n1,2,0\n3,4,1\n")
    X, y, cols = load_csv(p)
    assert X.dtype == np.float32 and X.flags.c_contiguous and X.shape == (2, 2)
    np.testing.assert_array_equal(X, [[1, 2], [3, 4]])
    np.testing.assert_array_equal(y, [0, 1])
    assert cols == ["a", "b"]
    X, y, cols = load_csv(p, label_column="a")
    np.testing.assert_array_equal(y, [1, 3]) and cols == ["b", "y"]
    X, y, cols = load_csv(write(tmp_path, "n.csv", "1,2,0\n3,4,1\n"), label_column=0)
    np.testing.assert_array_equal(y, [1, 3])
    assert cols == ["col1", "col2"]


@pytest.mark.parametrize(
    "text, line, msg",
    [
        ("a,b\n1,2\n3\n", 3, "expected 2 cells (as the header on line 1), found 1"),
        ("1,2\n3,4\n5,x\n", 3, "column 2: 'x' is not a number"),
        ("a,b\n1,2\n\n5,\n", 4, "column 2 ('b'): an empty cell is not a number"),
        ("1,2\n3,nan\n", 2, "column 2: 'nan' is not a finite number"),
    ],
)
def test_csv_errors(tmp_path, text, line, msg):
    p = write(tmp_path, "bad.csv", text)
    assert err(load_csv, p) == f"{p}:{line}: {msg}"


def test_csv_label_errors(tmp_path):
    p = write(tmp_path, "t.csv", "1,2\n")
    assert "no header" in err(load_csv, p, label_column="y")
    assert "out of range" in err(load_csv, p, label_column=5)
    assert err(load_csv, write(tmp_path, "e.csv", "")) .endswith("no rows (the file is empty)")


# ---------------------------------------------------------------------------
# npz
# ---------------------------------------------------------------------------


def test_npz_round_trip(tmp_path):
    X = sp.random(30, 12, density=0.3, format="csr", dtype=np.float32, random_state=1)
    fields = {"x": X, "y": np.arange(30, dtype=np.float64), "u": np.arange(30, dtype=np.int32)}
    p = tmp_path / "d.npz"
    save_npz(p, fields)
    assert sorted(os.listdir(tmp_path)) == ["d.npz"]  # no temp file left
    d = load_npz(p)
    assert set(d) == {"x", "y", "u"}
    assert d["x"].dtype == np.float32 and d["x"].indices.dtype == np.int32 and d["x"].indptr.dtype == np.int32
    assert d["x"].shape == (30, 12) and (d["x"] != X).nnz == 0
    np.testing.assert_array_equal(d["y"], fields["y"])
    assert d["u"].dtype == np.int32
    save_npz(p, {"z": np.ones(3)}, compress=True)  # overwrites atomically
    assert set(load_npz(p)) == {"z"}


def _bad_csr(tmp_path, **over):
    parts = {
        "x_indptr": np.array([0, 2, 3]),
        "x_indices": np.array([0, 2, 1]),
        "x_data": np.array([1.0, 2.0, 3.0]),
        "x_shape": np.array([2, 3]),
    }
    parts.update(over)
    parts = {k: v for k, v in parts.items() if v is not None}
    p = tmp_path / "b.npz"
    np.savez(p, **parts)
    return p


@pytest.mark.parametrize(
    "over, msg",
    [
        ({"x_indptr": np.array([1, 2, 3])}, "'x_indptr' must start at 0, not 1"),
        ({"x_indptr": np.array([0, 3, 2])}, "'x_indptr' decreases at position 2"),
        ({"x_indptr": np.array([0, 1, 2])}, "'x_indptr' ends at 2 but there are 3 entries in 'x_indices'"),
        ({"x_data": np.array([1.0, 2.0])}, "'x_indices' has 3 entries but 'x_data' has 2"),
        ({"x_indices": np.array([0, 5, 1])}, "'x_indices' holds column index 5, out of range for 3 columns"),
        ({"x_indices": np.array([0, -1, 1])}, "'x_indices' holds a negative column index (-1)"),
        ({"x_shape": np.array([3, 3])}, "'x_shape' says 3 rows but 'x_indptr' describes 2"),
        ({"x_data": None}, "has 'x_indptr' but no 'x_data'"),
        ({"x_indices": np.array([0.0, 1.0, 1.0])}, "'x_indices' must be a 1-D integer array"),
        ({"x_data": np.array([1.0, np.nan, 1.0])}, "'x_data' holds a non-finite value"),
    ],
)
def test_npz_csr_validation(tmp_path, over, msg):
    p = _bad_csr(tmp_path, **over)
    m = err(load_npz, p)
    assert m.startswith(f"{p}: sparse field 'x'") and msg in m


def test_npz_unsorted_is_canonicalised_and_shape_optional(tmp_path):
    p = _bad_csr(tmp_path, x_indices=np.array([2, 0, 1]), x_shape=None)
    X = load_npz(p)["x"]
    assert X.has_canonical_format and X.shape == (2, 3)
    np.testing.assert_array_equal(X.toarray(), [[2, 0, 1], [0, 3, 0]])


def test_npz_bad_files(tmp_path):
    p = write(tmp_path, "t.npz", "not a zip at all\n")
    assert err(load_npz, p).startswith(f"{p}: not a valid .npz file")
    good = tmp_path / "g.npz"
    save_npz(good, {"a": np.arange(1000.0)})
    trunc = write(tmp_path, "tr.npz", good.read_bytes()[:300])
    assert err(load_npz, trunc).startswith(f"{trunc}: ")
    obj = tmp_path / "o.npz"
    np.savez(obj, a=np.array([{"x": 1}], dtype=object))
    assert "Python objects" in err(load_npz, obj)
    assert err(load_npz, tmp_path / "none.npz").endswith("no such file")


def test_save_npz_errors(tmp_path):
    p = tmp_path / "s.npz"
    assert "used twice" in err(save_npz, p, {"x": sp.eye(2, format="csr"), "x_data": np.ones(2)})
    assert "identifier" in err(save_npz, p, {"a b": np.ones(2)})
    assert "cannot write" in err(save_npz, tmp_path / "no" / "dir.npz", {"a": np.ones(2)})


# ---------------------------------------------------------------------------
# detect_format
# ---------------------------------------------------------------------------


def test_detect_format(tmp_path):
    assert detect_format(write(tmp_path, "a.txt", "# c\n1 3:1\n")) == "svmlight"
    assert detect_format(write(tmp_path, "b.dat", "1::2::5::9\n")) == "ratings"
    assert detect_format(write(tmp_path, "c.data", "1\t2\t5\t9\n")) == "ratings"
    assert detect_format(write(tmp_path, "d.txt", "a,b,c\n1,2,3\n")) == "csv"
    assert detect_format(write(tmp_path, "e.csv", "1,2,5\n")) == "csv"
    assert detect_format(write(tmp_path, "f.bin", gzip.compress(b"1 1:2\n"))) == "svmlight"
    save_npz(tmp_path / "g", {"a": np.ones(1)})
    assert detect_format(tmp_path / "g") == "npz"
    assert "cannot tell" in err(detect_format, write(tmp_path, "h.txt", "hello world\n"))


# ---------------------------------------------------------------------------
# label and id mappings
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("lo, hi", [(0, 1), (-1, 1), (1, 2), (3.5, 7)])
def test_binary_labels(lo, hi):
    y = np.array([lo, hi, hi, lo], dtype=np.float64)
    pm, mapping = binary_labels(y)
    assert pm.dtype == np.float32
    np.testing.assert_array_equal(pm, [-1, 1, 1, -1])
    assert mapping == {lo: -1.0, hi: 1.0}


def test_binary_labels_single_and_many():
    assert binary_labels(np.array([1.0, 1.0]))[0].tolist() == [1, 1]
    assert binary_labels(np.array([0, 0]))[0].tolist() == [-1, -1]
    assert binary_labels(np.array([-1.0]))[0].tolist() == [-1]
    assert "found 1" in err(binary_labels, np.array([5.0, 5.0]))
    assert err(binary_labels, np.array([1, 2, 3])) == "expected two classes, found 3"
    assert "non-finite" in err(binary_labels, np.array([1.0, np.nan]))


def test_class_labels():
    codes, classes = class_labels(np.array([5.0, 1, 3, 5]))
    assert codes.dtype == np.int32
    np.testing.assert_array_equal(codes, [2, 0, 1, 2])
    np.testing.assert_array_equal(classes, [1, 3, 5])


def test_idmap():
    m, codes = IdMap.fit(np.array([40, 10, 40, 7]))
    assert codes.dtype == np.int32 and codes.tolist() == [2, 1, 2, 0] and len(m) == 3
    c, known = m.transform(np.array([10, 99, 7, 41, 1]))
    assert c.tolist() == [1, -1, 0, -1, -1] and known.tolist() == [True, False, True, False, False]
    m2 = IdMap.from_json(m.to_json())
    assert m2 == m and json.loads(m.to_json()) == {"ids": [7, 10, 40]}
    np.testing.assert_array_equal(m.inverse([2, 0]), [40, 7])
    assert "bad id map" in err(IdMap.from_json, '{"ids": [1, "a"]}')
    assert "sorted and unique" in err(IdMap.from_json, '{"ids": [3, 1]}')
    assert "integers" in err(IdMap.fit, np.array([1.5]))
    e, _ = IdMap.fit(np.array([], dtype=np.int64))
    assert e.transform(np.array([1]))[0].tolist() == [-1]


def test_npz_rejects_plain_npy(tmp_path):
    p = tmp_path / "one.npy"
    np.save(p, np.ones(3))
    assert err(load_npz, p) == f"{p}: not an .npz archive (it holds a single .npy array)"


def test_ratings_and_csv_in_small_pieces_equal_in_one(tmp_path, monkeypatch):
    """Ratings and CSV text is parsed a piece at a time (bounded memory): 23-byte pieces give what one piece
    gives, and an error in a late piece names its line and the line it is compared with."""
    import sgdc.data.loaders as L

    rng = np.random.default_rng(5)
    rat = "user,item,rating,ts\n" + "".join(
        f"{rng.integers(1, 50)}\t{rng.integers(1, 90)}\t{rng.integers(1, 6)}\t{rng.integers(10**9)}\n"
        + ("# c\n\n" if k % 17 == 0 else "") for k in range(400))
    csv = "a,b,label\n" + "".join(f"{rng.normal():.5g}, {rng.normal():.5g} ,{k % 2}\r\n" for k in range(400))
    pr, pc = write(tmp_path, "r.txt", rat), write(tmp_path, "t.csv", csv)
    r1, c1 = load_ratings(pr), load_csv(pc, label_column="label")
    monkeypatch.setattr(L, "_TABLE_PIECE", 23)
    r2, c2 = load_ratings(pr), load_csv(pc, label_column="label")
    for k in ("u", "i", "r"):
        np.testing.assert_array_equal(r1[k], r2[k])
    assert r2["u"].size == 400
    np.testing.assert_array_equal(c1[0], c2[0])
    np.testing.assert_array_equal(c1[1], c2[1])
    assert c1[2] == c2[2] == ["a", "b"] and c2[0].shape == (400, 2) and c2[0].flags.c_contiguous
    bad = write(tmp_path, "rb.txt", "1 2 3\n" * 50 + "1 2 3 4\n")
    assert err(load_ratings, bad) == f"{bad}:51: expected 3 columns (as on line 1), found 4"
    bad = write(tmp_path, "cb.csv", "1,2\n" * 50 + "1,x\n")
    assert err(load_csv, bad) == f"{bad}:51: column 2: 'x' is not a number"
    bad = write(tmp_path, "cc.csv", "1,2\n" * 50 + "1,2,3\n")
    assert err(load_csv, bad) == f"{bad}:51: expected 2 cells (as line 1), found 3"
    assert err(load_csv, write(tmp_path, "h.csv", "a,b\n\n")) == f"{tmp_path / 'h.csv'}: no rows (only a header line)"
    assert err(load_ratings, write(tmp_path, "h.txt", "u i r\n\n")) == \
        f"{tmp_path / 'h.txt'}: no ratings (only a header line)"
