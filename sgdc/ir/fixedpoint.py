"""The fixed-point rules, each written once: the numpy reference and the LLVM emitter of a rule side by side.

A ``b``-bit code ``q`` lies in ``[-Q, Q]``, ``Q = 2^(b-1) - 1`` (:func:`qmax`;
symmetric, so negation cannot overflow) and means ``q * scale``.  Everything
that turns reals into codes, codes into reals, or draws the random numbers
that unbiased rounding needs is defined here and nowhere else:

=========================  ==========================  =================================================
rule                       numpy (reference)           LLVM emitter (kernels, exchanges, driver merges)
=========================  ==========================  =================================================
largest code               :func:`qmax`                (a constant)
the hash (lowbias32)       :func:`hash32`              :func:`emit_hash32`
the worker's state step    :func:`xorshift32`          :func:`emit_xorshift32`
a draw's key               :func:`stream_key`          :func:`emit_stream_key`
hash bits -> [0, 1)        :func:`unit_uniform`        :func:`emit_unit_uniform`
the uniform of a draw      :func:`uniforms`            :func:`emit_uniform`
a strided draw             :func:`stride_uniforms`     :func:`emit_stride_uniform`
finite per-update factors  :func:`finite`              :func:`emit_finite`
an update's stride hash    :func:`stride_hash`         :func:`emit_stride_hash`
integer rule: u, factor    :func:`factor_uniform`,     :func:`emit_factor_uniform`,
                           :func:`int_factor`          :func:`emit_int_factor`
integer rule: bits, rule   :func:`int_bits`,           :func:`emit_int_bits`, (the printer's packed
                           :func:`int_rule`            pairs: ``vpdpwssd``/``vpmaddwd``)
round ``floor(v + r)``     :func:`round_draw`          :func:`emit_round_draw`
round half to even         :func:`round_even`          :func:`emit_round_even`
saturate to ``[-Q, Q]``    :func:`saturate`            :func:`emit_saturate`
round, then saturate       :func:`round_to_code`       :func:`emit_round_to_code`
widen a code               (``astype``)                :func:`emit_widen`
decode ``code * scale``    :func:`decode`              :func:`emit_decode`
quantise ``x / scale``     :func:`quantise`            (kernels divide by a power of two: see below)
codes of values on a grid  :func:`grid_codes`          (kernels hold codes already)
=========================  ==========================  =================================================

Users: :mod:`sgdc.ir.precision` (``quantize``, ``to_codes``, ``from_codes``, the
stream's names), :mod:`sgdc.runtime.interp` (the exact mode's ``run_coord``: the lowered
coordinate rule's ops), :mod:`sgdc.distributed` (``encode``/``decode``),
:mod:`sgdc.backend.codegen` (the printer of the lowered ops ``widen decode draw round
saturate``, the private copies' ``exchange``, the per-example state step, integer dots) and
:mod:`sgdc.backend.driver` (the merges).  ``tests/test_fixedpoint.py`` runs every
emitter against its reference, bit for bit, on the host and the generic target.

**Rounding** of a real ``v`` (in units of the scale) to an integer is
``floor(v + r)``: ``r = 1/2`` rounds to nearest (biased: small updates
vanish); ``r`` uniform in ``[0, 1)`` rounds unbiasedly (``E[round(v)] = v``).
Where it happens in float32 (a kernel's update and the exact interpreter) or
in float64 (data and params on entry, distributed messages) is the caller's
type, not a second rule.  The driver's merges round averaged moves half to
even (:func:`round_even`), deterministically, as :func:`grid_codes` does for
values that lie on the grid already.

**Saturation** clamps to ``[-Q, Q]``; nothing wraps.  ``nan_to_zero`` says
what a NaN becomes: a kernel's update keeps 0 (a NaN is not a number of
steps; the exact interpreter does the same).  The numpy paths on entry
(``quantize``, ``to_codes``, ``encode``) leave it off, as they always did
(``encode`` rejects a non-finite update before); the driver's merges see
integer codes only.  The two behaviours are one function with a parameter.

**The random stream** (shared by the kernels and the reference interpreter, so
a one-thread run is reproducible bit for bit): each worker has a 32-bit
xorshift state ``s``, seeded from (seed, epoch, worker) (:func:`seed_state`);
it advances once per example (:func:`xorshift32`); the uniform for element
``j`` of the example's ``m``-th update is ``hash32(s ^ (m * GOLDEN) ^ (j *
MIXER)) >> 8`` scaled by ``2^-24``.  With ``draw vector`` every element of one
update shares the draw of ``j = 0`` (one draw per vector instead of one per
lane: cheaper, still unbiased per coordinate, but the rounding errors of one
update are correlated).  With ``draw stride`` update ``m`` hashes once, ``h =
hash32(s ^ (m * GOLDEN))``, and element ``j`` takes ``(h + j * STRIDE) mod
2^32`` (a Weyl sequence; ``STRIDE`` odd): for every ``j`` that is a fixed shift
of a uniform 32-bit ``h``, so it is exactly as uniform as ``h`` and the rounding
exactly as unbiased as ``draw lane``, while a coordinate pays one multiply and
one add instead of the hash (the hash is loop-invariant: it runs once per update).
Elements of one update are not independent (their offsets are fixed: the
rounding errors are spread evenly, not at random); across examples and updates
they are, through ``h``.  A private copy's exchange draws with no state, ``m``
the example position and ``j`` the coordinate.

**Decoding** is ``float32(code) * float32(scale)``: the code (or an exact
integer sum of code products, in the integer dots) is converted to float32,
then one float32 product.  For a stored code (at most 16 bits) and a float32
scale this equals the float64 product rounded once to float32, which is what
``dataset.Dense.row``/``Sparse.row`` compute for the float64 interpreter.

**Quantising** in the kernels multiplies by ``1 / delta`` (exact: a power of
two) inside the update formula and then applies :func:`emit_round_to_code`;
the numpy :func:`quantise` divides by the scale in float64 (a distributed
message's scale is not a power of two) and applies :func:`round_to_code`.
"""
from __future__ import annotations

import numpy as np
from llvmlite import ir

I32 = ir.IntType(32)
F32 = ir.FloatType()
F64 = ir.DoubleType()
_M32 = 0xFFFFFFFF


def const(ty, value) -> ir.Constant:
    """A constant of ``ty``, or of ``ty``'s element type splat over its lanes (the emitters below work on
    scalars and on vectors of lanes alike: the sparse update's gathered form prints a rule on vectors)."""
    if isinstance(ty, ir.VectorType):
        return ir.Constant(ty, [value] * ty.count)
    return ir.Constant(ty, value)


def like(v: ir.Value, elem) -> ir.Type:
    """``elem`` with ``v``'s lanes: ``elem`` itself for a scalar, ``<n x elem>`` for a vector of ``n``."""
    return ir.VectorType(elem, v.type.count) if isinstance(v.type, ir.VectorType) else elem


def _is_int(ty) -> bool:
    return isinstance(ty.element if isinstance(ty, ir.VectorType) else ty, ir.IntType)


# -- codes ---------------------------------------------------------------------------------------------

def qmax(bits: int) -> int:
    """``Q = 2^(bits-1) - 1``: the largest code of ``bits`` bits (symmetric: ``-Q`` is the smallest)."""
    return (1 << (bits - 1)) - 1


def int_dtype(bits: int):
    """The numpy type that stores ``bits``-bit codes."""
    return {8: np.int8, 16: np.int16}[bits]


# -- the random stream ---------------------------------------------------------------------------------

GOLDEN = 0x9E3779B9  # the update number's multiplier in a draw's key
STRIDE = GOLDEN  # ``draw stride``: the Weyl step between elements (2^32 / golden ratio, odd)
MIXER = 0x85EBCA6B  # the element's multiplier in a draw's key
#: lowbias32 (Chris Wellons' hash-prospector): ``x ^= x >> s; x *= m`` three times, the last without a multiply
LOWBIAS32 = ((16, 0x7FEB352D), (15, 0x846CA68B), (16, None))
#: xorshift32 (Marsaglia 2003): the shifts of one step, left (``shl``) or right (``lshr``)
XORSHIFT32 = (("shl", 13), ("lshr", 17), ("shl", 5))
UNIFORM_SHIFT, UNIFORM_SCALE = 8, 2.0 ** -24  # the top 24 hash bits, times 2^-24: a float32 in [0, 1)


def hash32(x):
    """lowbias32 of a Python int or of a numpy array (as uint32)."""
    if isinstance(x, np.ndarray):
        x = x.astype(np.uint32)
        for shift, mul in LOWBIAS32:
            x ^= x >> np.uint32(shift)
            if mul is not None:
                x = (x * np.uint32(mul)).astype(np.uint32)
        return x
    x &= _M32
    for shift, mul in LOWBIAS32:
        x ^= x >> shift
        if mul is not None:
            x = (x * mul) & _M32
    return x


def emit_hash32(b: ir.IRBuilder, x: ir.Value) -> ir.Value:
    """:func:`hash32` of an i32."""
    for shift, mul in LOWBIAS32:
        x = b.xor(x, b.lshr(x, const(x.type, shift)))
        if mul is not None:
            x = b.mul(x, const(x.type, mul))
    return x


def xorshift32(s: int) -> int:
    """One step of a worker's state."""
    for op, k in XORSHIFT32:
        s ^= ((s << k) & _M32) if op == "shl" else (s >> k)
    return s & _M32


def emit_xorshift32(b: ir.IRBuilder, s: ir.Value) -> ir.Value:
    """:func:`xorshift32` of an i32."""
    for op, k in XORSHIFT32:
        s = b.xor(s, (b.shl if op == "shl" else b.lshr)(s, ir.Constant(I32, k)))
    return s


def seed_state(seed: int, epoch: int, worker: int) -> int:
    """A nonzero 32-bit xorshift state for (seed, epoch, worker)."""
    x = (int(seed) * 0x632BE5AB + int(epoch) * 0x27D4EB2F + int(worker) * 0x165667B1 + GOLDEN) & _M32
    x = hash32(x)
    return x or 0x6D2B79F5


def stream_key(state: int, m: int, js) -> np.ndarray:
    """The keys (uint32) of draws ``js`` of update (or position) ``m``: ``state ^ m * GOLDEN ^ j * MIXER``."""
    return (np.uint32(state) ^ np.uint32((m * GOLDEN) & _M32)) ^ \
        (np.asarray(js).astype(np.uint64) * MIXER & _M32).astype(np.uint32)


def _as_i32(b: ir.IRBuilder, v):
    return v if v.type == like(v, I32) else b.trunc(v, like(v, I32))


def emit_stream_key(b: ir.IRBuilder, state, m, j) -> ir.Value:
    """:func:`stream_key` in i32.  ``state``: an i32, or None (a private copy's exchange: no state); ``m``: a
    Python int (an update's number) or an integer value (an example position: its low 32 bits); ``j``: an
    integer value (the element), or None (``draw vector``: every element draws with ``j = 0``)."""
    mpart = ir.Constant(I32, (m * GOLDEN) & _M32) if isinstance(m, int) else \
        b.mul(_as_i32(b, m), ir.Constant(I32, GOLDEN))
    key = mpart if state is None else b.xor(state, mpart)
    if j is not None:
        j = _as_i32(b, j)
        if isinstance(j.type, ir.VectorType):  # lanes of elements (the gathered sparse update)
            key = splat(b, key, j.type.count)
        key = b.xor(key, b.mul(j, const(j.type, MIXER)))
    return key


SAMPLE_TAG = 0x5A3C  # the draw number of the k-th sampled index field is SAMPLE_TAG + k (no update has it)


def sample_keys(state, es, k: int) -> np.ndarray:
    """The keys (uint32) of sampled field ``k``'s draws: in training ``state ^ (SAMPLE_TAG + k) * GOLDEN`` (the
    worker's stream, stepped once an example; ``es`` unused), elsewhere (``state`` None: losses of held-out
    data) ``e * GOLDEN ^ (SAMPLE_TAG + k) * MIXER`` of each example ``e`` in ``es``: the same draws whoever
    evaluates them."""
    if state is not None:
        return np.asarray(stream_key(state, SAMPLE_TAG + k, np.zeros(1, np.int64)), dtype=np.uint32)
    es = np.asarray(es).astype(np.uint64)
    return ((es * GOLDEN & _M32) ^ ((SAMPLE_TAG + k) * MIXER & _M32)).astype(np.uint32)


def sample_index(keys, n: int) -> np.ndarray:
    """Uniform draws in ``[0, n)`` from keys: ``(hash32(key) * n) >> 32`` (no float rounding, any ``n``)."""
    h = hash32(np.asarray(keys, dtype=np.uint32)).astype(np.uint64)
    return ((h * np.uint64(n)) >> np.uint64(32)).astype(np.int64)


ALIAS_TAG = 0x100  # the alias test's uniform of sampled field k is keyed by SAMPLE_TAG + ALIAS_TAG + k


def alias_pick(bucket: int, u, prob, alias, n: int) -> int:
    """An alias table's draw: ``bucket`` if ``u < prob[bucket]``, else its alias (a float32 item number; one
    outside ``[0, n)``, or NaN, from a damaged model file: ``bucket``)."""
    if np.float32(u) < np.float32(prob[bucket]):
        return int(bucket)
    a = np.float32(alias[bucket])
    return int(a) if (a >= 0) and (a < np.float32(n)) else int(bucket)


def sample_uniform(state, es, k: int) -> np.ndarray:
    """The alias test's float32 uniforms of sampled field ``k`` (keys as :func:`sample_keys`, tag ``ALIAS_TAG + k``)."""
    return unit_uniform(hash32(sample_keys(state, es, ALIAS_TAG + k)))


def emit_sample_uniform(b: ir.IRBuilder, state, e, k: int) -> ir.Value:
    """:func:`sample_uniform` of one example (a float)."""
    return emit_unit_uniform(b, emit_hash32(b, _emit_sample_key(b, state, e, ALIAS_TAG + k)))


def emit_alias_pick(b: ir.IRBuilder, bucket, u, prob_ptr, alias_ptr, n) -> ir.Value:
    """:func:`alias_pick` in i64 (``prob_ptr``/``alias_ptr``: float32 arrays; ``n`` an i64)."""
    f32, i64 = ir.FloatType(), ir.IntType(64)
    p = b.load(b.gep(prob_ptr, [bucket], inbounds=True, source_etype=f32), typ=f32)
    a = b.load(b.gep(alias_ptr, [bucket], inbounds=True, source_etype=f32), typ=f32)
    ok = b.and_(b.fcmp_ordered(">=", a, ir.Constant(f32, 0.0)), b.fcmp_ordered("<", a, b.sitofp(n, f32)))
    other = b.select(ok, b.fptosi(b.select(ok, a, ir.Constant(f32, 0.0)), i64), bucket)
    return b.select(b.fcmp_ordered("<", u, p), bucket, other)


def emit_sample_index(b: ir.IRBuilder, state, e, k: int, n) -> ir.Value:
    """:func:`sample_index` of one example in i64: ``state`` the worker's i32 state (training), or None (``e``,
    the example, keys the draw); ``n`` an i64 extent."""
    i64 = ir.IntType(64)
    h = b.zext(emit_hash32(b, _emit_sample_key(b, state, e, k)), i64)
    return b.lshr(b.mul(h, n), ir.Constant(i64, 32))


def _emit_sample_key(b: ir.IRBuilder, state, e, k: int) -> ir.Value:
    """:func:`sample_keys` of one example in i32."""
    if state is not None:
        return emit_stream_key(b, state, SAMPLE_TAG + k, None)
    return b.xor(b.mul(_as_i32(b, e), ir.Constant(I32, GOLDEN)), ir.Constant(I32, ((SAMPLE_TAG + k) * MIXER) & _M32))


def unit_uniform(h) -> np.ndarray:
    """float32 uniforms in ``[0, 1)`` from hash bits: the top 24 bits times ``2^-24``."""
    bits = np.asarray(h, dtype=np.uint32) >> np.uint32(UNIFORM_SHIFT)
    return (bits.astype(np.float32) * np.float32(UNIFORM_SCALE)).astype(np.float32)


def emit_unit_uniform(b: ir.IRBuilder, h: ir.Value) -> ir.Value:
    """:func:`unit_uniform` of an i32 (a float)."""
    f = like(h, F32)
    return b.fmul(b.uitofp(b.lshr(h, const(h.type, UNIFORM_SHIFT)), f), const(f, UNIFORM_SCALE))


def uniforms(state: int, update: int, js: np.ndarray, shared: bool) -> np.ndarray:
    """float32 uniforms in [0, 1) for elements ``js`` of update number ``update`` (see the module doc)."""
    js = np.zeros_like(js) if shared else np.asarray(js)
    return unit_uniform(hash32(stream_key(state, update, js).astype(np.uint32)))


def emit_uniform(b: ir.IRBuilder, state, m, j) -> ir.Value:
    """:func:`uniforms` of one element (arguments as :func:`emit_stream_key`)."""
    return emit_unit_uniform(b, emit_hash32(b, emit_stream_key(b, state, m, j)))


def stride_uniforms(state: int, update: int, js) -> np.ndarray:
    """``draw stride``: float32 uniforms in [0, 1) for elements ``js`` of update ``update``, ``(h + j * STRIDE)
    mod 2^32`` with ``h = hash32(state ^ update * GOLDEN)`` (see the module doc)."""
    h = np.uint64(stride_hash(state, update))
    js = np.asarray(js).astype(np.uint64)
    return unit_uniform(((h + js * np.uint64(STRIDE)) & np.uint64(_M32)).astype(np.uint32))


def emit_stride_uniform(b: ir.IRBuilder, state, m: int, j) -> ir.Value:
    """:func:`stride_uniforms` of one element (``state`` an i32, ``m`` the update's number, ``j`` an integer
    value, or a vector of them).  The hash does not depend on ``j``: LLVM hoists it out of the update's loop."""
    h = emit_stride_hash(b, state, m)
    j = _as_i32(b, j)
    if isinstance(j.type, ir.VectorType):
        h = splat(b, h, j.type.count)
    return emit_unit_uniform(b, b.add(h, b.mul(j, const(j.type, STRIDE))))


def stride_hash(state: int, update: int) -> int:
    """``h = hash32(state ^ update * GOLDEN)``: the hash an update draws once (``draw stride``)."""
    return hash32((int(state) ^ (update * GOLDEN)) & _M32)


def emit_stride_hash(b: ir.IRBuilder, state, m: int) -> ir.Value:
    """:func:`stride_hash` of an i32 state."""
    return emit_hash32(b, emit_stream_key(b, state, m, None))


# -- the integer rule of a coded row (packed 16-bit lanes) ---------------------------------------------------
#
# ``v = qf * A - B * xq`` (float32, then round) becomes, with both codes kept as integers,
#
#     a = floor(A * 2^SHIFT + u),  b = floor(-B * 2^SHIFT + u)     once per update; u in [0, 1); clamped to 16 bits
#     code = clamp((q * a + xq * b + r) >> SHIFT, -Q, Q)           at each coordinate; r in [0, 2^SHIFT)
#
# Unbiased rounding: ``u = (h mod 2^16) / 2^16`` and ``r_j = ((h + j * STRIDE) mod 2^32) >> (32 - SHIFT)``
# with ``h`` the update's :func:`stride_hash`; to nearest: ``u = 1/2``, ``r = 2^(SHIFT-1)``.  Given h's low 16
# bits (which fix a and b), ``(h + c) >> 16`` is uniform for any constant ``c`` (h's high half is uniform and
# independent of its low half), so r_j is uniform on [0, 2^SHIFT) given a and b and E[code] = (q E[a] + xq
# E[b]) / 2^SHIFT exactly; E[a] = A 2^SHIFT up to 2^-16 (u's grid).  The products fit ``vpmaddwd``: two 16-bit
# products and r stay below 2^31.

SHIFT = 14  # fractional bits of the integer factors: A (|A| <= 1 in every folded rule) times 2^14 fits 16 bits
FACTOR_MAX = (1 << 15) - 1  # |a|, |b| at most (a factor beyond it saturates: |B| >= 2, a diverging step)
U_BITS = 16  # the factors' uniform: h's low 16 bits


def factor_uniform(h: int) -> float:
    """``u`` of the factors' rounding: ``(h mod 2^16) / 2^16``."""
    return (int(h) & ((1 << U_BITS) - 1)) / float(1 << U_BITS)


def emit_factor_uniform(b: ir.IRBuilder, h: ir.Value) -> ir.Value:
    """:func:`factor_uniform` of an i32 (a double)."""
    low = b.and_(h, ir.Constant(I32, (1 << U_BITS) - 1))
    return b.fmul(b.uitofp(low, F64), ir.Constant(F64, 2.0 ** -U_BITS))


def int_factor(x, u) -> int:
    """``clamp(floor(x * 2^SHIFT + u), -FACTOR_MAX, FACTOR_MAX)`` in float64 (``x`` a float32, exact sums); a
    NaN gives 0 (the folded rules' factors are finite: :func:`finite`)."""
    v = np.floor(np.float64(np.float32(x)) * float(1 << SHIFT) + np.float64(u))
    return 0 if np.isnan(v) else int(min(max(v, -FACTOR_MAX), FACTOR_MAX))


def emit_int_factor(b: ir.IRBuilder, x: ir.Value, u: ir.Value) -> ir.Value:
    """:func:`int_factor` of a float32 ``x`` and a double ``u``: an i32."""
    v = b.fadd(b.fmul(b.fpext(x, F64), ir.Constant(F64, float(1 << SHIFT))), u)
    v = _intrinsic(b, "llvm.floor", v)
    hi, lo = ir.Constant(F64, float(FACTOR_MAX)), ir.Constant(F64, float(-FACTOR_MAX))
    v = b.select(b.fcmp_ordered(">", v, hi), hi, v)
    v = b.select(b.fcmp_ordered("<", v, lo), lo, v)
    v = b.select(b.fcmp_unordered("uno", v, v), ir.Constant(F64, 0.0), v)  # (the rules' factors are finite)
    return b.fptosi(v, I32)


def int_bits(h: int, js) -> np.ndarray:
    """``r_j = ((h + j * STRIDE) mod 2^32) >> (32 - SHIFT)`` (int64) for elements ``js``."""
    js = np.asarray(js).astype(np.uint64)
    w = (np.uint64(h) + js * np.uint64(STRIDE)) & np.uint64(_M32)
    return (w >> np.uint64(32 - SHIFT)).astype(np.int64)


def emit_int_bits(b: ir.IRBuilder, h: ir.Value, j) -> ir.Value:
    """:func:`int_bits` of i32 ``h`` (a scalar or lanes) at elements ``j`` (an integer value or lanes)."""
    j = _as_i32(b, j)
    if isinstance(j.type, ir.VectorType) and not isinstance(h.type, ir.VectorType):
        h = splat(b, h, j.type.count)
    return b.lshr(b.add(h, b.mul(j, const(j.type, STRIDE))), const(j.type, 32 - SHIFT))


def int_rule(q, a: int, xq, bf: int, r) -> np.ndarray:
    """``(q * a + xq * b + r) >> SHIFT`` in int64 (codes as numbers of any type; the caller saturates)."""
    q, xq = np.asarray(q).astype(np.int64), np.asarray(xq).astype(np.int64)
    return (q * np.int64(a) + xq * np.int64(bf) + np.asarray(r).astype(np.int64)) >> np.int64(SHIFT)


def splat(b: ir.IRBuilder, v: ir.Value, n: int) -> ir.Value:
    """A scalar broadcast to ``n`` lanes."""
    vec = b.insert_element(ir.Constant(ir.VectorType(v.type, n), ir.Undefined), v, ir.Constant(I32, 0))
    return b.shuffle_vector(vec, vec, ir.Constant(ir.VectorType(I32, n), [0] * n))


#: the bound of :func:`finite`: far beyond any code (2^15) times any data code, far inside float32
FINITE_BOUND = 2.0 ** 100


def finite(x, other, fallback: float):
    """A per-update factor made safe once so the per-coordinate rule needs no NaN test: ``x`` clamped to
    ``[-FINITE_BOUND, FINITE_BOUND]``, or ``fallback`` where ``x`` or ``other`` is NaN (float32)."""
    x, other = np.float32(x), np.float32(other)
    if np.isnan(x) or np.isnan(other):
        return np.float32(fallback)
    return np.float32(min(max(x, np.float32(-FINITE_BOUND)), np.float32(FINITE_BOUND)))


def emit_finite(b: ir.IRBuilder, x: ir.Value, other: ir.Value, fallback: float) -> ir.Value:
    """:func:`finite` of two float32 values."""
    hi, lo = ir.Constant(x.type, FINITE_BOUND), ir.Constant(x.type, -FINITE_BOUND)
    c = b.select(b.fcmp_ordered(">", x, hi), hi, x)
    c = b.select(b.fcmp_ordered("<", c, lo), lo, c)
    nan = b.or_(b.fcmp_unordered("uno", x, x), b.fcmp_unordered("uno", other, other))
    return b.select(nan, ir.Constant(x.type, fallback), c)


# -- rounding and saturation ---------------------------------------------------------------------------

def _intrinsic(b: ir.IRBuilder, name: str, v: ir.Value) -> ir.Value:
    """``name.f32`` / ``name.f64`` of a float value, declared in the builder's module on first use."""
    elem = v.type.element if isinstance(v.type, ir.VectorType) else v.type
    suffix = 'f32' if elem == F32 else 'f64'
    full = f"{name}.{f'v{v.type.count}{suffix}' if isinstance(v.type, ir.VectorType) else suffix}"
    fn = b.module.globals.get(full) or ir.Function(b.module, ir.FunctionType(v.type, [v.type]), full)
    return b.call(fn, [v])


def round_draw(v, r, dtype=None):
    """``floor(v + r)``: to nearest with ``r = 1/2``, unbiased with ``r`` uniform in ``[0, 1)``.  The sum is
    taken in the inputs' type, or cast to ``dtype`` (float32: as the kernels round) before the floor."""
    s = v + r
    if dtype is not None:
        s = np.asarray(s).astype(dtype)
    return np.floor(s)


def emit_round_draw(b: ir.IRBuilder, v: ir.Value, r: ir.Value) -> ir.Value:
    """:func:`round_draw` in ``v``'s float type."""
    return _intrinsic(b, "llvm.floor", b.fadd(v, r))


def round_even(v):
    """To nearest, halves to even (``rint``)."""
    return np.rint(v)


def emit_round_even(b: ir.IRBuilder, v: ir.Value) -> ir.Value:
    """:func:`round_even` in ``v``'s float type."""
    return _intrinsic(b, "llvm.rint", v)


def saturate(q, bits: int, nan_to_zero: bool = False):
    """``q`` clamped to ``[-Q, Q]`` (same type); with ``nan_to_zero`` a NaN becomes 0 (see the module doc)."""
    Q = qmax(bits)
    out = np.clip(q, -Q, Q)
    if nan_to_zero:
        out = np.where(np.isnan(out), 0, out)
    return out


def emit_saturate(b: ir.IRBuilder, q: ir.Value, bits: int, nan_to_zero: bool = False) -> ir.Value:
    """:func:`saturate` of a float or of an integer value (the integer may be wider than ``bits``)."""
    Q = qmax(bits)
    if _is_int(q.type):
        hi, lo = const(q.type, Q), const(q.type, -Q)
        q = b.select(b.icmp_signed(">", q, hi), hi, q)
        return b.select(b.icmp_signed("<", q, lo), lo, q)
    hi, lo = const(q.type, float(Q)), const(q.type, float(-Q))
    q = b.select(b.fcmp_ordered(">", q, hi), hi, q)
    q = b.select(b.fcmp_ordered("<", q, lo), lo, q)
    if nan_to_zero:
        q = b.select(b.fcmp_unordered("uno", q, q), const(q.type, 0.0), q)
    return q


def round_to_code(v, r, bits: int, nan_to_zero: bool = False, dtype=None):
    """``saturate(floor(v + r))``: a code (as a float of ``v``'s type, or of ``dtype``)."""
    q = saturate(round_draw(v, r, dtype), bits, nan_to_zero)
    return q if dtype is None else q.astype(dtype)


def emit_round_to_code(b: ir.IRBuilder, v: ir.Value, r: ir.Value, bits: int, nan_to_zero: bool = False) -> ir.Value:
    """:func:`round_to_code` in ``v``'s float type."""
    return emit_saturate(b, emit_round_draw(b, v, r), bits, nan_to_zero)


# -- codes and values ----------------------------------------------------------------------------------

_CODE_CHUNK = 1 << 20  # entries converted at a time between codes and values (bounded temporaries)


def quantise(x, scale: float, bits: int, r) -> np.ndarray:
    """Codes (``int_dtype(bits)``) of ``x`` at ``scale``: ``round_to_code(x / scale, r)`` in float64;
    ``r`` is 1/2 (nearest) or an array of uniforms in [0, 1) of ``x``'s shape (unbiased)."""
    v = np.asarray(x, dtype=np.float64) / scale
    return round_to_code(v, r, bits).astype(int_dtype(bits))


def grid_codes(values, scale: float) -> np.ndarray:
    """The codes (float64) of values that lie on the grid of ``scale`` (exact: the scale is a power of two);
    half to even, so a value off the grid goes to its nearest code, never wrapped nor saturated."""
    return round_even(np.asarray(values).astype(np.float64) / scale)


def decode(codes, scale: float) -> np.ndarray:
    """The float32 values ``float32(codes) * float32(scale)`` (a new C-ordered array, made chunk by chunk; a
    0-d array for a single code: ``decode(c, s)[()]`` is the float32 scalar)."""
    codes = np.asarray(codes)
    s32 = np.float32(scale)
    out = np.empty(codes.shape, dtype=np.float32)
    flat, dst = codes.reshape(-1), out.reshape(-1)
    for s in range(0, flat.size, _CODE_CHUNK):
        np.multiply(flat[s:s + _CODE_CHUNK].astype(np.float32), s32, out=dst[s:s + _CODE_CHUNK])
    return out


def emit_widen(b: ir.IRBuilder, code: ir.Value, ty=F32) -> ir.Value:
    """A code (any integer width, signed) as a float of type ``ty``; a float is returned as it is."""
    return code if not _is_int(code.type) else b.sitofp(code, like(code, ty))


def emit_decode(b: ir.IRBuilder, code: ir.Value, scale: ir.Value, flags=()) -> ir.Value:
    """:func:`decode` of one code (or of one already widened): ``float32(code) * scale``; ``flags``: the
    kernel's fast-math flags (none in the exact kernels)."""
    v = b.fmul(emit_widen(b, code, scale.type), scale)
    v.flags.extend(flags)
    return v
