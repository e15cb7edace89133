"""Low precision: signatures, fixed-point scales, rounding laws, the random stream, low-precision data."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sgdc
from sgdc.runtime.engine import ReferenceEngine
from sgdc.errors import Unsupported, UserError
from sgdc.runtime.params import init_params
from sgdc.ir.precision import Precision, hash32, parse, pow2_scale, qmax, quantize, uniforms, xorshift32
from sgdc.data.synth import synthesize


@pytest.mark.parametrize("text, want", [
    ("D32M32", Precision(32, 32, 32, 32)), ("D8M16", Precision(8, 16, 32, 16)),
    ("D8M8G16", Precision(8, 8, 16, 8)), ("D16M16C8", Precision(16, 16, 32, 8)),
    ("dataset=8 model=16", Precision(8, 16, 32, 16)), ("model=8, data=16, gradient=16", Precision(16, 8, 16, 8)),
])
def test_signatures_short_and_long(text, want):
    assert parse(text) == want
    assert parse(str(want)) == want


@pytest.mark.parametrize("bad", ["D7M16", "D8", "M16", "dataset=8", "d=8 m=12", "x=8 m=8", "d=8 d=16 m=8", ""])
def test_bad_signatures(bad):
    with pytest.raises(ValueError):
        parse(bad)


def test_precision_overrides_are_canonical_and_checked():
    assert sgdc.compile("examples/logistic.sgd", precision="dataset=8 model=32").model.schedule.precision == parse("D8M32")
    with pytest.raises(UserError, match="precision"):
        sgdc.compile("examples/logistic.sgd", precision="D9M32")
    with pytest.raises(Unsupported, match="gradient narrower") as e:
        sgdc.compile("examples/logistic.sgd", precision="D8M16G8")
    assert e.value.render().startswith("error: not supported yet")


@given(st.floats(1e-6, 1e6), st.sampled_from([8, 16]))
def test_scale_is_a_covering_power_of_two(r, bits):
    d = pow2_scale(r, bits)
    assert np.log2(d) == int(np.log2(d))
    assert d * qmax(bits) >= r and d * qmax(bits) / 2 < r


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(-1e3, 1e3), min_size=1, max_size=50), st.sampled_from([8, 16]))
def test_nearest_error_is_at_most_half_a_step_and_saturates(xs, bits):
    x = np.array(xs)
    d = pow2_scale(np.abs(x).max() / 2 or 1.0, bits)  # a range too small for the data: saturation happens
    q = quantize(x, d, bits, "nearest")
    Q = qmax(bits)
    assert q.dtype == {8: np.int8, 16: np.int16}[bits]
    assert np.all(np.abs(q.astype(int)) <= Q)  # never the extra negative value, never wrapped
    inside = np.abs(x) <= Q * d
    assert np.all(np.abs(q[inside] * d - x[inside]) <= d / 2 + 1e-12)
    assert np.all(np.sign(q[~inside]) == np.sign(x[~inside]))  # saturated, not wrapped


def test_unbiased_rounding_has_zero_mean_error():
    rng = np.random.default_rng(1)
    x = rng.uniform(-3, 3, 200_000)
    d = 0.25
    errs = quantize(x, d, 8, "unbiased", rng) * d - x
    assert abs(errs.mean()) < 4 * d / np.sqrt(12 * len(x))  # within 4 standard errors
    assert np.all(np.abs(errs) < d)
    biased = quantize(np.full(10_000, 0.3 * d), d, 8, "nearest") * d - 0.3 * d
    assert abs(biased.mean()) > 0.29 * d  # nearest loses a small value entirely


@settings(max_examples=40, deadline=None)
@given(j=st.integers(0, 2**31 - 1), v=st.floats(-200, 200, allow_nan=False), m=st.integers(0, 50))
def test_stride_draw_rounds_each_element_unbiasedly(j, v, m):
    """``draw stride``: element ``j`` of update ``m`` takes ``(h + j * STRIDE) mod 2^32`` for the update's hash
    ``h``; for a fixed ``j`` that is a fixed shift of ``h``, so as ``h`` runs over an even grid of 32-bit values
    the element's uniform runs over an even (shifted) grid of [0, 1) and ``floor(v + r)`` averages to ``v`` (to
    the grid's spacing).  Exact: every ``h = k * 2^16`` once, no sampling."""
    from sgdc.ir import fixedpoint as fx

    h = np.arange(2**16, dtype=np.uint64) << np.uint64(16)
    r = fx.unit_uniform(((h + np.uint64(j) * np.uint64(fx.STRIDE)) & np.uint64(0xFFFFFFFF)).astype(np.uint32))
    assert np.all(np.diff(np.sort(r).astype(np.float64)) == 2.0**-16)  # an even grid of [0, 1), shifted
    v = float(np.float32(np.round(v * 2**8) / 2**8))  # on the grid, so the float32 sums are exact
    mean = fx.round_draw(np.float64(v), r.astype(np.float64)).mean()
    assert abs(mean - v) <= 2.0**-16
    # and the element's uniform is the stream's (the kernels and the reference draw through stride_uniforms)
    state = 0x12345678
    hm = fx.hash32((state ^ (m * fx.GOLDEN)) & 0xFFFFFFFF)
    want = fx.unit_uniform(np.array([(hm + j * fx.STRIDE) & 0xFFFFFFFF], np.uint32))
    assert np.array_equal(fx.stride_uniforms(state, m, np.array([j])), want)


def test_random_stream_is_deterministic_and_uniform():
    s = xorshift32(12345)
    assert s == xorshift32(12345) and s != 12345
    assert hash32(0xDEADBEEF) == int(hash32(np.array([0xDEADBEEF], np.uint32))[0])
    u = uniforms(s, 3, np.arange(100_000), shared=False)
    assert u.dtype == np.float32 and 0 <= u.min() and u.max() < 1
    assert abs(u.mean() - 0.5) < 0.005 and abs(u.var() - 1 / 12) < 0.002
    shared = uniforms(s, 3, np.arange(16), shared=True)
    assert np.all(shared == shared[0])


@pytest.mark.parametrize("prec", ["D8M32", "D16M32"])
@pytest.mark.parametrize("layout", ["sparse", "dense"])
@pytest.mark.parametrize("spec", ["examples/logistic.sgd", "examples/softmax.sgd", "examples/least_squares.sgd"])
def test_low_precision_data_compiled_equals_reference(spec, layout, prec):
    prog = sgdc.compile(spec, adaptive="off", precision=prec, data_layout=layout, step="0.05")  # a calm step: no chaos to amplify
    fields, dims = synthesize(prog.model, n=300, seed=1, dims={"d": 30})
    ds, enc, _ = prog.bind(fields, fit=True, dims=dims)
    x = ds["x"]
    assert (x.X if layout == "dense" else x.data).dtype == {"D8M32": np.int8, "D16M32": np.int16}[prec]
    pa = init_params(prog.model, ds.dims, 2)
    pb = {k: v.copy() for k, v in pa.items()}
    ref = ReferenceEngine(prog.uir)
    rng = np.random.default_rng(0)
    for epoch in range(2):
        order = rng.permutation(ds.n)
        assert prog.engine.epoch(pa, ds, order, epoch, epoch * ds.n) == pytest.approx(
            ref.epoch(pb, ds, order, epoch, epoch * ds.n), rel=1e-4)
    for k in pa:
        np.testing.assert_allclose(pa[k], pb[k], rtol=1e-4, atol=1e-4 * max(1, np.abs(pb[k]).max()))


def test_d8_data_keeps_quality_on_a9a(a9a):
    X, y, Xt, yt = a9a
    acc = {p: sgdc.compile("examples/logistic.sgd", precision=p).fit(X, y, epochs=10, seed=0).evaluate(Xt, yt)[
        "test_accuracy"] for p in ("D32M32", "D8M32")}
    assert abs(acc["D8M32"] - acc["D32M32"]) <= 0.005, acc


def test_data_scale_is_kept_for_new_data_and_in_model_files(tmp_path):
    prog = sgdc.compile("examples/logistic.sgd", precision="D8M32")
    fields, _ = synthesize(prog.model, n=400, seed=3)
    prog.fit(fields["x"], fields["y"], epochs=2)
    scale = prog.encoders.scales["x"]
    small = fields["x"][:10] * 0.01  # new data with a smaller range still uses the training step
    assert prog.bind(small, need_target=False)[0]["x"].scale == scale
    path = tmp_path / "m.npz"
    sgdc.runtime.modelfile.save(path, prog)
    again = sgdc.load(path)
    assert again.encoders.scales == {"x": scale}
    np.testing.assert_array_equal(again.predict(fields["x"]), prog.predict(fields["x"]))


# -- fixed-point models: the compiled kernel equals the fixed-point reference bit for bit ----------------

NORM2_MF = (Path(__file__).resolve().parents[1] / "examples" / "matrix_completion.sgd").read_text().replace(  # a norm2 of a fixed-point row
    "loss     (mu + bu[u] + bi[i] + dot(L[u], R[i]) - r)^2",
    "loss     (mu + bu[u] + bi[i] + dot(L[u], R[i]) - r)^2 + 0.01 * norm2(L[u])").rstrip() + \
    "\n  model_range 0.5\n"  # codes of ~6,500: a row's sum of squares is past float32's 2^24, so only the
#                           integer dot the kernel takes gives the kernel's bits
EXACT_CASES = [  # spec, a calm step for generated data
    ("examples/logistic.sgd", "0.05"), ("examples/matrix_completion.sgd", "0.002"),
    ("examples/softmax.sgd", "0.05"), ("examples/psd_completion.sgd", "0.002"), ("examples/svm.sgd", "0.05"),
    (NORM2_MF, "0.002"),
]


def compiled_and_reference_epochs(prog, generic: bool, epochs: int = 2) -> tuple:
    """``epochs`` epochs of ``prog``'s compiled kernel (host or generic) and of the reference on generated data,
    from the same params and orders: the loss sums are equal, epoch by epoch (a fixed-point model's kernel and
    reference agree bit for bit).  Returns ``(compiled params, reference params, data, compiled, reference)``."""
    from sgdc.runtime.engine import CompiledEngine

    fields, dims = synthesize(prog.model, n=120, seed=1, dims={"d": 24} if prog.model.vector_fields else None)
    ds, _, _ = prog.bind(fields, fit=True, dims=dims)
    compiled, ref = CompiledEngine(prog.uir, generic=generic), ReferenceEngine(prog.uir)
    compiled.seed = ref.seed = 5
    pa = init_params(prog.model, ds.dims, 2)
    pb = {k: v.copy() for k, v in pa.items()}
    rng = np.random.default_rng(0)
    for epoch in range(epochs):
        order = rng.permutation(ds.n)
        assert compiled.epoch(pa, ds, order, epoch, epoch * ds.n) == ref.epoch(pb, ds, order, epoch, epoch * ds.n)
    return pa, pb, ds, compiled, ref


@pytest.mark.parametrize("generic", [False, True], ids=["host", "generic"])
@pytest.mark.parametrize("rounding, draw", [("nearest", "lane"), ("unbiased", "lane"), ("unbiased", "vector"),
                                            ("unbiased", "stride")])
@pytest.mark.parametrize("prec", ["D8M16", "D8M8G16", "D16M16", "D32M8"])
@pytest.mark.parametrize("spec, step", EXACT_CASES,
                         ids=[c[0].split("/")[1] if "\n" not in c[0] else "mf_norm2" for c in EXACT_CASES])
def test_fixed_point_kernel_equals_reference_bit_for_bit(spec, step, prec, rounding, draw, generic):
    prog = sgdc.compile(spec, adaptive="off", precision=prec, rounding=rounding, draw=draw, step=step)
    pa, pb, ds, compiled, ref = compiled_and_reference_epochs(prog, generic)
    moved = False
    for k in pa:
        assert np.array_equal(pa[k], pb[k]), k
        moved |= not np.array_equal(pa[k], init_params(prog.model, ds.dims, 2)[k])
    # (nearest rounding may legitimately stall: updates under half a step round away, as the paper warns)
    assert moved or rounding == "nearest"
    np.testing.assert_array_equal(compiled.predict(pa, ds), ref.predict(pb, ds))


@pytest.mark.parametrize("generic", [False, True], ids=["host", "generic"])
@pytest.mark.parametrize("rounding, draw", [("nearest", "lane"), ("unbiased", "lane"), ("unbiased", "vector"),
                                            ("unbiased", "stride")])
@pytest.mark.guarded  # every buffer ends at a guard page: a gather or scatter past the model's end would crash
@pytest.mark.parametrize("prec", ["D8M16", "D16M16", "D8M8", "D32M8"])
@pytest.mark.parametrize("spec", ["logistic", "softmax"])
def test_gathered_sparse_update_equals_reference_bit_for_bit(spec, prec, rounding, draw, generic):
    """Sparse rows long enough for the gathered update (16 entries at a time, then the rest one by one): row
    lengths 0..70 cover no block, one block and a remainder, several blocks, and a row ending on a block.
    softmax: the outer product's rows, each the folded rule with its own coefficient (``W[y]``'s bumped by the
    ``-x`` of the target's score) and draw elements."""
    import scipy.sparse as sp
    from sgdc.passes.precision import GATHER_LANES
    from sgdc.runtime.engine import CompiledEngine

    rng = np.random.default_rng(7)
    n, d = 90, 300
    lengths = np.concatenate([[0, 1, 15, 16, 17, 32, 33, 70], rng.integers(0, 71, n - 8)])
    rows = [np.sort(rng.choice(d, size=k, replace=False)) for k in lengths]
    rows[3] = np.arange(d - 16, d)  # one block that ends on the model's last column
    X = sp.csr_matrix((np.concatenate([rng.normal(0, 1, k) for k in lengths]).astype(np.float32),
                       np.concatenate(rows).astype(np.int32), np.concatenate([[0], np.cumsum(lengths)])), shape=(n, d))
    y = np.where(rng.random(n) < 0.5, -1.0, 1.0) if spec == "logistic" else rng.integers(0, 4, n)
    prog = sgdc.compile(f"examples/{spec}.sgd", adaptive="off", precision=prec, rounding=rounding, draw=draw, step="0.5",
                        data_layout="sparse")
    from sgdc import pipeline
    from sgdc.ir.lowered import UpdateEach, walk

    kernels = pipeline.lower(prog.uir, {"x": "sparse"}, dump=False)
    # softmax: W @ x and W[y]·x are one update (differentiation folds them), gathered once
    assert [s.lanes for s in walk(kernels[0].body) if isinstance(s, UpdateEach) and s.over != "one"] == [GATHER_LANES]
    ds, _, _ = prog.bind({"x": X, "y": y}, fit=True)
    compiled, ref = CompiledEngine(prog.uir, generic=generic), ReferenceEngine(prog.uir)
    compiled.seed = ref.seed = 3
    pa = init_params(prog.model, ds.dims, 2)
    pb = {k: v.copy() for k, v in pa.items()}
    order = np.random.default_rng(1).permutation(n)
    for epoch in range(2):
        assert compiled.epoch(pa, ds, order, epoch, epoch * n) == ref.epoch(pb, ds, order, epoch, epoch * n)
    for k in pa:
        assert np.array_equal(pa[k], pb[k]), k
    moved = "w" if spec == "logistic" else "W"
    assert not np.array_equal(pa[moved], init_params(prog.model, ds.dims, 2)[moved])


MF_TEXT = (Path(__file__).resolve().parents[1] / "examples" / "matrix_completion.sgd").read_text()


@pytest.mark.parametrize("generic", [False, True], ids=["host", "generic"])
@pytest.mark.parametrize("rounding", ["nearest", "unbiased"])
@pytest.mark.guarded  # every buffer ends at a guard page: a block read or written past the last row would crash
@pytest.mark.parametrize("prec", ["D32M16", "D32M8"])
@pytest.mark.parametrize("k", [1, 15, 32, 33, 64, 70])
def test_packed_rows_equal_reference_bit_for_bit(k, prec, rounding, generic):
    """The integer rule of a coded row, 32 coordinates a block and the rest in one masked block: ranks with no
    full block, one block exactly, a block and one, two blocks, two and a rest.  The last user's and item's
    rows end on their buffer's last byte (guarded: a read past it crashes), and a step large enough to
    saturate codes is included (model_range 0.25)."""
    from sgdc import pipeline
    from sgdc.ir.lowered import UpdateRows, walk
    from sgdc.runtime.engine import CompiledEngine

    spec = MF_TEXT.replace("const k = 50", f"const k = {k}").rstrip() + "\n  model_range 0.25\n"
    prog = sgdc.compile(spec, adaptive="off", precision=prec, rounding=rounding, draw="stride", step="0.3")
    assert [s.packed for s in walk(pipeline.lower(prog.uir, {}, dump=False)[0].body)
            if isinstance(s, UpdateRows)] == [32]
    rng = np.random.default_rng(k)
    n, users, items = 150, 9, 7
    fields = {"u": rng.integers(0, users, n), "i": rng.integers(0, items, n), "r": rng.uniform(-8, 8, n)}
    fields["u"][:3], fields["i"][:3] = users - 1, items - 1  # the rows that end on the buffers' last bytes
    ds, _, _ = prog.bind(fields, fit=True, dims={"users": users, "items": items})
    compiled, ref = CompiledEngine(prog.uir, generic=generic), ReferenceEngine(prog.uir)
    compiled.seed = ref.seed = 9
    pa = init_params(prog.model, ds.dims, 4)
    pb = {key: v.copy() for key, v in pa.items()}
    order = rng.permutation(n)
    for epoch in range(2):
        assert compiled.epoch(pa, ds, order, epoch, epoch * n) == ref.epoch(pb, ds, order, epoch, epoch * n)
    for key in pa:
        assert np.array_equal(pa[key], pb[key]), key
    assert not np.array_equal(pa["L"], init_params(prog.model, ds.dims, 4)["L"])
    step = quantised_step(prog, "L")
    Q = (1 << (int(prec[-2:] if prec.endswith("16") else prec[-1:]) - 1)) - 1
    assert np.abs(np.rint(pa["L"] / step)).max() <= Q  # saturated codes stay in [-Q, Q]


def quantised_step(prog, param):
    from sgdc.ir.precision import quantised_params

    return quantised_params(prog.model)[param]


def test_fixed_point_params_stay_on_their_grid_and_saturate():
    from sgdc.ir.precision import quantised_params

    prog = sgdc.compile("examples/least_squares.sgd", adaptive="off", precision="D32M8", model_range=0.5, step="0.5")
    fields, _ = synthesize(prog.model, n=400, seed=2)
    prog.fit(fields["x"], fields["y"] * 10, epochs=3)  # targets far beyond the range: weights saturate
    step = quantised_params(prog.model)["w"]
    assert step == 2.0 ** -7  # the smallest power of two with 127 steps covering 0.5
    codes = prog.params["w"] / step
    assert np.array_equal(codes, np.round(codes)) and np.abs(codes).max() == 127
    assert np.isfinite(prog.params["b"]) and prog.params["b"].dtype == np.float32  # scalars stay float


def test_d8m16_unbiased_matches_float_on_a9a(a9a):
    X, y, Xt, yt = a9a
    acc = {p: sgdc.compile("examples/logistic.sgd", precision=p, rounding="unbiased").fit(X, y, epochs=10, seed=0)
           .evaluate(Xt, yt)["test_accuracy"] for p in ("D32M32", "D8M16")}
    assert abs(acc["D8M16"] - acc["D32M32"]) <= 0.005, acc


def test_m16_matrix_completion_matches_float_on_ml100k(ml100k_u1):
    train, test = ml100k_u1
    rmse = {p: sgdc.compile("examples/matrix_completion.sgd", precision=p, rounding="unbiased").fit(
        train, epochs=30, seed=0).evaluate(test)["test_rmse"] for p in ("D32M32", "D32M16")}
    assert abs(rmse["D32M16"] - rmse["D32M32"]) <= 0.01, rmse


def test_m8_unbiased_rounding_beats_nearest_on_ml100k(ml100k_u1):
    """The paper's point: at 8 bits, biased rounding loses small updates; unbiased keeps them in expectation."""
    train, test = ml100k_u1
    rmse = {r: sgdc.compile("examples/matrix_completion.sgd", precision="D32M8", rounding=r, step="0.02 / (1 + 0.2 * epoch)").fit(
        train, epochs=30, seed=0).evaluate(test)["test_rmse"] for r in ("nearest", "unbiased")}
    assert rmse["unbiased"] < rmse["nearest"] - 0.05, rmse


def test_fixed_point_model_keeps_codes_between_epochs_and_handles_unseen_ids():
    prog = sgdc.compile("examples/matrix_completion.sgd", adaptive="off", precision="D32M16", rounding="unbiased", step="0.005")
    rng = np.random.default_rng(0)
    data = {"u": rng.integers(0, 30, 2000), "i": rng.integers(0, 40, 2000), "r": rng.uniform(1, 5, 2000)}
    prog.fit(data, epochs=3)
    assert prog.state["L"].dtype == np.int16 and prog.state["mu"].dtype == np.float32
    from sgdc.ir.precision import quantised_params

    step = quantised_params(prog.model)["L"]
    assert step == 2.0 ** -12  # 4 (the default range) over 32767, rounded up to a power of two
    np.testing.assert_array_equal(prog.params["L"], prog.state["L"].astype(np.float64) * step)
    mu, bi = float(prog.params["mu"]), prog.params["bi"]
    code = int(np.searchsorted(prog.encoders.ids["items"], 7))
    pred = prog.predict({"u": np.array([12345]), "i": np.array([7])})  # an unseen user: a zero row of codes
    assert pred[0] == pytest.approx(mu + bi[code], rel=1e-5)


def test_epochs_in_chunks_continue_the_random_stream():
    """An epoch split into many kernel calls (as for Ctrl-C) equals the reference's single pass, bit for bit."""
    from sgdc.runtime.engine import CompiledEngine

    prog = sgdc.compile("examples/logistic.sgd", adaptive="off", precision="D8M16", rounding="unbiased", step="0.05")
    fields, dims = synthesize(prog.model, n=300, seed=1, dims={"d": 24})
    ds, _, _ = prog.bind(fields, fit=True, dims=dims)
    compiled, ref = CompiledEngine(prog.uir), ReferenceEngine(prog.uir)
    compiled.interrupt_chunk = 7
    pa = init_params(prog.model, ds.dims, 2)
    pb = {k: v.copy() for k, v in pa.items()}
    order = np.random.default_rng(0).permutation(ds.n)
    assert compiled.epoch(pa, ds, order, 0, 0) == ref.epoch(pb, ds, order, 0, 0)
    for k in pa:
        assert np.array_equal(pa[k], pb[k]), k
