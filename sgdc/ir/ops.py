"""The op registry: everything sgdc knows about an elementwise or reduction op, one record per op.

An :class:`Op` holds an op's name, its kind (how many operands, what it makes),
how the language writes it, and its four meanings:

* ``f64`` -- float64 meaning.  Elementwise ops take Python floats, reductions a
  float64 vector.  It never raises: overflow is ``inf``, an undefined value
  ``nan`` (IEEE), so it is also the one constant evaluator (:func:`evaluate`),
  used by the checker (constant exponents), the schedule (a constant step) and
  differentiation (constant folding).  ``f64_array`` is the same meaning on numpy
  arrays (elementwise ops only).  The reference interpreter runs these.
* ``f32`` -- the exact float32 meaning: bit for bit what the compiled kernels
  compute (IEEE float32 operations in the kernels' order, the same libm calls,
  the formulas of ``runtime/support.ll``, sequential reductions).  The
  interpreter's exact mode (fixed-point models) runs these, and the tests check
  compiled == reference bit for bit.
* ``llvm`` -- the LLVM lowering, ``llvm(cx, *operands)`` with ``cx`` a
  :class:`Lowering` (builder, the kernel's fast-math flags, calls of float
  functions) and llvmlite values (``pow`` also gets its constant exponent as a
  float).  Reductions: ``llvm(cx, n, *elems)``, ``elems`` callables giving element
  ``i`` of each vector operand, over ``cx.reduce`` (the printer's counted loop).
* ``derivative`` -- reverse mode, as :mod:`sgdc.passes.differentiate` needs it:
  ``derivative(d, adj, out, *operands)`` yields, for each operand in order, the
  temp holding its adjoint contribution.  ``adj`` is the adjoint of the result,
  ``out`` the result's temp, ``operands`` the operands' temps (and ``pow``'s
  constant exponent).  ``d(op, *args, shape=None)`` emits an instruction (of the
  instruction's shape unless ``shape`` says otherwise), ``d.num(v)`` a constant,
  ``d.shape(t)`` is a temp's shape.  ``None``: the op's gradient is zero
  (``sign``, ``ge``).

Subgradients: ``sign(0) = 0``, ``ge(a, b) = 1.0 if a >= b else 0.0``; ``abs``
uses ``sign``; ``max(a, b)`` sends the gradient to ``a`` when ``a >= b``.

Everything else reads the registry: the checker (which names are functions,
their arity, what they type to), the update IR's op lists, differentiation,
the interpreter, ``codegen.FunctionEmitter.scalar``/``power``, the schedule's
step evaluator and the highlighter.  Adding an op is one record in
:data:`RECORDS` and one row in ``tests/test_ops.py``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

KINDS = ("unary", "binary", "pow", "reduce", "dot")
SYNTAXES = ("function", "operator", "internal")


@dataclass(frozen=True)
class Op:
    name: str
    kind: str  # unary | binary | pow (one operand and a constant exponent) | reduce (vector -> scalar) | dot
    syntax: str  # function: a builtin called by name; operator: - + * / ^; internal: made by differentiation only
    f64: Callable  # float64 meaning (elementwise: Python floats; reduce/dot: float64 vectors -> float)
    f64_array: Callable | None  # float64 meaning on numpy arrays (elementwise ops)
    f32: Callable  # exact float32 meaning (elementwise: float32 scalars; reduce/dot: float32 vectors)
    llvm: Callable | None  # (Lowering, *operands) -> llvmlite value; None: lowered by codegen's loops
    derivative: Callable | None  # (d, adj, out, *operands) -> the operands' adjoint contributions; None: zero
    doc: str = ""

    @property
    def arity(self) -> int:
        """How many operands (temps) the op reads; ``pow``'s exponent is a constant, not an operand."""
        return 2 if self.kind in ("binary", "dot") else 1

    @property
    def elementwise(self) -> bool:
        return self.kind in ("unary", "binary", "pow")


# -- float64 meanings ------------------------------------------------------------------------------------------


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _softplus(x: float) -> float:
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def _exp(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def _log(x: float) -> float:
    if x > 0:
        return math.log(x)
    return -math.inf if x == 0 else math.nan


def _log1p(x: float) -> float:
    if x > -1:
        return math.log1p(x)
    return -math.inf if x == -1 else math.nan


def _sqrt(x: float) -> float:
    return math.sqrt(x) if x >= 0 else math.nan


def _div(a: float, b: float) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)


def _pow(a: float, c: float) -> float:  # C's pow, as numpy's: IEEE results where Python's ** raises
    with np.errstate(all="ignore"):
        return float(np.power(np.float64(a), np.float64(c)))


def _np_sigmoid(x):
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _np_softplus(x):
    x = np.asarray(x, dtype=np.float64)
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def _np_sign(x):  # 0 for NaN, as sgdc_sign_f32 (np.sign gives NaN)
    x = np.asarray(x, dtype=np.float64)
    return (x > 0).astype(np.float64) - (x < 0)


def logsumexp(v) -> float:
    m = float(np.max(v))
    if not math.isfinite(m):
        return m
    return m + math.log(float(np.sum(np.exp(v - m))))


# -- exact float32 meanings: what the kernels compute, bit for bit ----------------------------------------------

F = np.float32
_LIBM: dict = {}


def libm_f32(name: str, nargs: int = 1):
    """libm's float function ``name`` (``expf``, ``log1pf``...) through ctypes: the code the kernels call."""
    fn = _LIBM.get(name)
    if fn is None:
        import ctypes
        import ctypes.util

        lib = _LIBM.setdefault("", ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6"))
        fn = getattr(lib, name)
        fn.restype = ctypes.c_float
        fn.argtypes = [ctypes.c_float] * nargs
        _LIBM[name] = fn
    return fn


def _x_exp(a):
    return F(libm_f32("expf")(float(a)))


def _x_log(a):
    return F(libm_f32("logf")(float(a)))


def _x_log1p(a):
    return F(libm_f32("log1pf")(float(a)))


def _x_sigmoid(a):  # runtime/support.ll's sgdc_sigmoid_f32
    z = _x_exp(-abs(F(a)))
    den = F(1) + z
    return F(1) / den if a >= 0 else z / den


def _x_softplus(a):  # runtime/support.ll's sgdc_softplus_f32
    relu = F(a) if a > 0 else F(0)
    return relu + _x_log1p(_x_exp(-abs(F(a))))


def _x_pow(a, c):  # as _llvm_pow lowers it
    a = F(a)
    if c == 2.0:
        return a * a
    if c == 0.5:
        return F(np.sqrt(a))
    if float(c).is_integer() and 0 < c <= 8:
        r = a
        for _ in range(int(c) - 1):
            r = r * a
        return r
    return F(libm_f32("powf", 2)(float(a), float(c)))


def _seq_sum(values) -> np.float32:
    acc = F(0)
    for v in np.asarray(values, dtype=np.float32):
        acc = acc + v
    return acc


def _seq_dot(a, b) -> np.float32:
    acc = F(0)
    for x, y in zip(np.asarray(a, dtype=np.float32), np.asarray(b, dtype=np.float32)):
        acc = acc + x * y
    return acc


def _seq_logsumexp(v) -> np.float32:  # codegen's two loops: the max, then the sum of exp(x - max)
    m = F(-np.inf)
    for x in np.asarray(v, dtype=np.float32):
        m = m if m >= x else x
    s = F(0)
    for x in np.asarray(v, dtype=np.float32):
        s = s + _x_exp(x - m)
    return m + _x_log(s)


# -- LLVM lowering -------------------------------------------------------------------------------------------


class Lowering:
    """What an op's ``llvm`` lowering works with: an llvmlite builder, the kernel's fast-math flags
    (none in the exact, fixed-point kernels) and calls of float32 functions."""

    def __init__(self, builder, flags=(), reduce=None):
        self.b = builder
        self.flags = tuple(flags)
        self._reduce = reduce  # the printer's counted loop with an accumulator (reductions need it)

    def reduce(self, n, init, body, name: str):
        """``acc = init; for i in range(n): acc = body(i, acc)``; returns acc (a loop the printer emits)."""
        return self._reduce(n, init, body, name)

    def call(self, name: str, *args):
        """Call an LLVM intrinsic (``llvm.exp.f32``), libm (``log1pf``) or a runtime/support.ll function of
        float32 arguments, declaring it in the module the first time."""
        from llvmlite import ir

        module = self.b.module
        fn = module.globals.get(name)
        if fn is None:
            f32 = ir.FloatType()
            fn = ir.Function(module, ir.FunctionType(f32, [f32] * len(args)), name)
        return self.b.call(fn, list(args))

    def arith(self, instr: str, a, c):
        """``fadd``/``fsub``/``fmul``/``fdiv`` with the kernel's fast-math flags."""
        v = getattr(self.b, instr)(a, c)
        v.flags.extend(self.flags)
        return v

    @staticmethod
    def const(v: float):
        from llvmlite import ir

        return ir.Constant(ir.FloatType(), float(v))


# reductions: ``llvm(cx, n, *elems)`` with ``elems`` callables ``i -> element i`` of each vector operand

def _llvm_sum(cx: Lowering, n, x):
    return cx.reduce(n, cx.const(0.0), lambda i, s: cx.arith("fadd", s, x(i)), "sum")


def _llvm_dot(name: str):
    def lower(cx: Lowering, n, x, y=None):
        y = y or x

        def acc(i, s):
            xi, yi = x(i), y(i)
            return cx.arith("fadd", s, cx.arith("fmul", xi, yi))

        return cx.reduce(n, cx.const(0.0), acc, name)

    return lower


def _llvm_logsumexp(cx: Lowering, n, x):
    m = cx.reduce(n, cx.const(float("-inf")), lambda i, s: OPS["max"].llvm(cx, s, x(i)), "lsemax")
    s = cx.reduce(n, cx.const(0.0),
                  lambda i, s: cx.arith("fadd", s, OPS["exp"].llvm(cx, cx.arith("fsub", x(i), m))), "lse")
    return cx.arith("fadd", m, OPS["log"].llvm(cx, s))


def _llvm_pow(cx: Lowering, a, c: float):
    if c == 2.0:
        return cx.arith("fmul", a, a)
    if c == 0.5:
        return cx.call("llvm.sqrt.f32", a)
    if float(c).is_integer() and 0 < c <= 8:
        r = a
        for _ in range(int(c) - 1):
            r = cx.arith("fmul", r, a)
        return r
    return cx.call("llvm.pow.f32", a, cx.const(c))


# -- derivatives (see the module docstring for d, adj, out and the operands) -------------------------------------


def _d_add(d, A, out, x, y):
    yield A
    yield A


def _d_sub(d, A, out, x, y):
    yield A
    yield d("neg", A, shape=d.shape(A))


def _d_mul(d, A, out, x, y):
    yield d("mul", A, y)
    yield d("mul", A, x)


def _d_div(d, A, out, x, y):
    yield d("div", A, y)
    yield d("neg", d("div", d("mul", A, out), y))


def _d_select(ge_args):
    def derivative(d, A, out, x, y):
        m = d("ge", *ge_args(x, y))
        yield d("mul", A, m)
        yield d("mul", A, d("sub", d.num(1.0), m))

    return derivative


def _d_norm2(d, A, out, v):
    yield d("mul", d("mul", A, d.num(2.0), shape=()), v, shape=d.shape(v))


def _d_logsumexp(d, A, out, v):
    vshape = d.shape(v)
    yield d("mul", A, d("exp", d("sub", v, out, shape=vshape), shape=vshape), shape=vshape)


def _d_dot(d, A, out, x, y):
    yield d("mul", A, y, shape=d.shape(y))
    yield d("mul", A, x, shape=d.shape(x))


# -- the registry --------------------------------------------------------------------------------------------

RECORDS = (
    Op("neg", "unary", "operator", lambda a: -a, np.negative, lambda a: -F(a),
       lambda cx, a: cx.b.fneg(a),
       lambda d, A, out, x: (d("neg", A),), "-x"),
    Op("exp", "unary", "function", _exp, np.exp, _x_exp,
       lambda cx, a: cx.call("llvm.exp.f32", a),
       lambda d, A, out, x: (d("mul", A, out),), "e^x"),
    Op("log", "unary", "function", _log, np.log, _x_log,
       lambda cx, a: cx.call("llvm.log.f32", a),
       lambda d, A, out, x: (d("div", A, x),), "natural logarithm"),
    Op("log1p", "unary", "function", _log1p, np.log1p, _x_log1p,
       lambda cx, a: cx.call("log1pf", a),
       lambda d, A, out, x: (d("div", A, d("add", d.num(1.0), x)),), "log(1 + x), accurate near 0"),
    Op("sigmoid", "unary", "function", _sigmoid, _np_sigmoid, _x_sigmoid,
       lambda cx, a: cx.call("sgdc_sigmoid_f32", a),
       lambda d, A, out, x: (d("mul", A, d("mul", out, d("sub", d.num(1.0), out))),), "1 / (1 + e^-x), stable"),
    Op("softplus", "unary", "function", _softplus, _np_softplus, _x_softplus,
       lambda cx, a: cx.call("sgdc_softplus_f32", a),
       lambda d, A, out, x: (d("mul", A, d("sigmoid", x)),), "log(1 + e^x), stable"),
    Op("abs", "unary", "function", abs, np.abs, lambda a: abs(F(a)),
       lambda cx, a: cx.call("llvm.fabs.f32", a),
       lambda d, A, out, x: (d("mul", A, d("sign", x)),), "|x| (subgradient sign(x), 0 at 0)"),
    Op("sqrt", "unary", "function", _sqrt, np.sqrt, lambda a: F(np.sqrt(F(a))),
       lambda cx, a: cx.call("llvm.sqrt.f32", a),
       lambda d, A, out, x: (d("div", d("mul", A, d.num(0.5), shape=d.shape(A)), out),), "square root"),
    Op("tanh", "unary", "function", math.tanh, np.tanh, lambda a: F(libm_f32("tanhf")(float(a))),
       lambda cx, a: cx.call("tanhf", a),
       lambda d, A, out, x: (d("mul", A, d("sub", d.num(1.0), d("mul", out, out))),), "hyperbolic tangent"),
    Op("relu", "unary", "function", lambda a: a if a > 0 else 0.0,
       lambda a: np.where(np.asarray(a, dtype=np.float64) > 0, a, 0.0), lambda a: F(a) if a > 0 else F(0),
       lambda cx, a: cx.b.select(cx.b.fcmp_ordered(">", a, cx.const(0.0)), a, cx.const(0.0)),
       lambda d, A, out, x: (d("mul", A, d("ge", x, d.num(0.0))),), "max(x, 0) (gradient 1 for x >= 0; 0 for NaN)"),
    Op("sign", "unary", "function", lambda a: (a > 0) - (a < 0) + 0.0, _np_sign,
       lambda a: F(1) if a > 0 else (F(-1) if a < 0 else F(0)),
       lambda cx, a: cx.call("sgdc_sign_f32", a), None, "-1, 0 or 1 (0 at 0 and for NaN)"),
    Op("add", "binary", "operator", lambda a, b: a + b, np.add, lambda a, b: F(a) + F(b),
       lambda cx, a, b: cx.arith("fadd", a, b), _d_add, "a + b"),
    Op("sub", "binary", "operator", lambda a, b: a - b, np.subtract, lambda a, b: F(a) - F(b),
       lambda cx, a, b: cx.arith("fsub", a, b), _d_sub, "a - b"),
    Op("mul", "binary", "operator", lambda a, b: a * b, np.multiply, lambda a, b: F(a) * F(b),
       lambda cx, a, b: cx.arith("fmul", a, b), _d_mul, "a * b"),
    Op("div", "binary", "operator", _div, np.divide, lambda a, b: F(a) / F(b),
       lambda cx, a, b: cx.b.fdiv(a, b), _d_div, "a / b (no fast-math: a reciprocal would change the result)"),
    Op("max", "binary", "function", lambda a, b: a if a >= b else b,
       lambda a, b: np.where(np.asarray(a) >= b, a, b), lambda a, b: F(a) if a >= b else F(b),
       lambda cx, a, b: cx.b.select(cx.b.fcmp_ordered(">=", a, b), a, b),
       _d_select(lambda x, y: (x, y)), "a if a >= b else b"),
    Op("min", "binary", "function", lambda a, b: a if a <= b else b,
       lambda a, b: np.where(np.asarray(a) <= b, a, b), lambda a, b: F(a) if a <= b else F(b),
       lambda cx, a, b: cx.b.select(cx.b.fcmp_ordered("<=", a, b), a, b),
       _d_select(lambda x, y: (y, x)), "a if a <= b else b"),
    Op("ge", "binary", "internal", lambda a, b: 1.0 if a >= b else 0.0,
       lambda a, b: (np.asarray(a) >= b).astype(np.float64), lambda a, b: F(1) if a >= b else F(0),
       lambda cx, a, b: cx.call("sgdc_ge_f32", a, b), None, "1.0 if a >= b else 0.0"),
    Op("pow", "pow", "operator", _pow, np.power, _x_pow, _llvm_pow,
       lambda d, A, out, a, c: (d("mul", A, d("mul", d.num(c), d("pow", a, c - 1.0))),), "a ^ c, c a constant"),
    Op("sum", "reduce", "function", lambda v: float(np.sum(v)), None, _seq_sum, _llvm_sum,
       lambda d, A, out, v: (A,), "the sum of a vector's elements"),
    Op("norm2", "reduce", "function", lambda v: float(np.dot(v, v)), None, lambda v: _seq_dot(v, v),
       _llvm_dot("norm2"),
       _d_norm2, "the squared 2-norm"),
    Op("logsumexp", "reduce", "function", logsumexp, None, _seq_logsumexp, _llvm_logsumexp,
       _d_logsumexp, "log of the sum of e^v_i, stable"),
    Op("dot", "dot", "function", lambda a, b: float(np.dot(a, b)), None, _seq_dot, _llvm_dot("dot"),
       _d_dot, "dot product of two vectors"),
)

OPS: dict = {op.name: op for op in RECORDS}


def names(*kinds: str, syntax: tuple = SYNTAXES) -> tuple:
    """The names of the ops of these kinds (and syntaxes), in registry order."""
    return tuple(op.name for op in RECORDS if op.kind in kinds and op.syntax in syntax)


FUNCTIONS = names(*KINDS, syntax=("function",))  # the builtin functions of the language

# float64 meaning of every elementwise op on Python floats (tests/test_runtime_support.py reads it)
SCALAR_FUNCS = {op.name: op.f64 for op in RECORDS if op.elementwise}


def evaluate(op: str, *args) -> float:
    """The float64 value of an elementwise op on constants: the one constant evaluator (IEEE: ``inf``/``nan``,
    never an exception)."""
    return float(OPS[op].f64(*args))


def _check_registry() -> None:
    for op in RECORDS:
        if op.kind not in KINDS or op.syntax not in SYNTAXES:
            raise ValueError(f"op {op.name}: bad kind {op.kind!r} or syntax {op.syntax!r}")
        if op.elementwise and (op.f64_array is None or op.llvm is None):
            raise ValueError(f"elementwise op {op.name} needs an array meaning and an LLVM lowering")
    if len(OPS) != len(RECORDS):
        raise ValueError("two ops with one name")


_check_registry()
