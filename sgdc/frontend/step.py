"""The step language: type a step expression (an AST) into the model IR, without the whole checker.

A step is a positive scalar expression of numbers, consts, dims and the two schedule variables ``epoch``
(0-based) and ``t`` (steps taken so far), with the builtin elementwise functions (``exp``, ``sqrt``,
``max`` ...; the op registry's, :mod:`sgdc.ir.ops`) and a constant exponent after ``^``.  Data fields and
params are not allowed: the step does not depend on the example.

:func:`type_step` is the one typer of that language.  The checker calls it for a spec's ``schedule``
block (with every name the spec declares, so that a data field or a param in the step gets its own
message), and :mod:`sgdc.ir.schedule` calls it for a step given later as text (``--step "0.1/(1+epoch)"``,
``sgdc.compile(step=...)``, a schedule file), after the parser's expression entry
(:func:`sgdc.frontend.parser.parse_expr`) has read it.  Errors are :class:`SpecError`\\ s at the offending
token, worded as the checker words them.
"""
from __future__ import annotations

import difflib
import math

from sgdc.errors import Loc, SpecError
from sgdc.frontend import ast as A
from sgdc.ir import model as ir
from sgdc.ir import ops

# Names a spec may not declare: the schedule's variables.
SCHEDULE_VARS = ("epoch", "t")
BUILTINS = ops.FUNCTIONS  # the builtin functions of the language (the op registry's)
STEP_FUNCS = tuple(f for f in BUILTINS if ops.OPS[f].elementwise)  # a step is a scalar: no reductions, no dot

KIND_WORDS = {"dim": "a dim", "const": "a const", "field": "a data field", "param": "a param", "let": "a let"}


def refuse_unknown_call(err, f: str, kind: str | None, loc) -> None:
    """The one refusal of a call ``f(...)`` whose name is no builtin function (the checker and the step typer):
    ``kind`` is what the name is in the spec (dim, const, field, param), or None."""
    if kind is not None:
        raise err(f"'{f}' is {KIND_WORDS[kind]}, not a function", loc)
    if f in ("normal", "uniform"):
        raise err(f"'{f}' can only initialise a param", loc)
    close = difflib.get_close_matches(f, BUILTINS, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    raise err(f"unknown function '{f}'{hint}", loc)


def refuse_non_param_index(err, unknown, n: str, kind: str | None, loc) -> None:
    """The one refusal of ``n[...]`` where ``n`` is no param (the checker and the step typer): ``kind`` is what
    the name is in the spec, or None; ``unknown(name, loc)`` makes the unknown-name error."""
    if kind is None:
        if n in SCHEDULE_VARS or n in BUILTINS:
            raise err(f"'{n}' cannot be indexed; only params can be indexed", loc)
        raise unknown(n, loc)
    if kind != "param":
        raise err(f"'{n}' is {KIND_WORDS[kind]}; only params can be indexed", loc)


def const_exponent(e: A.Expr, const_value, defined, err, unknown) -> float:
    """The value of a constant exponent (numbers, consts and arithmetic), for the checker and the step typer:
    ``const_value(name)`` is a const's value or None, ``defined(name)`` whether the spec names it."""
    if isinstance(e, A.Number):
        return float(e.value)
    if isinstance(e, A.Name):
        v = const_value(e.name)
        if v is not None:
            return float(v)
        if not defined(e.name) and e.name not in SCHEDULE_VARS and e.name not in BUILTINS:
            raise unknown(e.name, e.loc)
        raise err(f"the exponent must be a constant (numbers and consts), but '{e.name}' is not", e.loc)
    if isinstance(e, A.Neg):
        return ops.evaluate("neg", const_exponent(e.arg, const_value, defined, err, unknown))
    if isinstance(e, A.BinOp) and e.op in "+-*/^":
        a, b = (const_exponent(x, const_value, defined, err, unknown) for x in (e.lhs, e.rhs))
        r = ops.evaluate({"+": "add", "-": "sub", "*": "mul", "/": "div", "^": "pow"}[e.op], a, b)
        if not math.isfinite(r):
            raise err("the exponent cannot be computed (division by zero, overflow or a complex result)", e.loc)
        return float(r)
    raise err("the exponent must be a constant (numbers and consts)", start_loc(e))


def start_loc(e: A.Expr) -> Loc | None:
    """Where an expression's text begins."""
    while isinstance(e, (A.BinOp, A.Index)):
        e = e.lhs if isinstance(e, A.BinOp) else e.base
    return e.loc


def type_step(expr: A.Expr, names: dict | None = None, source: str = "", filename: str = "<step>") -> ir.Expr:
    """The typed IR of a step expression.

    ``names`` maps each name in scope to ``(kind, value)``: kind ``dim``, ``const`` (value: its number),
    ``field`` or ``param`` (refused in a step, with a message that says so).  Raises :class:`SpecError`.
    """
    typer = _StepTyper(names or {}, source, filename)
    try:
        return typer.type(expr)
    except RecursionError:
        raise SpecError("expression nested too deeply", Loc(filename, 1, 1), source) from None


def names_of(model: ir.Model) -> dict:
    """``{name: (kind, value)}`` of everything a model declares, for :func:`type_step`."""
    out = {d.name: ("dim", None) for d in model.dims}
    out.update({c.name: ("const", c.value) for c in model.consts})
    out.update({f.name: ("field", None) for f in model.fields})
    out.update({p.name: ("param", None) for p in model.params})
    return out


class _StepTyper:
    def __init__(self, names: dict, source: str, filename: str):
        self.names, self.source, self.filename = names, source, filename

    def err(self, message: str, loc) -> SpecError:
        return SpecError(message, loc, self.source)

    def unknown(self, name: str, loc, what: str = "name") -> SpecError:
        close = difflib.get_close_matches(name, list(self.names), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return self.err(f"unknown {what} '{name}'{hint}", loc)

    def type(self, e: A.Expr) -> ir.Expr:
        if isinstance(e, A.Number):
            return ir.Num(e.value)
        if isinstance(e, A.Name):
            return self.name(e)
        if isinstance(e, A.Neg):
            a = self.type(e.arg)
            return ir.Unary("neg", a, a.shape)
        if isinstance(e, A.BinOp):
            if e.op == "^":
                base = self.type(e.lhs)
                return ir.Pow(base, self.const_eval(e.rhs), base.shape)
            op = {"+": "add", "-": "sub", "*": "mul", "/": "div", "@": "mul"}[e.op]
            a, b = self.type(e.lhs), self.type(e.rhs)
            return ir.Binary(op, a, b, a.shape or b.shape)
        if isinstance(e, A.Call):
            return self.call(e)
        if isinstance(e, A.Index):
            return self.index(e)
        raise self.err(f"not an expression: {type(e).__name__}", getattr(e, "loc", None))

    def name(self, e: A.Name) -> ir.Expr:
        n = e.name
        if n in SCHEDULE_VARS:
            return ir.Var(n)
        if n in BUILTINS:
            raise self.err(f"'{n}' is a function; call it as {n}(...)", e.loc)
        ent = self.names.get(n)
        if ent is None:
            raise self.unknown(n, e.loc)
        kind, value = ent
        if kind == "dim":
            return ir.DimRef(n)
        if kind == "const":
            return ir.Num(value)
        raise self.err(f"{KIND_WORDS[kind]} ('{n}') cannot be used in the step size", e.loc)

    def const_eval(self, e: A.Expr) -> float:
        """Value of a constant exponent (:func:`const_exponent`); ``self.names`` maps a name to (kind, value)."""
        def const_value(name):
            ent = self.names.get(name)
            return ent[1] if ent is not None and ent[0] == "const" else None

        return const_exponent(e, const_value, lambda name: name in self.names, self.err, self.unknown)

    def call(self, e: A.Call) -> ir.Expr:
        f, args = e.func, e.args
        if f not in BUILTINS:
            ent = self.names.get(f)
            refuse_unknown_call(self.err, f, ent[0] if ent is not None else None, e.loc)
        if f not in STEP_FUNCS:
            raise self.err(f"'{f}' cannot be used in the step size", e.loc)
        op = ops.OPS[f]
        if len(args) != op.arity:
            s = "" if op.arity == 1 else "s"
            raise self.err(f"{f} takes {op.arity} argument{s}, got {len(args)}", e.loc)
        typed = [self.type(a) for a in args]
        if op.kind == "unary":
            return ir.Unary(f, typed[0], typed[0].shape)
        return ir.Binary(f, typed[0], typed[1], typed[0].shape or typed[1].shape)

    def index(self, e: A.Index) -> ir.Expr:
        base = e.base
        if not isinstance(base, A.Name):
            raise self.err("only params can be indexed", start_loc(base))
        n = base.name
        ent = self.names.get(n)
        refuse_non_param_index(self.err, self.unknown, n, ent[0] if ent is not None else None, base.loc)
        raise self.err(f"a param ('{n}') cannot be used in the step size", base.loc)
