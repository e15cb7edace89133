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
