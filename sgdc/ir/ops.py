"""The meaning of every elementwise opcode, in one place.

``SCALAR_FUNCS`` work on Python floats (constant folding, scalar
interpretation); ``ARRAY_FUNCS`` on numpy arrays.  Both are numerically
stable (``sigmoid`` and ``softplus`` never overflow) and both define the
same subgradients: ``sign(0) = 0``, ``ge(a, b) = 1.0 if a >= b else 0.0``.
"""
from __future__ import annotations

import math

import numpy as np


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


def _pow(a: float, c: float) -> float:
    try:
        r = a**c
    except (OverflowError, ZeroDivisionError):
        return math.inf
    return r if isinstance(r, float) or isinstance(r, int) else math.nan


SCALAR_FUNCS = {
    "neg": lambda a: -a,
    "exp": _exp,
    "log": _log,
    "log1p": _log1p,
    "sigmoid": _sigmoid,
    "softplus": _softplus,
    "abs": abs,
    "sqrt": _sqrt,
    "sign": lambda a: (a > 0) - (a < 0) + 0.0,
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": _div,
    "max": lambda a, b: a if a >= b else b,
    "min": lambda a, b: a if a <= b else b,
    "ge": lambda a, b: 1.0 if a >= b else 0.0,
    "pow": _pow,
}


def _np_sigmoid(x):
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _np_softplus(x):
    x = np.asarray(x, dtype=np.float64)
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


ARRAY_FUNCS = {
    "neg": np.negative,
    "exp": np.exp,
    "log": np.log,
    "log1p": np.log1p,
    "sigmoid": _np_sigmoid,
    "softplus": _np_softplus,
    "abs": np.abs,
    "sqrt": np.sqrt,
    "sign": np.sign,
    "add": np.add,
    "sub": np.subtract,
    "mul": np.multiply,
    "div": np.divide,
    "max": lambda a, b: np.where(np.asarray(a) >= b, a, b),
    "min": lambda a, b: np.where(np.asarray(a) <= b, a, b),
    "ge": lambda a, b: (np.asarray(a) >= b).astype(np.float64),
    "pow": np.power,
}


def logsumexp(v) -> float:
    m = float(np.max(v))
    if not math.isfinite(m):
        return m
    return m + math.log(float(np.sum(np.exp(v - m))))
