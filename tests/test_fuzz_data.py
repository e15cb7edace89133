"""Data fuzzing: every loader on hostile files (issue 9).

Each case is a file and what must happen: a ``UserError`` whose message starts
with the file name (and the line, where the problem is on one), or a documented
interpretation (docs/data.md, docs/robustness.md) that the test checks.  On top
of the catalogue, hypothesis edits valid files byte-wise; the property there is
that a loader either returns well-formed arrays or raises a ``UserError`` naming
the file, and that whatever it returns trains (one epoch) without anything but
sgdc's own errors.
"""
from __future__ import annotations

import gzip
import re
import resource

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sgdc.data import datafiles
from sgdc.errors import SgdcError, UserError
from sgdc.frontend.load import load_model
from sgdc.data.loaders import load_csv, load_npz, load_ratings, load_svmlight, save_npz

pytestmark = pytest.mark.guarded  # every native buffer ends at a guard page (conftest)

LOADERS = {
    "svmlight": lambda p: load_svmlight(p),
    "ratings": lambda p: load_ratings(p),
    "csv": lambda p: load_csv(p),
    "npz": lambda p: load_npz(p),
}

ERR = "error"  # the case must raise a UserError naming the file (and the line when given)


def _write(tmp_path, name, content) -> str:
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode())
    return str(p)


def _expect_error(fn, path, line=None, pattern=None):
    with pytest.raises(UserError) as ei:
        fn(path)
    msg = str(ei.value)
    assert msg.startswith(path), msg
    if line is not None:
        assert msg.startswith(f"{path}:{line}:"), msg
    if pattern is not None:
        assert re.search(pattern, msg), msg
    return msg


# ---------------------------------------------------------------------------
# svmlight
# ---------------------------------------------------------------------------

SVM_ERRORS = [
    ("truncated feature", "1 3:1\n-1 2:1 4:\n", 2, "bad feature '4:'"),
    ("truncated index", "1 3:1\n-1 2:1 4\n", 2, "bad feature '4'"),
    ("colon only", "1 :\n", 1, "bad feature"),
    ("missing label", "1 3:1\n3:1 4:2\n", 2, "missing label"),
    ("label not a number", "one 3:1\n", 1, "bad label"),
    ("negative index", "1 3:1\n1 -3:1\n", 2, "negative feature index"),
    ("index 2^40", "1 1099511627776:1\n", 1, "too large"),
    ("index 2^31-1", "1 2147483647:1\n", 1, "too large"),
    ("index of 10 MB of digits", "1 " + "9" * 10_000_000 + ":1\n", 1, "too large|bad feature"),
    ("value NaN", "1 3:nan\n", 1, "non-finite"),
    ("value inf", "1 3:-inf\n", 1, "non-finite"),
    ("value beyond float64", "1 3:1e999\n", 1, "non-finite"),
    ("value beyond float32", "1 3:1e300\n", 1, "too large for float32"),
    ("label NaN", "nan 3:1\n", 1, "not a finite number"),
    ("label inf", "1 3:1\ninf 3:1\n", 2, "not a finite number"),
    ("comma delimiters", "1,3:1,4:1\n", 1, None),
    ("equals delimiters", "1 3=1 4=2\n", 1, "bad feature"),
    ("semicolons", "1;3:1;4:2\n", 1, None),
    ("two colons", "1 3:1:2\n", 1, "bad feature"),
    ("float index", "1 1.5:1\n", 1, "bad feature"),
    ("hex value", "1 3:0x10\n", 1, "bad value"),
    ("empty file", "", None, "no examples"),
    ("only comments", "# nothing\n\n   \n# here\n", None, "no examples"),
    ("NUL bytes", "1 3:1\n\x00\x00\x00\n", 2, "binary data"),
    ("not UTF-8", b"1 3:1\n1 4:\xff\n", 2, "not UTF-8"),
    ("corrupt gzip", b"\x1f\x8b\x08\x00garbage", None, "corrupt or truncated gzip"),
]


@pytest.mark.parametrize("what,text,line,pattern", SVM_ERRORS, ids=[c[0] for c in SVM_ERRORS])
def test_svmlight_hostile_files_name_file_and_line(tmp_path, what, text, line, pattern):
    path = _write(tmp_path, "d.svm", text)
    _expect_error(load_svmlight, path, line, pattern)


def test_svmlight_index_2_40_allocates_nothing_big(tmp_path):
    path = _write(tmp_path, "d.svm", "1 3:1\n" * 1000 + "1 1099511627776:1\n")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _expect_error(load_svmlight, path, 1001, "too large")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000  # KiB: far below 2^40 of anything


def test_svmlight_interpretations(tmp_path):
    """Documented interpretations, not errors."""
    # duplicate indices are summed, unsorted ones sorted, explicit zeros dropped
    X, y = load_svmlight(_write(tmp_path, "a.svm", "1 4:1 2:2 4:3 5:0\n-1 1:1\n"))
    assert X.has_canonical_format and X.shape == (2, 5)
    assert X.toarray()[0].tolist() == [0, 2, 0, 4, 0] and y.tolist() == [1, -1]
    # an index 0 makes the file zero-based (auto); zero_based=False refuses it, naming the line
    X, _ = load_svmlight(_write(tmp_path, "b.svm", "1 0:1 2:1\n"))
    assert X.shape == (1, 3) and X.toarray()[0].tolist() == [1, 0, 1]
    _expect_error(lambda p: load_svmlight(p, zero_based=False), str(tmp_path / "b.svm"), 1, "index 0")
    # CRLF and tabs are whitespace; a label-only line is an example without features
    X, y = load_svmlight(_write(tmp_path, "c.svm", "1\t3:1\r\n-1\r\n"))
    assert X.shape == (2, 3) and X.indptr.tolist() == [0, 1, 1]
    # an enormous line (200,000 features) is just a wide row
    line = "1 " + " ".join(f"{k}:1" for k in range(1, 200_001)) + "\n"
    X, _ = load_svmlight(_write(tmp_path, "e.svm", line))
    assert X.shape == (1, 200_000) and X.nnz == 200_000


# ---------------------------------------------------------------------------
# ratings
# ---------------------------------------------------------------------------

RATINGS_ERRORS = [
    ("truncated line", "1 2 3.5\n1 2\n", 2, "expected 3 columns"),
    ("extra column", "1 2 3\n1 2 3 4 5\n", 2, "expected 3 columns"),
    ("five columns", "1 2 3 4 5\n", 1, "3 or 4 columns"),
    ("rating NaN", "1 2 nan\n", 1, "not a finite number"),
    ("rating inf", "1 2 3\n1 3 inf\n", 2, "not a finite number"),
    ("float user id", "1 2 3\n1.5 2 3\n", 2, "bad user id"),
    ("id beyond 2^63", "1 2 3\n9223372036854775808 2 3\n", 2, "bad user id"),
    ("item not a number", "1 2 3\n1 x 3\n", 2, "bad item id"),
    ("semicolons", "1;2;3\n1;3;4\n", 1, "3 or 4 columns"),
    ("empty", "", None, "no ratings"),
    ("only a header", "user,item,rating\n", None, "only a header"),
    ("NUL bytes", "1 2 3\n\x00\n", 2, "binary data"),
    ("not UTF-8", b"1 2 3\n\xc3\n", 2, "not UTF-8"),
    ("enormous line", "1 2 3\n" + "7 " * 1_000_000 + "\n", 2, "expected 3 columns"),
]


@pytest.mark.parametrize("what,text,line,pattern", RATINGS_ERRORS, ids=[c[0] for c in RATINGS_ERRORS])
def test_ratings_hostile_files(tmp_path, what, text, line, pattern):
    _expect_error(load_ratings, _write(tmp_path, "r.dat", text), line, pattern)


def test_ratings_interpretations(tmp_path):
    # ids are raw labels, remapped densely: negative ids and 2^40 are just ids, nothing is sized by them
    r = load_ratings(_write(tmp_path, "r.dat", "-5 1099511627776 4\n0 1 3\n-5 1 2\n"))
    assert r["u"].tolist() == [-5, 0, -5] and r["i"].tolist() == [2**40, 1, 1]
    prog = _compile("matrix_completion", k=2)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    prog.fit({"u": r["u"], "i": r["i"], "r": r["r"]}, epochs=1)
    assert prog.encoders.dims == {"users": 2, "items": 2}
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000
    # duplicate (user, item) pairs are separate examples; mixed separators are fine
    r = load_ratings(_write(tmp_path, "s.dat", "1::2::3\n1,2,4\n1\t2 5\n"))
    assert r["r"].tolist() == [3, 4, 5]


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------

CSV_ERRORS = [
    ("ragged row", "a,b,y\n1,2,1\n1,2\n", 3, "expected 3 cells"),
    ("empty cell", "1,2,1\n1,,0\n", 2, "empty cell"),
    ("NaN", "1,2,1\nnan,2,0\n", 2, "not a finite number"),
    ("inf label", "1,2,1\n1,2,inf\n", 2, "not a finite number"),
    ("beyond float32", "1,2,1\n1e300,2,0\n", 2, "too large for float32"),
    ("text cell", "1,2,1\n1,two,0\n", 2, "not a number"),
    ("semicolons", "1;2;1\n3;4;0\n", 1, "separated by commas"),
    ("tabs", "a\tb\ty\n3\t4\t0\n", 1, "separated by commas"),
    ("header only", "a,b,y\n", None, "only a header"),
    ("empty", "", None, "no rows"),
    ("NUL bytes", "1,2,1\n\x00\n", 2, "binary data"),
    ("not UTF-8", b"1,2,1\n\xff,1,1\n", 2, "not UTF-8"),
]


@pytest.mark.parametrize("what,text,line,pattern", CSV_ERRORS, ids=[c[0] for c in CSV_ERRORS])
def test_csv_hostile_files(tmp_path, what, text, line, pattern):
    _expect_error(load_csv, _write(tmp_path, "t.csv", text), line, pattern)


def test_csv_interpretations(tmp_path):
    # one column: a label and no features; a wide row is just wide
    X, y, _ = load_csv(_write(tmp_path, "a.csv", "1\n0\n"))
    assert X.shape == (2, 0) and y.tolist() == [1, 0]
    X, y, _ = load_csv(_write(tmp_path, "b.csv", ",".join(["1"] * 100_001) + "\n"))
    assert X.shape == (1, 100_000)


# ---------------------------------------------------------------------------
# npz
# ---------------------------------------------------------------------------


def _npz(tmp_path, **arrays) -> str:
    p = str(tmp_path / "d.npz")
    np.savez(p, **arrays)
    return p


def parts(**arrays) -> dict:
    return arrays


NPZ_BAD = [
    ("indptr not monotone", parts(x_indptr=[0, 2, 1, 3], x_indices=[0, 1, 2], x_data=[1, 1, 1]), "decreases"),
    ("indptr short", parts(x_indptr=[0, 2], x_indices=[0, 1, 2], x_data=[1, 1, 1]), "ends at 2"),
    ("indptr start", parts(x_indptr=[1, 3], x_indices=[0, 1, 2], x_data=[1, 1, 1]), "start at 0"),
    ("indptr empty", parts(x_indptr=np.zeros(0, np.int64), x_indices=np.zeros(0, np.int32), x_data=[]), "empty"),
    ("negative index", parts(x_indptr=[0, 1], x_indices=[-1], x_data=[1.0]), "negative"),
    ("index 2^40, no shape", parts(x_indptr=[0, 1], x_indices=np.array([2**40]), x_data=[1.0]), "at most 2147483646"),
    ("index 2^40, shape", parts(x_indptr=[0, 1], x_indices=np.array([2**40]), x_data=[1.0],
                               x_shape=np.array([1, 2**40 + 1])), "columns"),
    ("index past shape", parts(x_indptr=[0, 1], x_indices=[5], x_data=[1.0], x_shape=[1, 3]), "out of range"),
    ("rows disagree", parts(x_indptr=[0, 1], x_indices=[0], x_data=[1.0], x_shape=[2, 3]), "rows"),
    ("data NaN", parts(x_indptr=[0, 1], x_indices=[0], x_data=[np.nan]), "non-finite"),
    ("data complex", parts(x_indptr=[0, 1], x_indices=[0], x_data=np.array([1j])), "numeric"),
    ("float indices", parts(x_indptr=[0, 1], x_indices=[0.5], x_data=[1.0]), "integer"),
    ("2-D indptr", parts(x_indptr=[[0, 1]], x_indices=[0], x_data=[1.0]), "1-D"),
    ("data without indices", parts(x_indptr=[0, 1], x_data=[1.0]), "no 'x_indices'"),
    ("lengths differ", parts(x_indptr=[0, 1], x_indices=[0], x_data=[1.0, 2.0]), "entries"),
]


@pytest.mark.parametrize("what,arrays,pattern", NPZ_BAD, ids=[c[0] for c in NPZ_BAD])
def test_npz_hostile_csr(tmp_path, what, arrays, pattern):
    path = _npz(tmp_path, **{k: np.asarray(v) for k, v in arrays.items()})
    _expect_error(load_npz, path, None, pattern)


@pytest.mark.parametrize("content,pattern", [
    (b"", "not a valid .npz"),
    (b"PK\x03\x04" + b"\x00" * 50, "not a valid .npz"),
    (bytes(range(256)) * 20, "not a valid .npz|not an .npz"),
    (b"\x93NUMPY garbage", "not a valid .npz|not an .npz"),
])
def test_npz_garbage(tmp_path, content, pattern):
    _expect_error(load_npz, _write(tmp_path, "g.npz", content), None, pattern)


def test_npz_truncated_and_objects(tmp_path):
    p = str(tmp_path / "t.npz")
    save_npz(p, {"x": sp.random(50, 20, density=0.3, format="csr", random_state=0), "y": np.ones(50)})
    with open(p, "rb") as f:
        raw = f.read()
    for cut in (10, len(raw) // 2, len(raw) - 5):
        _expect_error(load_npz, _write(tmp_path, "cut.npz", raw[:cut]), None, "not a valid|corrupt")
    q = str(tmp_path / "o.npz")
    np.savez(q, y=np.array([1, "a", None], dtype=object))
    _expect_error(load_npz, q, None, "Python objects")


def test_npz_fields_reach_bind_checks(tmp_path):
    """Arrays an npz carries as they are (dense fields, labels) are checked when bound."""
    prog = _compile("logistic")
    for fields, pattern in [
        ({"x": np.full((3, 2), np.nan), "y": np.array([0, 1, 1])}, "non-finite"),
        ({"x": np.ones((3, 2)), "y": np.array([0, 1])}, "examples"),
        ({"x": np.ones((3, 2), dtype=complex), "y": np.array([0, 1, 1])}, "numbers"),
        ({"x": np.ones(3), "y": np.array([0, 1, 1])}, "2-D"),
    ]:
        path = str(tmp_path / "f.npz")
        np.savez(path, **fields)
        data = datafiles.read(path, prog.model, "npz")
        with pytest.raises(UserError, match=pattern):
            prog.fit(data, epochs=1)


# ---------------------------------------------------------------------------
# Random edits of valid files: only UserErrors naming the file, or data that trains
# ---------------------------------------------------------------------------

_PROGS: dict = {}


def _compile(name, **kw):
    import sgdc

    key = (name, tuple(sorted(kw.items())))
    if key not in _PROGS:
        spec = load_model(name)
        if name == "matrix_completion" and "k" in kw:
            import pathlib

            from sgdc.frontend.load import examples_dir

            text = (pathlib.Path(examples_dir()) / "matrix_completion.sgd").read_text()
            spec = text.replace("const k = 50", f"const k = {kw['k']}")
            _PROGS[key] = sgdc.compile(spec)
        else:
            _PROGS[key] = sgdc.compile(name)
        del spec
    return _PROGS[key]


VALID = {
    "svmlight": (b"1 3:1 7:0.5\n-1 1:2 2:-1\n1 4:1\n-1 3:0.25 9:1\n", "logistic"),
    "ratings": (b"1\t10\t4\t881250949\n2\t10\t3\t881250950\n1\t20\t5\t881250951\n3\t30\t1\t881250952\n",
                "matrix_completion"),
    "csv": (b"a,b,y\n1,2,1\n3,4,0\n0.5,-1,1\n2,2,0\n", "logistic"),
}


@st.composite
def edited(draw, raw: bytes):
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(("set", "insert", "delete", "truncate", "dup_line", "token")))
        i = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "set" and data:
            data[i] = draw(st.integers(0, 255))
        elif op == "insert":
            data[i:i] = draw(st.sampled_from((b"-", b":", b" ", b"\n", b",", b"0", b"nan", b"inf", b"1e999",
                                              b"1099511627776", b"\x00", b"\xff", b"#", b"::", b"\t", b"\r")))
        elif op == "delete" and data:
            del data[i]
        elif op == "truncate":
            del data[i:]
        elif op == "dup_line":
            lines = bytes(data).split(b"\n")
            k = draw(st.integers(0, len(lines) - 1))
            lines.insert(k, lines[k])
            data = bytearray(b"\n".join(lines))
        else:
            data[i:i] = str(draw(st.integers(-(2**70), 2**70))).encode()
    return bytes(data)


def _fuzz_one(tmp_path, fmt, raw):
    path = _write(tmp_path, f"f.{ {'svmlight': 'svm', 'ratings': 'dat', 'csv': 'csv'}[fmt]}", raw)
    prog = _compile(VALID[fmt][1], k=2) if fmt == "ratings" else _compile(VALID[fmt][1])
    try:
        data = datafiles.read(path, prog.model, fmt)
    except UserError as e:
        assert str(e).startswith(path), str(e)
        return
    for v in data.values():  # well-formed arrays
        if sp.issparse(v):
            assert v.has_canonical_format and np.isfinite(v.data).all() and (v.indices >= 0).all()
        else:
            assert not (v.dtype.kind == "f" and not np.isfinite(v).all())
    try:
        with np.errstate(all="ignore"):
            prog.fit(data, epochs=1)
            prog.predict(data)
    except SgdcError:
        pass


FUZZ = settings(max_examples=120, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("fmt", sorted(VALID))
def test_random_edits_of_valid_files(tmp_path, fmt):
    @FUZZ
    @given(edited(VALID[fmt][0]))
    def run(raw):
        _fuzz_one(tmp_path, fmt, raw)

    run()


@FUZZ
@given(st.binary(max_size=600), st.sampled_from(sorted(LOADERS)))
def test_random_bytes_every_loader(tmp_path, raw, fmt):
    path = _write(tmp_path, "r.bin", raw)
    try:
        LOADERS[fmt](path)
    except UserError as e:
        assert str(e).startswith(path), str(e)


def test_gzip_of_garbage(tmp_path):
    path = _write(tmp_path, "g.svm.gz", gzip.compress(bytes(range(256)) * 10))
    _expect_error(load_svmlight, path, None, "binary data|not UTF-8")
