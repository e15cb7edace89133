"""The syntax tree of a ``.sgd`` spec, as the parser produces it.

Every node is a frozen dataclass with a ``loc`` (:class:`sgdc.errors.Loc`)
that does not take part in equality, so two specs compare equal when they
say the same thing, wherever it was written.  Nothing here is checked: names
may be unknown, shapes may not match; that is :mod:`sgdc.frontend.checker`'s job.

:func:`format_spec` prints the canonical source text of a spec, with the
fewest parentheses that keep its meaning: ``parse(format_spec(s)) == s``.
(Numbers inside expressions are never negative in a parsed tree: ``-3`` is
``Neg(Number(3))``.  Numbers in ``const``, initialisers and ``regular`` are
signed.)
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Union

from sgdc.errors import Loc

# ---------------------------------------------------------------------------
# Expressions
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Number:
    value: Union[int, float]  # int when written without '.' or exponent
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Name:
    name: str
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Neg:
    arg: "Expr"
    loc: Loc | None = field(default=None, compare=False, repr=False)


BINOPS = ("+", "-", "*", "/", "@", "^")


@dataclass(frozen=True)
class BinOp:
    """``lhs op rhs``; ``loc`` is the operator's position."""

    op: str  # one of BINOPS
    lhs: "Expr"
    rhs: "Expr"
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple  # tuple[Expr, ...]
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Index:
    """``base[i, j]``; ``loc`` is the position of ``[``."""

    base: "Expr"
    indices: tuple  # tuple[Expr, ...]
    loc: Loc | None = field(default=None, compare=False, repr=False)


Expr = Union[Number, Name, Neg, BinOp, Call, Index]

# ---------------------------------------------------------------------------
# Statements
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Ident:
    """A declared or referenced name outside expressions."""

    name: str
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ExtentOffset:
    """An extent written ``K + 1`` or ``K - 1`` (``K`` a const: the checker evaluates it)."""

    base: Ident
    offset: int
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ModelDecl:
    name: Ident
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class DimDecl:
    names: tuple  # tuple[Ident, ...]
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ConstDecl:
    name: Ident
    value: Number  # signed
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class DataType:
    """``real``, ``label``, ``index[EXT]``, ``[EXT]`` (kind ``vector``) or ``real[EXT]`` (kind ``reals``)."""

    kind: str  # real | label | index | vector | reals
    extent: Union[Ident, Number, None] = None
    loc: Loc | None = field(default=None, compare=False, repr=False)
    sampled: Union[Ident, None] = None  # index[EXT] sampled DIST: drawn in the kernel, not read from data
    sample_arg: Union[Number, None] = None  # sampled unigram(POWER)


@dataclass(frozen=True)
class DataDecl:
    name: Ident
    type: DataType
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class InitSpec:
    """``= 0`` (func ``None``, one arg) or ``= normal(0, 0.1)``."""

    func: Ident | None
    args: tuple  # tuple[Number, ...], signed
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ParamDecl:
    name: Ident
    shape: tuple | None  # None for ``real``, else tuple[Ident | Number, ...]
    init: InitSpec
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class LossDecl:
    expr: Expr
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class PredictDecl:
    expr: Expr
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class RegularDecl:
    kind: Ident  # l1 | l2 (checked later)
    strength: Union[Number, Ident]  # signed, or the name of a const (checked later)
    params: tuple  # tuple[Ident, ...]
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class LetDecl:
    """``let NAME = EXPR``: a name for a subexpression (typed where used, computed once: CSE)."""
    name: Ident
    expr: Expr
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class BoundTarget:
    """What a ``constrain`` statement bounds: a param (``func`` None) or ``norm(param)``."""
    func: Union[Ident, None]
    param: Ident


@dataclass(frozen=True)
class ConstrainDecl:
    """``constrain L, R >= 0`` / ``constrain norm(w) <= 1``: ``bound`` is ``>=`` or ``<=``."""
    targets: tuple  # tuple[BoundTarget, ...]
    bound: str
    value: Number  # signed
    loc: Loc | None = field(default=None, compare=False, repr=False)
    bound_loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class SchedField:
    name: Ident
    value: Expr
    loc: Loc | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ScheduleDecl:
    fields: tuple  # tuple[SchedField, ...]
    loc: Loc | None = field(default=None, compare=False, repr=False)


Stmt = Union[ModelDecl, DimDecl, ConstDecl, DataDecl, ParamDecl, LossDecl, PredictDecl, RegularDecl, ConstrainDecl,
             LetDecl, ScheduleDecl]


@dataclass(frozen=True)
class Spec:
    statements: tuple  # tuple[Stmt, ...] in source order
    loc: Loc | None = field(default=None, compare=False, repr=False)


# ---------------------------------------------------------------------------
# Traversal
# ---------------------------------------------------------------------------


def children(e: Expr) -> tuple:
    if isinstance(e, Neg):
        return (e.arg,)
    if isinstance(e, BinOp):
        return (e.lhs, e.rhs)
    if isinstance(e, Call):
        return e.args
    if isinstance(e, Index):
        return (e.base, *e.indices)
    return ()


def walk(e: Expr):
    """Pre-order traversal (iterative, so deep trees are fine)."""
    stack = [e]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(children(n)))


# ---------------------------------------------------------------------------
# Canonical text
# ---------------------------------------------------------------------------

# Binding strength of each form; a subexpression is parenthesised when it
# binds more loosely than its position requires.
_SUM, _PRODUCT, _UNARY, _POWER, _POSTFIX, _ATOM = range(1, 7)
_BINOP_PREC = {"+": _SUM, "-": _SUM, "*": _PRODUCT, "/": _PRODUCT, "@": _PRODUCT, "^": _POWER}


def format_number(v) -> str:
    """Source text of a number: ints as written, floats by ``repr`` (round-trips)."""
    if isinstance(v, bool):
        v = int(v)
    if isinstance(v, int):
        return str(v)
    v = float(v)
    if not math.isfinite(v):
        raise ValueError(f"number {v!r} has no source text")
    return repr(v)


def _prec(e: Expr) -> int:
    if isinstance(e, BinOp):
        return _BINOP_PREC[e.op]
    if isinstance(e, Neg):
        return _UNARY
    if isinstance(e, Index):
        return _POSTFIX
    if isinstance(e, Number) and (e.value < 0 or (isinstance(e.value, float) and math.copysign(1, e.value) < 0)):
        return _UNARY  # only in hand-built trees
    return _ATOM


def format_expr(e: Expr, min_prec: int = _SUM) -> str:
    """Canonical text of an expression, parenthesised only where needed."""
    if isinstance(e, Number):
        s = format_number(e.value)
    elif isinstance(e, Name):
        s = e.name
    elif isinstance(e, Neg):
        s = "-" + format_expr(e.arg, _UNARY)
    elif isinstance(e, BinOp):
        p = _BINOP_PREC[e.op]
        if e.op == "^":  # right associative: base is a postfix, exponent a unary
            s = f"{format_expr(e.lhs, _POSTFIX)}^{format_expr(e.rhs, _UNARY)}"
        else:
            s = f"{format_expr(e.lhs, p)} {e.op} {format_expr(e.rhs, p + 1)}"
    elif isinstance(e, Call):
        s = f"{e.func}({', '.join(format_expr(a) for a in e.args)})"
    elif isinstance(e, Index):
        s = f"{format_expr(e.base, _POSTFIX)}[{', '.join(format_expr(a) for a in e.indices)}]"
    else:
        raise TypeError(f"not an expression: {e!r}")
    return f"({s})" if _prec(e) < min_prec else s


def _extent(x) -> str:
    if isinstance(x, ExtentOffset):
        return f"{x.base.name} {'-' if x.offset < 0 else '+'} {abs(x.offset)}"
    return format_number(x.value) if isinstance(x, Number) else x.name


def format_stmt(st: Stmt) -> str:
    if isinstance(st, ModelDecl):
        return f"model {st.name.name}"
    if isinstance(st, DimDecl):
        return "dim " + ", ".join(n.name for n in st.names)
    if isinstance(st, ConstDecl):
        return f"const {st.name.name} = {format_number(st.value.value)}"
    if isinstance(st, DataDecl):
        t = st.type
        text = {"real": "real", "label": "label", "weight": "weight"}.get(t.kind)
        if t.kind == "index":
            text = f"index[{_extent(t.extent)}]" + (f" sampled {t.sampled.name}" if t.sampled else "") + \
                (f"({format_number(t.sample_arg.value)})" if t.sample_arg is not None else "")
        elif t.kind == "vector":
            text = f"[{_extent(t.extent)}]"
        elif t.kind == "reals":
            text = f"real[{_extent(t.extent)}]"
        return f"data {st.name.name} : {text}"
    if isinstance(st, ParamDecl):
        shape = "real" if st.shape is None else "[" + ", ".join(_extent(x) for x in st.shape) + "]"
        args = ", ".join(format_number(a.value) for a in st.init.args)
        init = args if st.init.func is None else f"{st.init.func.name}({args})"
        return f"param {st.name.name} : {shape} = {init}"
    if isinstance(st, LossDecl):
        return f"loss {format_expr(st.expr)}"
    if isinstance(st, PredictDecl):
        return f"predict {format_expr(st.expr)}"
    if isinstance(st, RegularDecl):
        params = ", ".join(p.name for p in st.params)
        strength = st.strength.name if isinstance(st.strength, Ident) else format_number(st.strength.value)
        return f"regular {st.kind.name}({strength}) on {params}"
    if isinstance(st, LetDecl):
        return f"let {st.name.name} = {format_expr(st.expr)}"
    if isinstance(st, ConstrainDecl):
        targets = ", ".join(t.param.name if t.func is None else f"{t.func.name}({t.param.name})" for t in st.targets)
        return f"constrain {targets} {st.bound} {format_number(st.value.value)}"
    if isinstance(st, ScheduleDecl):
        lines = ["schedule"] + [f"  {f.name.name} {format_expr(f.value)}" for f in st.fields]
        return "\n".join(lines)
    raise TypeError(f"not a statement: {st!r}")


def format_spec(spec: Spec) -> str:
    """Canonical source text of a spec; ``parse(format_spec(s)) == s``."""
    return "".join(format_stmt(st) + "\n" for st in spec.statements)
