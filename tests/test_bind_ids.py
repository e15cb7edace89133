"""The id mapping of index fields (sgdc/data/bind.py): lean (chunked, int32) and the same as np.unique."""
import numpy as np
import pytest

from sgdc.data import bind as B
from sgdc.errors import UserError
from sgdc.frontend.load import load_model

PAIRS = """
model pairs
dim nodes
const k = 2
data a : index[nodes]
data b : index[nodes]
data r : real
param E : [nodes, k] = normal(0, 0.1)
loss (dot(E[a], E[b]) - r)^2
predict dot(E[a], E[b])
"""


@pytest.fixture(params=[1 << 20, 7], ids=["chunk-1M", "chunk-7"])
def chunk(request, monkeypatch):
    monkeypatch.setattr(B, "_CHUNK", request.param)
    return request.param


def _expected(cols):
    known = np.unique(np.concatenate([np.asarray(c).astype(np.int64) for c in cols]))
    return known, [np.searchsorted(known, np.asarray(c).astype(np.int64)) for c in cols]


CASES = {
    "small-int32": lambda g: g.integers(0, 50, 300).astype(np.int32),
    "small-uint8": lambda g: g.integers(0, 200, 300).astype(np.uint8),
    "spread": lambda g: g.integers(0, 10, 300) * 10_000_000,  # a table would be too large: search
    "negative": lambda g: g.integers(-40, 40, 300),
    "huge": lambda g: g.integers(0, 5, 300) * 2**40 + 3,
    "float": lambda g: g.integers(0, 30, 300).astype(np.float64),
    "uint64": lambda g: g.integers(0, 30, 300).astype(np.uint64) + np.uint64(2**62),
    "bool": lambda g: g.random(300) < 0.5,
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_codes_are_ranks_like_np_unique(case, chunk):
    g = np.random.default_rng(0)
    a, b = CASES[case](g), CASES[case](g)
    model = load_model(PAIRS)
    r = np.ones(len(a), dtype=np.float32)
    ds, enc, unknown = B.bind_fields(model, {"a": a, "b": b, "r": r}, fit=True)
    known, codes = _expected([a, b])
    assert unknown == {}
    assert enc.ids["nodes"].dtype == np.int64 and np.array_equal(enc.ids["nodes"], known)
    assert enc.dims["nodes"] == len(known)
    for name, want in zip("ab", codes):
        got = ds[name]
        assert got.dtype == np.int32 and got.flags.c_contiguous
        assert np.array_equal(got, want)
        assert not np.shares_memory(got, a) and not np.shares_memory(got, b)
    # the same ids again, not fitting: the same codes
    ds2, _, unknown2 = B.bind_fields(model, {"a": a, "b": b, "r": r}, enc=enc)
    assert unknown2 == {} and np.array_equal(ds2["a"], ds["a"]) and np.array_equal(ds2["b"], ds["b"])


@pytest.mark.parametrize("new", [[-1, 10**12, 7, 3, 2**31, 2**31 - 1], [5, 6, 7]])
def test_unseen_ids_take_the_extra_slot(new, chunk):
    model = load_model(PAIRS)
    a = np.array([3, 5, 9, 3], dtype=np.int64)
    b = np.array([5, 5, 11, 0], dtype=np.int64)
    r = np.ones(4, dtype=np.float32)
    _, enc, _ = B.bind_fields(model, {"a": a, "b": b, "r": r}, fit=True)
    assert enc.ids["nodes"].tolist() == [0, 3, 5, 9, 11]
    new = np.array(new, dtype=np.int64)
    ds, _, unknown = B.bind_fields(model, {"a": new, "b": new[::-1].copy(), "r": np.ones(len(new), np.float32)},
                                   enc=enc)
    slot = 5
    want = np.array([{0: 0, 3: 1, 5: 2, 9: 3, 11: 4}.get(int(v), slot) for v in new])
    assert np.array_equal(ds["a"], want) and np.array_equal(ds["b"], want[::-1])
    assert unknown.get("nodes", 0) == 2 * int(np.sum(want == slot))
    assert ds.dims["nodes"] == (6 if unknown else 5)


def test_bad_ids_still_rejected(chunk):
    model = load_model(PAIRS)
    r = np.ones(3, dtype=np.float32)
    ok = np.array([1, 2, 3])
    for bad, msg in [(np.array([1.0, 2.5, 3.0]), "integers"), (np.array([1.0, np.nan, 3.0]), "integers"),
                     (np.array([1.0, 1e300, 3.0]), "64 bits"),
                     (np.array([1, 2**64 - 1, 3], dtype=np.uint64), "64-bit"),
                     (np.array(["a", "b", "c"]), "integers")]:
        with pytest.raises(UserError, match=msg):
            B.bind_fields(model, {"a": bad, "b": ok, "r": r}, fit=True)


def test_raw_dim_ids_are_checked_and_copied(chunk):
    model = load_model(PAIRS)
    a = np.array([0, 4, 2], dtype=np.int32)
    ds, _, _ = B.bind_fields(model, {"a": a, "b": a, "r": np.ones(3, np.float32)}, fit=True, dims={"nodes": 5})
    assert np.array_equal(ds["a"], a) and ds["a"].dtype == np.int32 and not np.shares_memory(ds["a"], a)
    with pytest.raises(UserError, match=r"out of range \[0, 5\)"):
        B.bind_fields(model, {"a": a + 1, "b": a, "r": np.ones(3, np.float32)}, fit=True, dims={"nodes": 5})


def test_no_full_int64_copy_of_a_large_column():
    """Binding 4M int32 ids allocates the int32 codes and chunk-sized temporaries, not int64 columns."""
    import tracemalloc

    model = load_model(PAIRS)
    n = 4_000_000
    g = np.random.default_rng(1)
    a = g.integers(0, 100_000, n).astype(np.int32)
    b = g.integers(0, 100_000, n).astype(np.int32)
    r = np.ones(n, dtype=np.float32)
    tracemalloc.start()
    try:
        ds, _, _ = B.bind_fields(model, {"a": a, "b": b, "r": r}, fit=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    codes = 2 * 4 * n  # the two int32 code columns are sgdc's own copies
    assert peak < codes + 24 * 2**20, f"peak {peak / 2**20:.1f} MiB for {codes / 2**20:.1f} MiB of codes"
    assert ds["r"] is r  # float32 reals are read in place
