"""sgdc/ir/fixedpoint.py: every LLVM emitter against its numpy reference, bit for bit, on edge and random values.

Each rule is JIT-compiled alone in a tiny function (one per rule and type) for the host CPU and for the
generic x86-64 target, called through ctypes, and compared with the numpy rule that the reference
interpreter, ``precision`` and ``distributed`` use.  Floats are compared by their bits (a NaN only as "a NaN":
its payload is not part of any rule).  Adding a rule: an emitter and a reference in sgdc/ir/fixedpoint.py, a
wrapper in :func:`_module`, a row in ``CASES``.
"""
from __future__ import annotations

import ctypes

import numpy as np
import pytest
from llvmlite import ir

from sgdc.ir import fixedpoint as fx
from sgdc.backend.jit import KernelLibrary

I8, I16, I32, I64 = ir.IntType(8), ir.IntType(16), ir.IntType(32), ir.IntType(64)
F32, F64 = fx.F32, fx.F64
M_CONSTS = (0, 1, 7, 123457)  # update numbers baked into a draw's key (the kernels' m is a constant)


def _fn(module, name, ret, args, body):
    fn = ir.Function(module, ir.FunctionType(ret, args), name)
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    b.ret(body(b, *fn.args))


def _module() -> ir.Module:
    m = ir.Module(name="fixedpoint-test")
    _fn(m, "hash32", I32, [I32], fx.emit_hash32)
    _fn(m, "xorshift32", I32, [I32], fx.emit_xorshift32)
    _fn(m, "unit_uniform", F32, [I32], fx.emit_unit_uniform)
    for k in M_CONSTS:
        _fn(m, f"uniform_m{k}", F32, [I32, I64], lambda b, s, j, k=k: fx.emit_uniform(b, s, k, j))
        _fn(m, f"uniform_shared_m{k}", F32, [I32], lambda b, s, k=k: fx.emit_uniform(b, s, k, None))
        _fn(m, f"stride_m{k}", F32, [I32, I64], lambda b, s, j, k=k: fx.emit_stride_uniform(b, s, k, j))
        _fn(m, f"stride_lanes_m{k}", F32, [I32, I64], lambda b, s, j, k=k: _lane(
            b, fx.emit_stride_uniform(b, s, k, _lanes_of(b, j, step=True)), 3))
    _fn(m, "uniform_exchange", F32, [I64, I64], lambda b, pos, j: fx.emit_uniform(b, None, pos, j))
    for k in (0, 3):  # a sampled index field's draw: the worker's state in training, the example elsewhere
        _fn(m, f"sample_train_k{k}", I64, [I32, I64], lambda b, s, n, k=k: fx.emit_sample_index(b, s, None, k, n))
        _fn(m, f"sample_keyed_k{k}", I64, [I64, I64], lambda b, e, n, k=k: fx.emit_sample_index(b, None, e, k, n))
        _fn(m, f"sample_u_train_k{k}", F32, [I32], lambda b, s, k=k: fx.emit_sample_uniform(b, s, None, k))
        _fn(m, f"sample_u_keyed_k{k}", F32, [I64], lambda b, e, k=k: fx.emit_sample_uniform(b, None, e, k))

    def alias(b, u, p, a, n):  # one bucket (0) whose probability and alias are the arguments
        cells = [b.alloca(F32), b.alloca(F32)]
        b.store(p, cells[0])
        b.store(a, cells[1])
        return fx.emit_alias_pick(b, ir.Constant(I64, 0), u, cells[0], cells[1], n)
    _fn(m, "alias_pick", I64, [F32, F32, F32, I64], alias)
    for fallback in (0.0, 1.0):
        _fn(m, f"finite_{int(fallback)}", F32, [F32, F32],
            lambda b, x, o, f=fallback: fx.emit_finite(b, x, o, f))
    for bits in (8, 16):  # the gathered sparse update prints the rounding on vectors of lanes
        for nan in (False, True):
            _fn(m, f"round_to_code_lanes_{bits}_{int(nan)}", F32, [F32, F32], lambda b, v, r, bits=bits, nan=nan: _lane(
                b, fx.emit_round_to_code(b, _lanes_of(b, v), _lanes_of(b, r), bits, nan), 2))
    for ty, t in ((F32, "f32"), (F64, "f64")):
        _fn(m, f"round_draw_{t}", ty, [ty, ty], fx.emit_round_draw)
        _fn(m, f"round_even_{t}", ty, [ty], fx.emit_round_even)
        for bits in (8, 16, 32):
            if ty == F32 and bits == 32:
                continue  # 2^31 - 1 is not a float32: no caller saturates float32 at 32 bits
            for nan in (False, True):
                _fn(m, f"saturate_{t}_{bits}_{int(nan)}", ty, [ty],
                    lambda b, q, bits=bits, nan=nan: fx.emit_saturate(b, q, bits, nan))
        for bits in (8, 16):
            for nan in (False, True):
                _fn(m, f"round_to_code_{t}_{bits}_{int(nan)}", ty, [ty, ty],
                    lambda b, v, r, bits=bits, nan=nan: fx.emit_round_to_code(b, v, r, bits, nan))
    for bits in (8, 16):
        _fn(m, f"saturate_i32_{bits}", I32, [I32], lambda b, q, bits=bits: fx.emit_saturate(b, q, bits))
    # the integer rule of a coded row (packed lanes): its factors and its rounding bits
    _fn(m, "factor_uniform", F64, [I32], fx.emit_factor_uniform)
    _fn(m, "int_factor", I32, [F32, F64], fx.emit_int_factor)
    _fn(m, "int_bits", I32, [I32, I64], fx.emit_int_bits)
    _fn(m, "int_bits_lanes", I32, [I32, I64], lambda b, h, j: _lane(b, fx.emit_int_bits(b, h, _lanes_of(b, j, True)), 3))
    for ity, t in ((I8, "i8"), (I16, "i16"), (I32, "i32"), (I64, "i64")):
        # codes arrive as i64 and are truncated to the stored width inside (no ABI question about narrow args)
        _fn(m, f"decode_{t}", F32, [I64, F32], lambda b, c, s, ity=ity: fx.emit_decode(
            b, c if ity == I64 else b.trunc(c, ity), s))
        _fn(m, f"widen_{t}_f64", F64, [I64], lambda b, c, ity=ity: fx.emit_widen(
            b, c if ity == I64 else b.trunc(c, ity), F64))
    return m


def _lanes_of(b, v, step=False):
    """Four lanes of ``v`` (with ``step``: ``v, v + 1, v + 2, v + 3``)."""
    vec = fx.splat(b, v, 4)
    return b.add(vec, ir.Constant(vec.type, [0, 1, 2, 3])) if step else vec


def _lane(b, vec, k):
    return b.extract_element(vec, ir.Constant(I32, k))


C = {I32: ctypes.c_uint32, I64: ctypes.c_int64, F32: ctypes.c_float, F64: ctypes.c_double}  # (i32 as raw bits)


@pytest.fixture(scope="module", params=["host", "generic"])
def lib(request):
    module = _module()
    k = KernelLibrary("fixedpoint-test", generic=request.param == "generic", with_support=False, cache=False)
    k.add_ir(str(module))
    k.finalise()
    fns = {"_lib": k}
    for f in module.functions:
        if f.is_declaration:
            continue
        ft = f.function_type
        fns[f.name] = ctypes.CFUNCTYPE(C[ft.return_type], *(C[a] for a in ft.args))(k.address(f.name))
    return fns


def _call(fn, *cols, out=np.float32):
    return np.array([fn(*(a.item() for a in args)) for args in zip(*cols)], dtype=out)


def _same_bits(got, want, what):
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape and got.dtype == want.dtype, (what, got.dtype, want.dtype)
    if got.dtype.kind == "f":
        nan = np.isnan(want)
        np.testing.assert_array_equal(np.isnan(got), nan, err_msg=f"{what}: NaN where the reference has none")
        u = {4: np.uint32, 8: np.uint64}[got.dtype.itemsize]
        bad = np.flatnonzero((got.view(u) != want.view(u)) & ~nan)
    else:
        bad = np.flatnonzero(got != want)
    assert bad.size == 0, f"{what}: {bad.size} differ, first at {bad[0]}: got {got.flat[bad[0]]!r}, want {want.flat[bad[0]]!r}"


# -- inputs ------------------------------------------------------------------------------------------------

RNG = np.random.default_rng(20240615)
U32 = np.concatenate([np.array([0, 1, 2, 0xFF, 0x100, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xDEADBEEF,
                                0x9E3779B9, 0x6D2B79F5], np.uint32),
                      RNG.integers(0, 2**32, 2000, dtype=np.uint64).astype(np.uint32)])
J64 = np.concatenate([np.array([0, 1, 2, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 5, 2**40 + 3, 2**62], np.int64),
                      RNG.integers(0, 2**62, 400, dtype=np.int64)])


def _edges(bits_list=(8, 16, 32)):
    """Reals around every rule's edges: 0, +-Q, +-(Q+1), halves around them, tiny, huge, inf, NaN."""
    v = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999997, -0.49999997, 1e-45, -1e-45, 1e-38, -1e-38,
         1e-30, 0.999999, 3e38, -3e38, 1e300, -1e300, np.inf, -np.inf, np.nan, 2.0**24, 2.0**24 + 1, 2.0**31,
         -(2.0**31), 2.0**53 + 1]
    for bits in bits_list:
        Q = float(fx.qmax(bits))
        for base in (Q, Q + 1, Q - 1):
            for d in (0.0, 0.5, -0.5, 0.25, -0.25, 1e-7, -1e-7):
                v += [base + d, -(base + d)]
    return np.array(v, np.float64)


EDGES = _edges()
REALS = np.concatenate([EDGES, RNG.normal(0, 100, 800), RNG.uniform(-40000, 40000, 800),
                        RNG.normal(0, 1e-3, 200), np.ldexp(RNG.uniform(-1, 1, 200), RNG.integers(-140, 120, 200))])
DRAWS = np.concatenate([np.array([0.0, 0.5, 0.999999940395, 2.0**-24]), RNG.random(REALS.size - 4)])
CODES64 = np.concatenate([np.array([0, 1, -1, 127, -127, 128, -128, 255, 32767, -32767, 32768, -32768, 65535,
                                    2**24, 2**24 + 1, -(2**24 + 1), 2**31 - 1, -(2**31), 2**53 + 1, -(2**62),
                                    2**63 - 1, -(2**63)], np.int64),
                          RNG.integers(-2**40, 2**40, 300), RNG.integers(-40000, 40000, 300)])
SCALES = np.array([1.0, 0.25, 2.0**-7, 2.0**-12, 2.0**-20, 3.0517578e-05, 0.1, 1e-3, 7.5, 2.0**-140, 1e30],
                  np.float32)


# -- the table ---------------------------------------------------------------------------------------------

def _uint(a):
    return np.array(a, np.uint32)


def _stream_rows():
    rows = [
        ("hash32 (array)", "hash32", (U32,), lambda x: fx.hash32(x), np.uint32),
        ("hash32 (int)", "hash32", (U32,), lambda x: _uint([fx.hash32(int(v)) for v in x]), np.uint32),
        ("xorshift32", "xorshift32", (U32,), lambda x: _uint([fx.xorshift32(int(v)) for v in x]), np.uint32),
        ("unit_uniform", "unit_uniform", (U32,), fx.unit_uniform, np.float32),
        ("uniform of an exchange (no state; position, coordinate)", "uniform_exchange", (J64[::-1], J64),
         lambda p, j: np.array([fx.uniforms(0, int(a), np.array([b]), False)[0] for a, b in zip(p, j)], np.float32),
         np.float32),
    ]
    states = U32[: J64.size]
    sizes = np.resize(np.array([1, 2, 7, 1682, 2**20 + 7, 2**31 - 1, 2**32 + 3], np.int64), J64.size)
    F = np.float32
    us = RNG.random(J64.size).astype(F)
    alias_vals = np.resize(np.array([0, 1, 5, 6.5, -1, np.nan, np.inf, 1e9, 2**31, 3], F), J64.size)
    probs = np.resize(np.array([0.5, -1, 2, 0.25, 0.999], F), J64.size)
    small = np.resize(np.array([1, 6, 7, 2**20], np.int64), J64.size)
    rows.append(("alias pick (u, prob, alias, extent): bucket 0 or a valid alias", "alias_pick",
                 (us, probs, alias_vals, small),
                 lambda u, p, a, n: np.array([fx.alias_pick(0, x, [y], [z], int(w)) for x, y, z, w in zip(u, p, a, n)],
                                             np.int64), np.int64))
    for k in (0, 3):
        rows.append((f"sampled field {k}'s alias uniform, training", f"sample_u_train_k{k}", (states,),
                     lambda s, k=k: np.array([fx.sample_uniform(int(a), None, k)[0] for a in s], np.float32),
                     np.float32))
        rows.append((f"sampled field {k}'s alias uniform, keyed", f"sample_u_keyed_k{k}", (J64,),
                     lambda e, k=k: np.array([fx.sample_uniform(None, [int(a)], k)[0] for a in e], np.float32),
                     np.float32))
        rows.append((f"sampled field {k}, training (state, extent)", f"sample_train_k{k}", (states, sizes),
                     lambda s, n, k=k: np.array([fx.sample_index(fx.sample_keys(int(a), None, k), int(b))[0]
                                                 for a, b in zip(s, n)], np.int64), np.int64))
        rows.append((f"sampled field {k}, keyed by the example (e, extent)", f"sample_keyed_k{k}", (J64, sizes),
                     lambda e, n, k=k: np.array([fx.sample_index(fx.sample_keys(None, [int(a)], k), int(b))[0]
                                                 for a, b in zip(e, n)], np.int64), np.int64))
    for k in M_CONSTS:
        rows.append((f"uniform, update {k}, per element", f"uniform_m{k}", (states, J64),
                     lambda s, j, k=k: np.array([fx.uniforms(int(a), k, np.array([b]), False)[0]
                                                 for a, b in zip(s, j)], np.float32), np.float32))
        rows.append((f"uniform, update {k}, draw stride", f"stride_m{k}", (states, J64),
                     lambda s, j, k=k: np.array([fx.stride_uniforms(int(a), k, np.array([b]))[0]
                                                 for a, b in zip(s, j)], np.float32), np.float32))
        rows.append((f"uniform, update {k}, draw stride, lane 3 of 4", f"stride_lanes_m{k}", (states, J64),
                     lambda s, j, k=k: np.array([fx.stride_uniforms(int(a), k, np.array([b + 3]))[0]
                                                 for a, b in zip(s, j)], np.float32), np.float32))
        rows.append((f"uniform, update {k}, draw vector", f"uniform_shared_m{k}", (states,),
                     lambda s, k=k: np.array([fx.uniforms(int(a), k, np.arange(3), True)[2] for a in s], np.float32),
                     np.float32))
    return rows


def _rounding_rows():
    rows = []
    for dt, t in ((np.float32, "f32"), (np.float64, "f64")):
        v, r = REALS.astype(dt), DRAWS.astype(dt)
        rows.append((f"round_draw {t}", f"round_draw_{t}", (v, r),
                     lambda v, r, dt=dt: fx.round_draw(v, r, dt).astype(dt), dt))
        rows.append((f"round_draw {t}, nearest (r = 1/2)", f"round_draw_{t}", (v, np.full_like(v, 0.5)),
                     lambda v, r, dt=dt: fx.round_draw(v, dt(0.5), dt).astype(dt), dt))
        rows.append((f"round_even {t}", f"round_even_{t}", (v,), fx.round_even, dt))
        for bits in (8, 16, 32):
            if dt == np.float32 and bits == 32:
                continue
            for nan in (False, True):
                rows.append((f"saturate {t} {bits} bits, nan_to_zero={nan}", f"saturate_{t}_{bits}_{int(nan)}", (v,),
                             lambda q, bits=bits, nan=nan: fx.saturate(q, bits, nan), dt))
        for bits in (8, 16):
            for nan in (False, True):
                rows.append((f"round_to_code {t} {bits} bits, nan_to_zero={nan}", f"round_to_code_{t}_{bits}_{int(nan)}",
                             (v, r), lambda v, r, bits=bits, nan=nan, dt=dt: fx.round_to_code(v, r, bits, nan, dt), dt))
    v32, r32 = REALS.astype(np.float32), DRAWS.astype(np.float32)
    for bits in (8, 16):
        for nan in (False, True):
            rows.append((f"round_to_code f32 {bits} bits on lanes, nan_to_zero={nan}",
                         f"round_to_code_lanes_{bits}_{int(nan)}", (v32, r32),
                         lambda v, r, bits=bits, nan=nan: fx.round_to_code(v, r, bits, nan, np.float32), np.float32))
    for fallback in (0.0, 1.0):
        rows.append((f"finite, fallback {fallback}", f"finite_{int(fallback)}", (v32, v32[::-1].copy()),
                     lambda x, o, f=fallback: np.array([fx.finite(a, c, f) for a, c in zip(x, o)], np.float32),
                     np.float32))
    ints = np.concatenate([np.array([0, 1, -1, 126, 127, 128, 129, -127, -128, -129, 32766, 32767, 32768, -32767,
                                     -32768, -32769, 2**31 - 1, -(2**31)], np.int64), RNG.integers(-2**31, 2**31, 500)])
    for bits in (8, 16):
        rows.append((f"saturate i32 {bits} bits (an exchange's sum)", f"saturate_i32_{bits}",
                     (ints.astype(np.int32).view(np.uint32),),
                     lambda q, bits=bits: fx.saturate(q.view(np.int32), bits).view(np.uint32), np.uint32))
    return rows


def _decode_rows():
    rows = []
    widths = {"i8": np.int8, "i16": np.int16, "i32": np.int32, "i64": np.int64}
    codes = np.repeat(CODES64, SCALES.size)
    scales = np.tile(SCALES, CODES64.size)
    for t, dt in widths.items():
        stored = codes.astype(dt)  # what a buffer of that width holds (wrapped: the test feeds raw i64)
        rows.append((f"decode {t}", f"decode_{t}", (codes, scales),
                     lambda c, s, dt=dt: np.array([fx.decode(np.asarray(a).astype(dt), b)[()] for a, b in zip(c, s)],
                                                  np.float32), np.float32))
        rows.append((f"widen {t} to f64", f"widen_{t}_f64", (codes,),
                     lambda c, stored=stored: stored.astype(np.float64), np.float64))
    return rows


def _int_rule_rows():
    x = np.concatenate([EDGES, RNG.uniform(-2.5, 2.5, 800), RNG.normal(0, 1e-3, 200)]).astype(np.float32)
    u = np.concatenate([np.array([0.0, 0.5, 1 - 2.0**-16]), RNG.integers(0, 2**16, x.size - 3) / 2.0**16])
    return [
        ("factor_uniform (h's low 16 bits)", "factor_uniform", (U32,),
         lambda h: np.array([fx.factor_uniform(int(v)) for v in h], np.float64), np.float64),
        ("int_factor", "int_factor", (x, u),
         lambda x, u: np.array([fx.int_factor(a, c) for a, c in zip(x, u)], np.int32).view(np.uint32), np.uint32),
        ("int_bits", "int_bits", (U32[: J64.size], J64),
         lambda h, j: np.array([fx.int_bits(int(a), [b])[0] for a, b in zip(h, j)], np.uint32), np.uint32),
        ("int_bits, lane 3 of 4", "int_bits_lanes", (U32[: J64.size], J64),
         lambda h, j: np.array([fx.int_bits(int(a), [b + 3])[0] for a, b in zip(h, j)], np.uint32), np.uint32),
    ]


CASES = _stream_rows() + _rounding_rows() + _decode_rows() + _int_rule_rows()


@pytest.mark.parametrize("what, fn, inputs, ref, out", CASES, ids=[c[0] for c in CASES])
def test_emitter_matches_reference(lib, what, fn, inputs, ref, out):
    got = _call(lib[fn], *inputs, out=out)
    _same_bits(got, np.asarray(ref(*inputs), dtype=out), what)


def test_table_covers_every_emitter(monkeypatch):
    """Every ``emit_*`` of sgdc/ir/fixedpoint.py is called while the tested functions are built."""
    called = set()
    for name in [n for n in dir(fx) if n.startswith("emit_")]:
        real = getattr(fx, name)
        monkeypatch.setattr(fx, name, lambda *a, real=real, name=name, **k: called.add(name) or real(*a, **k))
    functions = {f.name for f in _module().functions}
    assert functions >= {c[1] for c in CASES}
    assert called == {n for n in dir(fx) if n.startswith("emit_")}


def test_a_difference_is_seen():
    a = np.array([1.0, np.nan, -0.0], np.float32)
    _same_bits(a, a.copy(), "same")
    for b in (np.array([1.0, np.nan, 0.0], np.float32), np.array([1.0, 0.0, -0.0], np.float32)):
        with pytest.raises(AssertionError):
            _same_bits(a, b, "differs")


# -- the rules themselves ------------------------------------------------------------------------------------

def test_one_qmax_and_one_hash():
    assert [fx.qmax(b) for b in (8, 16, 32)] == [127, 32767, 2**31 - 1]
    from sgdc import distributed
    from sgdc.ir import precision
    assert precision.qmax is fx.qmax and precision.hash32 is fx.hash32 and precision.uniforms is fx.uniforms
    assert not hasattr(distributed, "_qmax")


def test_saturation_never_wraps_and_nan_is_a_parameter():
    q = np.array([np.nan, 200.0, -200.0, 5.0])
    assert np.array_equal(fx.saturate(q, 8, nan_to_zero=True), [0, 127, -127, 5])
    assert np.isnan(fx.saturate(q, 8)[0])


def test_quantise_is_round_to_code_of_the_quotient():
    x = np.array([0.1, -0.1, 1e6, -1e6, 0.375, -0.375])
    assert np.array_equal(fx.quantise(x, 0.25, 8, 0.5), [0, 0, 127, -127, 2, -1])  # floor(v + 1/2)
    assert fx.quantise(x, 0.25, 16, 0.5).dtype == np.int16


def test_decode_and_grid_codes_round_trip():
    codes = np.arange(-32767, 32768, 7, dtype=np.int16)
    v = fx.decode(codes, 2.0**-12)
    assert v.dtype == np.float32 and v.flags.c_contiguous
    assert np.array_equal(fx.grid_codes(v, 2.0**-12), codes)


# -- the integer rule of a coded row: unbiased, exactly ------------------------------------------------------

@pytest.mark.parametrize("A, B", [(0.996, 0.0123), (1.0, -0.3), (0.75, 1.5), (0.999, 3e-5), (0.5, -1.99)])
def test_integer_rule_factors_are_unbiased(A, B):
    """E over u (its 2^16 values) of ``int_factor(x, u)`` is ``x 2^14`` (to the u grid's 2^-16 at most)."""
    us = np.arange(2**16) / 2.0**16
    for x in (A, -B):
        x32 = float(np.float32(x))
        got = np.floor(np.float64(x32) * 2**fx.SHIFT + us).clip(-fx.FACTOR_MAX, fx.FACTOR_MAX)
        assert got.mean() == pytest.approx(x32 * 2**fx.SHIFT, abs=2.0**-16)
        assert {fx.int_factor(x32, u) for u in us[::4099]} <= {int(np.floor(x32 * 2**fx.SHIFT)),
                                                               int(np.floor(x32 * 2**fx.SHIFT)) + 1}


@pytest.mark.parametrize("q, xq, a, b", [(1000, -300, 16318, 201), (-32767, 32767, 16384, -16384),
                                         (5, 7, 16000, 3), (127, -127, 16383, 40)])
def test_integer_rule_rounding_is_unbiased_given_the_factors(q, xq, a, b):
    """Given h's low 16 bits (which fix the factors), ``r_j`` over h's high half is uniform on [0, 2^14) for
    every element j, so E[(q a + xq b + r) >> 14] is (q a + xq b) / 2^14 exactly."""
    for low in (0, 1, 0xBEEF, 0xFFFF):
        h = (np.arange(2**16, dtype=np.uint64) << np.uint64(16)) | np.uint64(low)
        for j in (0, 1, 5, 31, 49):
            r = np.array([fx.int_bits(int(x), [j])[0] for x in h[::1]], np.int64)
            counts = np.bincount(r, minlength=2**fx.SHIFT)
            assert counts.min() == counts.max() == 4, (low, j)  # exactly uniform: 2^16 values onto 2^14
            codes = fx.int_rule(np.full(r.size, q), a, np.full(r.size, xq), b, r)
            assert codes.mean() == (q * a + xq * b) / 2**fx.SHIFT
