"""runtime/support.ll on its own: each function against sgdc.ir.ops (the interpreter's meaning)."""
from __future__ import annotations

import ctypes
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sgdc.backend.jit import KernelLibrary, support_ir
from sgdc.ir.ops import SCALAR_FUNCS

WRAPPERS = """
declare float @sgdc_sigmoid_f32(float)
declare float @sgdc_softplus_f32(float)
declare float @sgdc_sign_f32(float)
declare float @sgdc_ge_f32(float, float)
define float @t_sigmoid(float %x) { %r = call float @sgdc_sigmoid_f32(float %x)
  ret float %r }
define float @t_softplus(float %x) { %r = call float @sgdc_softplus_f32(float %x)
  ret float %r }
define float @t_sign(float %x) { %r = call float @sgdc_sign_f32(float %x)
  ret float %r }
define float @t_ge(float %a, float %b) { %r = call float @sgdc_ge_f32(float %a, float %b)
  ret float %r }
"""

F1 = ctypes.CFUNCTYPE(ctypes.c_float, ctypes.c_float)
F2 = ctypes.CFUNCTYPE(ctypes.c_float, ctypes.c_float, ctypes.c_float)


@pytest.fixture(scope="module", params=["host", "generic"])
def lib(request):
    k = KernelLibrary("support-test", generic=request.param == "generic")
    k.add_ir(WRAPPERS)
    k.finalise()
    return {
        "sigmoid": F1(k.address("t_sigmoid")), "softplus": F1(k.address("t_softplus")),
        "sign": F1(k.address("t_sign")), "ge": F2(k.address("t_ge")), "_lib": k,
    }


def test_support_is_package_data():
    assert "sgdc_sigmoid_f32" in support_ir()


finite = st.floats(-1e4, 1e4, allow_nan=False, width=32)


@settings(max_examples=300, deadline=None)
@given(finite)
def test_unary_functions_match_ops(lib, x):
    for name in ("sigmoid", "softplus", "sign"):
        got = lib[name](x)
        want = SCALAR_FUNCS[name](float(np.float32(x)))
        assert math.isfinite(got), (name, x)
        assert got == pytest.approx(want, rel=2e-6, abs=1e-30), (name, x, got, want)


@settings(max_examples=200, deadline=None)
@given(finite, finite)
def test_ge_matches_ops(lib, a, b):
    assert lib["ge"](a, b) == SCALAR_FUNCS["ge"](float(np.float32(a)), float(np.float32(b)))


def test_extremes_never_overflow(lib):
    assert lib["sigmoid"](-1e30) == 0.0 and lib["sigmoid"](1e30) == 1.0
    assert lib["softplus"](1e30) == pytest.approx(1e30) and lib["softplus"](-1e30) == 0.0
    assert lib["sign"](0.0) == 0.0 and lib["sign"](-0.0) == 0.0
    assert lib["sign"](float("nan")) == 0.0
    assert lib["ge"](float("nan"), 1.0) == 0.0


# -- exp, log, log1p: the inlined float32 formulas (sgdc/ir/mathf.py) ---------------------------------------

from sgdc.ir import mathf  # noqa: E402

MATH = {"exp": ("sgdc_exp_f32", mathf.expf, math.exp, 1), "log": ("sgdc_log_f32", mathf.logf, math.log, 1),
        "log1p": ("sgdc_log1p_f32", mathf.log1pf, math.log1p, 2)}


@pytest.fixture(scope="module", params=["host", "generic"])
def mathlib(request):
    text = "".join(f"declare float @{fn}(float)\ndefine float @t_{name}(float %x) {{ %r = call float @{fn}(float %x)\n"
                   f"  ret float %r }}\n" for name, (fn, *_rest) in MATH.items())
    k = KernelLibrary("math-test", generic=request.param == "generic")
    k.add_ir(text)
    k.finalise()
    return {name: F1(k.address(f"t_{name}")) for name in MATH} | {"_lib": k}


def _bits(x) -> int:
    return int(np.array([x], dtype=np.float32).view(np.uint32)[0])


SPECIALS = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 1e-45, -1e-45, 2.0**-126, 88.72, 88.73, 89.0,
                     -87.3, -103.9, -104.0, -200.0, 3.4e38, -0.9999999, 1e-30, -1e-30, 0.5, 2.0], dtype=np.float32)


@pytest.mark.parametrize("name", sorted(MATH))
def test_math_compiled_equals_python_bit_for_bit(mathlib, name):
    """Random bit patterns (every exponent, NaNs, infinities, subnormals) and the edges: the kernel's function and
    the reference's give the same bits (NaN: any NaN)."""
    rng = np.random.default_rng(7)
    xs = np.concatenate([rng.integers(0, 2**32, 20000, dtype=np.uint64).astype(np.uint32).view(np.float32),
                         rng.uniform(-110, 95, 5000).astype(np.float32), SPECIALS])
    py = MATH[name][1]
    for x in xs:
        got, want = np.float32(mathlib[name](float(x))), py(x)
        assert _bits(got) == _bits(want) or (np.isnan(got) and np.isnan(want)), (name, x, got, want)


@pytest.mark.parametrize("name", sorted(MATH))
def test_math_accuracy_in_ulps(name):
    """Against float64 math, rounded to float32: exp and log within 1 ulp, log1p within 2, over their ranges."""
    _, py, exact, ulps = MATH[name]
    rng = np.random.default_rng(3)
    if name == "exp":
        xs = rng.uniform(-87.3, 88.7, 20000)
    elif name == "log":
        xs = np.exp(rng.uniform(-103, 88, 20000))
    else:
        xs = np.concatenate([rng.uniform(-0.999, 1.0, 10000), np.exp(rng.uniform(-60, 80, 10000))])
    for x in xs.astype(np.float32):
        want = np.float32(exact(float(x)))
        assert abs(_bits(py(x)) - _bits(want)) <= ulps, (name, x, py(x), want)


def test_math_special_values():
    inf, nan = float("inf"), float("nan")
    assert mathf.expf(inf) == inf and mathf.expf(-inf) == 0 and mathf.expf(89.0) == inf and mathf.expf(-104.0) == 0
    assert np.isnan(mathf.expf(nan)) and mathf.expf(0.0) == 1.0
    assert mathf.logf(0.0) == -inf and np.isnan(mathf.logf(-1.0)) and mathf.logf(inf) == inf and mathf.logf(1.0) == 0
    assert mathf.logf(1e-45) == pytest.approx(math.log(1.401298464324817e-45), rel=1e-6)  # the smallest subnormal
    assert mathf.log1pf(-1.0) == -inf and np.isnan(mathf.log1pf(-2.0)) and mathf.log1pf(inf) == inf
    assert mathf.log1pf(1e-30) == np.float32(1e-30) and _bits(mathf.log1pf(-0.0)) == _bits(np.float32(-0.0))
