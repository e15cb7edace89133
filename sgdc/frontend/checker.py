"""Check a spec's AST and type it into the model IR (:class:`sgdc.ir.model.Model`).

What is checked, in order:

1. statements: ``model`` first and once, one ``loss``, one ``predict``, one
   ``schedule`` block at most;
2. declarations: one namespace for dims, consts, data fields and params; no
   keyword, builtin or schedule name may be declared; extents are dims or
   positive integer consts; initialisers and regularisers are well formed;
3. expressions: names resolve, builtins get the right number and shape of
   arguments, shapes match (a scalar broadcasts over a vector), indexing uses
   index fields of the right extent, exponents are constant, data vectors
   appear only in ``dot(·, x)`` and ``M @ x``, whole matrices only left of ``@``;
4. the model: a scalar loss that reads every param; exactly one target (the
   data field the loss uses and predict does not); predict shaped for it;
   every data field used;
5. the schedule (:mod:`sgdc.ir.schedule`).

Every error is a :class:`SpecError` at the offending token, with the source.
"""
from __future__ import annotations

import difflib
from dataclasses import replace

from sgdc.frontend import ast as A
from sgdc.ir import model as ir
from sgdc.ir import ops
from sgdc.errors import InternalError, Loc, SpecError
from sgdc.ir.schedule import (
    SCHEDULE_FIELDS,
    SCHEDULE_VARS,
    BadValue,
    bad_value_message,
    check_step,
    convert,
    settings,
    unknown_field_message,
)
from sgdc.frontend.step import KIND_WORDS as _KIND_WORDS
from sgdc.frontend.step import const_exponent, refuse_non_param_index, refuse_unknown_call, start_loc, type_step

KEYWORDS = ("model", "dim", "const", "data", "param", "let", "loss", "regular", "predict", "constrain", "schedule",
            "real", "label", "index", "sampled", "on")
BUILTINS = ops.FUNCTIONS  # the builtin functions: the op registry's (sgdc.ir.ops)
from sgdc.ir.model import MAX_EXTENT  # noqa: E402 (one definition)
SAMPLERS = ("uniform", "unigram")  # how a sampled index field is drawn (unigram(POWER): by counts^POWER)
MAX_INIT = 1e37  # initialiser arguments: normal(0, MAX_INIT) stays finite in float32 (10 sigma)


def _reserved(name: str) -> str | None:
    if name in KEYWORDS:
        return "a keyword"
    if name in BUILTINS:
        return "a builtin function"
    if name in SCHEDULE_VARS:
        return "a schedule variable"
    if name in SCHEDULE_FIELDS:
        return "a schedule field"
    return None


def _shape_words(shape) -> str:
    if not shape:
        return "a scalar"
    if len(shape) == 1:
        return f"a vector over {shape[0]}"
    return "a matrix [" + ", ".join(str(x) for x in shape) + "]"


class _Entry:
    __slots__ = ("kind", "name", "loc", "value")

    def __init__(self, kind, name, loc, value=None):
        self.kind, self.name, self.loc, self.value = kind, name, loc, value


class _Checker:
    def __init__(self, source: str, filename: str):
        self.source = source
        self.filename = filename
        self.names: dict = {}  # name -> _Entry
        self.fields: dict = {}  # name -> ir.Field
        self.params: dict = {}  # name -> ir.Param
        self.weight = ""  # the weight field's name (``data c : weight``), if any
        self.lets: dict = {}  # name -> A.LetDecl
        self.let_typed: dict = {}  # (name, a data vector allowed) -> ir.Expr
        self.let_typing: set = set()  # lets being typed now (a let defined by itself is refused)
        self.let_used: set = set()
        self.elementwise_of = ""  # the data vector an elementwise expression of it is being typed over

    def err(self, message: str, loc) -> SpecError:
        return SpecError(message, loc, self.source)

    # -- declarations --------------------------------------------------------
    def declare(self, kind: str, ident: A.Ident, value=None) -> None:
        what = _reserved(ident.name)
        if what:
            raise self.err(f"'{ident.name}' is {what} and cannot be declared", ident.loc)
        old = self.names.get(ident.name)
        if old is not None:
            where = f" at line {old.loc.line}" if old.loc else ""
            raise self.err(f"'{ident.name}' is already defined ({_KIND_WORDS[old.kind]}{where})", ident.loc)
        self.names[ident.name] = _Entry(kind, ident.name, ident.loc, value)

    def unknown(self, name: str, loc, what: str = "name") -> SpecError:
        close = difflib.get_close_matches(name, list(self.names), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return self.err(f"unknown {what} '{name}'{hint}", loc)

    def extent(self, x) -> ir.Extent:
        if isinstance(x, A.ExtentOffset):
            base = self.extent(x.base)
            if not isinstance(base, int):
                raise self.err(f"'{x.base.name}' is a dim (bound by the data); an extent with + or - needs a const "
                               f"(const {x.base.name} = N)", x.base.loc)
            v = base + x.offset
            if not 1 <= v <= MAX_EXTENT:
                raise self.err(f"extent {A._extent(x)} = {v} is not in [1, {MAX_EXTENT}]", x.loc)
            return v
        if isinstance(x, A.Number):
            v = x.value
            if not isinstance(v, int) or v < 1:
                raise self.err(f"an extent must be a positive integer, got {A.format_number(v)}", x.loc)
            if v > MAX_EXTENT:
                raise self.err(f"extent {v} is too large (at most {MAX_EXTENT})", x.loc)
            return v
        e = self.names.get(x.name)
        if e is None:
            raise self.unknown(x.name, x.loc)
        if e.kind == "dim":
            return x.name
        if e.kind == "const":
            v = e.value
            if not isinstance(v, int) or v < 1:
                raise self.err(f"const '{x.name}' = {A.format_number(v)} is not a positive integer, "
                               f"so it cannot be an extent", x.loc)
            if v > MAX_EXTENT:
                raise self.err(f"extent {x.name} = {v} is too large (at most {MAX_EXTENT})", x.loc)
            return v
        raise self.err(f"'{x.name}' is {_KIND_WORDS[e.kind]}; an extent must be a dim or an integer const", x.loc)

    def init(self, p: A.ParamDecl) -> ir.Init:
        init = p.init
        for x in init.args:  # params are float32: an initial value beyond its range would be inf
            if abs(x.value) > MAX_INIT:
                raise self.err(f"initial value {A.format_number(x.value)} is too large for a float32 param "
                               f"(at most {MAX_INIT:g} in magnitude)", x.loc)
        if init.func is None:
            return ir.Init("const", (init.args[0].value,))
        f = init.func.name
        if f not in ("normal", "uniform"):
            raise self.err(f"unknown initialiser '{f}' (use a number, normal(mean, std) or uniform(lo, hi))",
                           init.func.loc)
        argnames = "mean, std" if f == "normal" else "lo, hi"
        if len(init.args) != 2:
            raise self.err(f"{f} takes 2 arguments ({argnames}), got {len(init.args)}", init.func.loc)
        a, b = (x.value for x in init.args)
        if f == "normal" and b < 0:
            raise self.err(f"normal: std must be >= 0, got {A.format_number(b)}", init.args[1].loc)
        if f == "uniform" and a > b:
            raise self.err(f"uniform: lo must be <= hi, got {A.format_number(a)} > {A.format_number(b)}",
                           init.args[0].loc)
        return ir.Init(f, (a, b))

    # -- expressions -----------------------------------------------------------
    def type(self, e: A.Expr, ctx: str, datavec: bool = False) -> ir.Expr:
        """Typed IR of ``e``; ``ctx`` is loss | predict (the step is typed by :mod:`sgdc.frontend.step`);
        ``datavec``: a data vector may be ``e``."""
        if isinstance(e, A.Number):
            return ir.Num(e.value)
        if datavec and not isinstance(e, (A.Name, A.Index)):
            source = self.vector_source(e)
            if source:
                return self.derived(e, source, ctx)
        if isinstance(e, A.Name):
            return self.name(e, ctx, datavec)
        if isinstance(e, A.Neg):
            a = self.type(e.arg, ctx)
            return ir.Unary("neg", a, a.shape)
        if isinstance(e, A.BinOp):
            return self.binop(e, ctx)
        if isinstance(e, A.Call):
            return self.call(e, ctx)
        if isinstance(e, A.Index):
            return self.index(e, ctx)
        raise self.err(f"not an expression: {type(e).__name__}", getattr(e, "loc", None))

    def name(self, e: A.Name, ctx: str, datavec: bool) -> ir.Expr:
        n = e.name
        if n in SCHEDULE_VARS:
            raise self.err(f"'{n}' can only be used in the schedule's step", e.loc)
        if n in BUILTINS:
            raise self.err(f"'{n}' is a function; call it as {n}(...)", e.loc)
        ent = self.names.get(n)
        if ent is None:
            raise self.unknown(n, e.loc)
        if ent.kind == "dim":
            return ir.DimRef(n)
        if ent.kind == "const":
            return ir.Num(ent.value)
        if ent.kind == "let":
            return self.let_value(n, e.loc, ctx, datavec)
        if ent.kind == "field":
            f = self.fields[n]
            if n == self.weight:
                raise self.err(f"'{n}' is the weight field: it scales each example's loss by itself and cannot "
                               f"appear in an expression", e.loc)
            if f.kind == "index" and f.sampled:
                raise self.err(f"'{n}' is sampled in the kernel: it can only index a param (as in Q[{n}]), not be "
                               f"used as a number", e.loc)
            if f.kind == "vector" and not datavec and n != self.elementwise_of:
                raise self.err(f"data vector '{n}' can only be used as dot(·, {n}) or M @ {n}: "
                               f"its storage may be sparse", e.loc)
            return ir.FieldRef(n, f.shape)
        p = self.params[n]
        if len(p.shape) == 2:
            raise self.err(f"matrix param '{n}' can only be used whole as the left operand of '@' ({n} @ x, "
                           f"{n} @ h), or indexed by an index data field ({n}[i]) to get a row", e.loc)
        return ir.ParamRef(n, (), p.shape)

    def vector_source(self, e: A.Expr) -> str:
        """The data vector field ``e`` is an elementwise expression of, with numbers and consts only (``x^2``,
        ``exp(x)``, ``log1p(abs(x))``, ``2 * x - 1``); "" when it is not one (a param, a dim, another field in
        it, a reduction, ``@``)."""
        found: set = set()

        def walk(a) -> bool:
            if isinstance(a, A.Number):
                return True
            if isinstance(a, A.Name):
                ent = self.names.get(a.name)
                if ent is None:
                    return False
                if ent.kind == "const":
                    return True
                if ent.kind == "let":
                    return a.name not in self.let_typing and walk(self.lets[a.name].expr)
                if ent.kind == "field" and self.fields[a.name].kind == "vector":
                    found.add(a.name)
                    return True
                return False
            if isinstance(a, A.Neg):
                return walk(a.arg)
            if isinstance(a, A.BinOp):
                if a.op == "^":
                    return walk(a.lhs)
                return a.op in ("+", "-", "*", "/") and walk(a.lhs) and walk(a.rhs)
            if isinstance(a, A.Call):
                op = ops.OPS.get(a.func)
                return a.func in BUILTINS and op is not None and op.kind in ("unary", "binary") and \
                    all(walk(x) for x in a.args)
            return False

        return found.pop() if walk(e) and len(found) == 1 else ""

    def derived(self, e: A.Expr, source: str, ctx: str) -> ir.FieldRef:
        """A data vector computed elementwise from ``source`` when data is bound (``dot(w, x^2)``, ``V @
        exp(x)``): the data is a constant of the gradient, so the kernels read it as one more vector field."""
        self.elementwise_of = source
        try:
            typed = self.type(e, ctx)
        finally:
            self.elementwise_of = ""
        src = self.fields[source]
        if typed.shape != src.shape:  # (a scalar expression of x cannot be: x is in it)
            raise InternalError(f"an elementwise expression of '{source}' typed to {typed.shape}")
        name = ir.format_expr(typed)
        if name not in self.fields:
            self.fields[name] = ir.Field(name, "vector", src.extent, start_loc(e), derived=typed, source=source)
        return ir.FieldRef(name, typed.shape)

    def let_value(self, n: str, loc, ctx: str, datavec: bool) -> ir.Expr:
        """The typed expression of ``let n``, as used here (inlined: the update IR's CSE computes it once)."""
        self.let_used.add(n)
        key = (n, datavec)
        if key not in self.let_typed:
            if n in self.let_typing:
                raise self.err(f"let '{n}' is defined in terms of itself", loc)
            self.let_typing.add(n)
            try:
                self.let_typed[key] = self.type(self.lets[n].expr, ctx, datavec=datavec)
            finally:
                self.let_typing.discard(n)
        return self.let_typed[key]

    def broadcast(self, a: ir.Expr, b: ir.Expr, what: str, loc) -> tuple:
        if a.shape and b.shape and a.shape != b.shape:
            raise self.err(f"shape mismatch in {what}: {_shape_words(a.shape)} and {_shape_words(b.shape)}", loc)
        return a.shape or b.shape

    def binop(self, e: A.BinOp, ctx: str) -> ir.Expr:
        if e.op == "^":
            base = self.type(e.lhs, ctx)
            c = self.const_eval(e.rhs)
            return ir.Pow(base, c, base.shape)
        if e.op == "@" and self.is_matrix(e.lhs):  # M @ v, M^p @ x^q: a factorization machine's
            p, mat_power = self.matrix_operand(e.lhs, "M^p @ x")
            rhs, vec_power = self.vector_power(e.rhs)
            v = self.type(rhs, ctx, datavec=True)
            if v.shape != (p.shape[1],):
                raise self.err(f"'{p.name} @ v' needs v to be a vector over {p.shape[1]}, "
                               f"got {_shape_words(v.shape)}", e.loc)
            if (mat_power != 1 or vec_power != 1) and not self.is_datavec(v):
                raise self.err(f"not supported yet: {p.name}^p @ v with a power needs v to be a data vector "
                               f"field (x or x^q)", e.loc)
            return ir.MatVec(ir.ParamRef(p.name, (), p.shape), v, (p.shape[0],), mat_power, vec_power)
        op = {"+": "add", "-": "sub", "*": "mul", "/": "div", "@": "mul"}[e.op]
        a = self.type(e.lhs, ctx)
        b = self.type(e.rhs, ctx)
        return ir.Binary(op, a, b, self.broadcast(a, b, f"'{e.op}'", e.loc))

    def const_eval(self, e: A.Expr) -> float:
        """Value of a constant exponent: numbers, consts and arithmetic (:func:`sgdc.frontend.step.const_exponent`)."""
        def const_value(name):
            ent = self.names.get(name)
            return ent.value if ent is not None and ent.kind == "const" else None

        return const_exponent(e, const_value, lambda name: name in self.names, self.err, self.unknown)

    def call(self, e: A.Call, ctx: str) -> ir.Expr:
        f, args = e.func, e.args
        if f not in BUILTINS:
            ent = self.names.get(f)
            refuse_unknown_call(self.err, f, ent.kind if ent is not None else None, e.loc)
        kind = ops.OPS[f].kind
        want = ops.OPS[f].arity
        if f == "dot" and len(args) == 2:
            for i in (0, 1):
                if self.axis_sum(args[i]):
                    return self.column_sums_dot(args[i], args[1 - i], ctx, e.loc)
        if kind == "reduce" and len(args) == 2:
            return self.axis_reduce(e, ctx)
        if kind == "reduce" and len(args) == 1 and self.axis_sum(A.Call(f, (args[0], A.Number(0)), e.loc)):
            raise self.err(f"{f} of a matrix param needs an axis: sum(M, 0) sums over its rows, read as "
                           f"dot(sum(M, 0), x) with a data vector x", e.loc)
        if len(args) != want:
            s = "" if want == 1 else "s"
            raise self.err(f"{f} takes {want} argument{s}, got {len(args)}", e.loc)
        if kind == "unary":
            a = self.type(args[0], ctx)
            return ir.Unary(f, a, a.shape)
        if kind == "binary":
            a, b = self.type(args[0], ctx), self.type(args[1], ctx)
            return ir.Binary(f, a, b, self.broadcast(a, b, f"{f}(·, ·)", e.loc))
        if kind == "reduce":
            a = self.type(args[0], ctx)
            if len(a.shape) != 1:
                raise self.err(f"{f} takes a vector, got {_shape_words(a.shape)}", start_loc(args[0]))
            return ir.Reduce(f, a, ())
        if kind != "dot":
            raise InternalError(f"the checker has no typing rule for ops of kind {kind} ({f})")
        a = self.type(args[0], ctx, datavec=True)
        b = self.type(args[1], ctx, datavec=True)
        for x, arg in ((a, args[0]), (b, args[1])):
            if len(x.shape) != 1:
                raise self.err(f"dot takes two vectors, got {_shape_words(x.shape)}", start_loc(arg))
        if a.shape != b.shape:
            raise self.err(f"dot of vectors over different extents: {a.shape[0]} and {b.shape[0]}", e.loc)
        da, db = self.is_datavec(a), self.is_datavec(b)
        if da and db:
            raise self.err("dot of two data vectors is not supported", e.loc)
        if da:
            a, b = b, a
            args = args[::-1]
        if (da or db) and not isinstance(a, ir.ParamRef):  # what the back end lowers (check and compile agree)
            raise self.err(f"not supported yet: dot(·, {b.name}) with the data vector {b.name} needs a param or a "
                           f"param row on the other side (dot(w, x), dot(W[y], x)), not an expression of them",
                           start_loc(args[0]))
        return ir.Dot(a, b, ())

    def index_offset(self, ix: A.BinOp) -> tuple:
        """``(field name node, offsets)`` of an index written as sums and differences, one term of them the
        index field (added) and the others constants: ``day + 1``, ``1 + day``, ``day + K - 1``; ``offsets`` are
        ``(sign, term)`` pairs."""
        terms: list = []

        def flatten(e, sign):
            if isinstance(e, A.BinOp) and e.op in ("+", "-"):
                flatten(e.lhs, sign)
                flatten(e.rhs, sign if e.op == "+" else -sign)
            else:
                terms.append((sign, e))

        flatten(ix, 1)
        fields = [(s, t) for s, t in terms if isinstance(t, A.Name) and t.name in self.fields]
        if len(fields) > 1:
            raise self.err(f"an index is one index field shifted by a constant, got '{fields[0][1].name}' and "
                           f"'{fields[1][1].name}'", start_loc(ix))
        if fields and fields[0][0] < 0:
            raise self.err(f"an index field can be shifted, not negated: write {fields[0][1].name} + c",
                           fields[0][1].loc)
        if not fields:  # the first name of the terms, as the message's subject (a const, a dim, unknown)
            first = next((t for _, t in terms if isinstance(t, A.Name)), None)
            if first is None:
                raise self.err("an index must be an index data field (data NAME : index[...]), shifted by a "
                               "constant at most", start_loc(ix))
            fields = [(1, first)]
        node = fields[0][1]
        return node, [(s, t) for s, t in terms if t is not node]

    def shifted_index(self, param: str, axis: int, extent, ix: A.BinOp) -> str:
        """``theta[y + c]``: the index field ``y`` shifted by a constant integer (:meth:`index_offset`), a
        derived index field computed when data is bound; the checker proves it in range: ``y`` in ``[0, E)``
        (a const extent), so ``y + c`` in ``[c, E + c)``, which must lie in ``[0, extent)`` of the axis it
        indexes."""
        node, offsets = self.index_offset(ix)
        name = node.name
        f = self.fields.get(name)
        if f is None or f.kind != "index":
            what = "not declared" if self.names.get(name) is None else \
                f"a {f.kind} field" if f is not None else _KIND_WORDS.get(self.names[name].kind, "not a data field")
            raise self.err(f"'{name}' is {what}; an index must be an index data field", node.loc)
        if f.sampled:
            raise self.err(f"'{name}' is sampled in the kernel: its draws cannot be shifted", node.loc)
        c = 0
        for sign, term in offsets:
            v = self.const_eval(term)
            if v != int(v):
                raise self.err(f"an index may be shifted by an integer, got {v:g}", start_loc(term))
            c += sign * int(v)
        text = f"{param}[{name} {'-' if c < 0 else '+'} {abs(c)}]"
        if not isinstance(f.extent, int) or not isinstance(extent, int):
            raise self.err(f"{text}: a shifted index needs const extents, so that its range is known ('{name}' "
                           f"ranges over {f.extent}, axis {axis + 1} of '{param}' over {extent}): declare "
                           f"const K = N; data {name} : index[K]; and the param over [K + 1] or [K - 1]",
                           start_loc(ix))
        lo, hi = c, f.extent - 1 + c
        if lo < 0 or hi >= extent:
            bad, at = (lo, 0) if lo < 0 else (hi, f.extent - 1)
            raise self.err(f"{text} reaches {bad} where {name} = {at}, outside axis {axis + 1} of '{param}' "
                           f"([0, {extent}))", start_loc(ix))
        typed = ir.Binary("add" if c >= 0 else "sub", ir.FieldRef(name), ir.Num(float(abs(c))))
        derived = ir.format_expr(typed)
        if derived not in self.fields:
            self.fields[derived] = ir.Field(derived, "index", extent, start_loc(ix), derived=typed, source=name)
        elif self.fields[derived].extent != extent:
            raise self.err(f"{text}: '{name} {'-' if c < 0 else '+'} {abs(c)}' indexes axes of different extents "
                           f"({self.fields[derived].extent} and {extent})", start_loc(ix))
        return derived

    def is_matrix(self, m: A.Expr) -> bool:
        """``m`` is a matrix param ``M`` or a power of one, ``M^p``."""
        if isinstance(m, A.BinOp) and m.op == "^":
            m = m.lhs
        ent = self.names.get(m.name) if isinstance(m, A.Name) else None
        return ent is not None and ent.kind == "param" and len(self.params[m.name].shape) == 2

    def axis_sum(self, a: A.Expr) -> bool:
        """``a`` is ``sum(M, 0)`` or ``sum(M^p, 0)`` of a matrix param (the sums of its columns)."""
        return isinstance(a, A.Call) and a.func == "sum" and len(a.args) == 2 and self.is_matrix(a.args[0])

    def matrix_operand(self, m: A.Expr, what: str) -> tuple:
        """``(param, power)`` of ``M`` or ``M^p`` (:meth:`is_matrix`; ``p >= 1``)."""
        power = 1.0
        if isinstance(m, A.BinOp) and m.op == "^":
            power, exponent, m = self.const_eval(m.rhs), m.rhs, m.lhs
            if not power >= 1:
                raise self.err(f"{what} needs p >= 1 (its gradient p M^(p-1) at 0), got {power:g}",
                               start_loc(exponent))
        return self.params[m.name], power

    def vector_power(self, v: A.Expr) -> tuple:
        """``(x, q)`` of ``x^q`` over a data vector's stored entries (``q > 0``: the missing entries are 0 and
        stay 0); ``(v, 1)`` for anything else."""
        if isinstance(v, A.BinOp) and v.op == "^" and isinstance(v.lhs, A.Name) and v.lhs.name in self.fields \
                and self.fields[v.lhs.name].kind == "vector":
            q = self.const_eval(v.rhs)
            if not q > 0:
                raise self.err(f"x^q @ needs q > 0 (a sparse vector's missing entries are 0 and stay 0), got {q:g}",
                               start_loc(v.rhs))
            return v.lhs, q
        return v, 1.0

    def column_sums_dot(self, sums: A.Call, other: A.Expr, ctx: str, loc) -> ir.Expr:
        """``dot(sum(M^p, 0), v)`` with ``v`` a data vector (``x``, ``x^q`` or a function of ``x``): the sum over
        ``M``'s rows of ``M^p @ v``, which touches only the columns where ``v`` is stored (the textbook FM's
        ``dot(sum(V^2, 0), x^2)``)."""
        axis = self.const_eval(sums.args[1])
        if axis != 0:
            raise self.err(f"dot(sum(M, {axis:g}), v) is not supported: sum(M, 0) (over M's rows) gives a vector "
                           f"over its columns, which dot with a data vector v reads as sum(M @ v)",
                           start_loc(sums.args[1]))
        p, mat_power = self.matrix_operand(sums.args[0], "M^p")
        other, vec_power = self.vector_power(other)
        v = self.type(other, ctx, datavec=True)
        if not self.is_datavec(v):
            raise self.err(f"not supported yet: dot(sum({p.name}, 0), v) needs v to be a data vector (x, x^q or a "
                           f"function of x); for a computed vector write sum({p.name} @ v)", start_loc(other))
        if v.shape != (p.shape[1],):
            raise self.err(f"dot(sum({p.name}, 0), v) needs v to be a vector over {p.shape[1]}, "
                           f"got {_shape_words(v.shape)}", loc)
        mv = ir.MatVec(ir.ParamRef(p.name, (), p.shape), v, (p.shape[0],), mat_power, vec_power)
        return ir.Reduce("sum", mv, ())

    def axis_reduce(self, e: A.Call, ctx: str) -> ir.Expr:
        """``sum(v, 0)`` of a vector is ``sum(v)``; a matrix's axis sums are read only inside ``dot`` with a data
        vector (:meth:`column_sums_dot`)."""
        f, args = e.func, e.args
        if self.axis_sum(e):
            raise self.err("sum(M, 0) of a matrix param is supported as dot(sum(M, 0), x) with a data vector x "
                           "(it is sum(M @ x)); elsewhere write M @ v", e.loc)
        a = self.type(args[0], ctx)
        axis = self.const_eval(args[1])
        if len(a.shape) != 1 or axis != 0:
            raise self.err(f"{f}(v, axis) takes a vector and axis 0, got {_shape_words(a.shape)} and axis {axis:g}",
                           e.loc)
        return ir.Reduce(f, a, ())

    def is_datavec(self, x: ir.Expr) -> bool:
        return isinstance(x, ir.FieldRef) and self.fields[x.name].kind == "vector"

    def index(self, e: A.Index, ctx: str) -> ir.Expr:
        base = e.base
        if not isinstance(base, A.Name):
            raise self.err("only params can be indexed", start_loc(base))
        n = base.name
        ent = self.names.get(n)
        refuse_non_param_index(self.err, self.unknown, n, ent.kind if ent is not None else None, base.loc)
        p = self.params[n]
        if not p.shape:
            raise self.err(f"param '{n}' is a scalar and cannot be indexed", e.loc)
        if len(e.indices) > len(p.shape):
            axes = "axis" if len(p.shape) == 1 else "axes"
            raise self.err(f"too many indices for '{n}': it has {len(p.shape)} {axes}, got {len(e.indices)}", e.loc)
        names = []
        for axis, ix in enumerate(e.indices):
            if isinstance(ix, A.BinOp) and ix.op in ("+", "-"):
                names.append(self.shifted_index(n, axis, p.shape[axis], ix))
                continue
            if not isinstance(ix, A.Name):
                raise self.err(f"an index of '{n}' must be an index data field (data NAME : index[...])",
                               start_loc(ix))
            f = self.fields.get(ix.name)
            if f is None:
                if self.names.get(ix.name) is None and ix.name not in SCHEDULE_VARS and ix.name not in BUILTINS:
                    raise self.unknown(ix.name, ix.loc)
                what = _KIND_WORDS.get(getattr(self.names.get(ix.name), "kind", None), "not a data field")
                raise self.err(f"'{ix.name}' is {what}; an index must be an index data field", ix.loc)
            if f.kind != "index":
                raise self.err(f"'{ix.name}' is a {f.kind} field; an index must be an index data field "
                               f"(data {ix.name} : index[...])", ix.loc)
            if f.extent != p.shape[axis] and isinstance(f.extent, int) and isinstance(p.shape[axis], int) and \
                    f.extent < p.shape[axis] and not f.sampled:  # [0, E) inside [0, P): the positions, as an index of P
                names.append(self.shifted_index(n, axis, p.shape[axis], A.BinOp("+", ix, A.Number(0, ix.loc), ix.loc)))
                continue
            if f.extent != p.shape[axis]:
                raise self.err(f"index '{ix.name}' ranges over {f.extent}, but axis {axis + 1} of '{n}' "
                               f"has extent {p.shape[axis]}", ix.loc)
            names.append(ix.name)
        return ir.ParamRef(n, tuple(names), p.shape[len(names):])

    # -- the whole spec --------------------------------------------------------
    def run(self, spec: A.Spec) -> ir.Model:
        sts = spec.statements
        if not sts or not isinstance(sts[0], A.ModelDecl):
            loc = sts[0].loc if sts else Loc(self.filename, 1, 1)
            raise self.err("a spec must start with 'model NAME'", loc)
        model_name = sts[0].name.name
        dims, consts, fields, params, regs, bounds = [], [], [], [], [], []
        loss = predict = sched = None
        for st in sts[1:]:
            if isinstance(st, A.ModelDecl):
                raise self.err("duplicate 'model' statement", st.loc)
            elif isinstance(st, A.DimDecl):
                for n in st.names:
                    self.declare("dim", n)
                    dims.append(ir.Dim(n.name, n.loc))
            elif isinstance(st, A.ConstDecl):
                self.declare("const", st.name, st.value.value)
                consts.append(ir.Const(st.name.name, st.value.value, st.name.loc))
            elif isinstance(st, A.DataDecl):
                self.declare("field", st.name)
                fields.append(st)
            elif isinstance(st, A.ParamDecl):
                self.declare("param", st.name)
                params.append(st)
            elif isinstance(st, A.LossDecl):
                if loss is not None:
                    raise self.err("duplicate 'loss' statement (a model has exactly one loss)", st.loc)
                loss = st
            elif isinstance(st, A.PredictDecl):
                if predict is not None:
                    raise self.err("duplicate 'predict' statement (a model has exactly one)", st.loc)
                predict = st
            elif isinstance(st, A.RegularDecl):
                regs.append(st)
            elif isinstance(st, A.ConstrainDecl):
                bounds.append(st)
            elif isinstance(st, A.LetDecl):
                self.declare("let", st.name)
                self.lets[st.name.name] = st
            elif isinstance(st, A.ScheduleDecl):
                if sched is not None:
                    raise self.err("duplicate 'schedule' block", st.loc)
                sched = st
            else:
                raise self.err(f"not a statement: {type(st).__name__}", getattr(st, "loc", None))
        if loss is None:
            raise self.err("missing 'loss' statement", sts[0].loc)
        if predict is None:
            raise self.err("missing 'predict' statement", sts[0].loc)

        # Extents are resolved once every name is known, so order does not matter.
        for d in fields:
            t = d.type
            ext = self.extent(t.extent) if t.kind in ("index", "vector", "reals") else None
            if t.kind == "weight":  # a real field the checker multiplies the loss by (and nothing else reads)
                if self.weight:
                    raise self.err(f"a second weight field '{d.name.name}' (the first is '{self.weight}'); a "
                                   f"model has at most one", d.name.loc)
                self.weight = d.name.name
            kind = "real" if t.kind == "weight" else t.kind
            sampled, power = "", 1.0
            if t.sampled is not None:
                if t.sampled.name not in SAMPLERS:
                    raise self.err(f"unknown sampler '{t.sampled.name}' (use uniform or unigram(POWER))",
                                   t.sampled.loc)
                sampled = t.sampled.name
                if sampled == "uniform" and t.sample_arg is not None:
                    raise self.err("sampled uniform takes no argument", t.sample_arg.loc)
                if sampled == "unigram":
                    if t.sample_arg is None:
                        raise self.err("sampled unigram needs its power: unigram(0.75) draws items in proportion "
                                       "to their training counts^0.75 (word2vec's)", t.sampled.loc)
                    power = float(t.sample_arg.value)
                    if not 0 <= power <= 4:
                        raise self.err(f"unigram's power must be in [0, 4], got {A.format_number(power)}",
                                       t.sample_arg.loc)
            self.fields[d.name.name] = ir.Field(d.name.name, kind, ext, d.name.loc, sampled, power)
        for p in params:
            shape = () if p.shape is None else tuple(self.extent(x) for x in p.shape)
            if len(shape) > 2:
                raise self.err(f"param '{p.name.name}' has {len(shape)} axes; at most 2 are supported",
                               p.shape[2].loc)
            self.params[p.name.name] = ir.Param(p.name.name, shape, self.init(p), p.name.loc)
        regulars = tuple(self.regular(r) for r in regs)

        loss_ir = self.type(loss.expr, "loss")
        predict_ir = self.type(predict.expr, "predict")
        for name, st in self.lets.items():
            if name not in self.let_used:
                raise self.err(f"let '{name}' is not used", st.name.loc)
        target = self.model_checks(loss, predict, loss_ir, predict_ir)
        if self.weight:  # the loss of an example is its weight times the loss as written (and so its gradient)
            loss_ir = ir.Binary("mul", ir.FieldRef(self.weight), loss_ir)
        training, schedule = self.schedule(sched)
        constraints = self.constraints(bounds, schedule.precision.M)
        return ir.Model(
            name=model_name,
            dims=tuple(dims),
            consts=tuple(consts),
            fields=tuple(self.fields.values()),
            params=tuple(self.params.values()),
            loss=loss_ir,
            regulars=regulars,
            predict=predict_ir,
            target=target,
            training=training,
            schedule=schedule,
            source=self.source,
            filename=self.filename,
            weight=self.weight,
            constraints=constraints,
        )

    def regular(self, r: A.RegularDecl) -> ir.Regular:
        if r.kind.name not in ("l1", "l2"):
            raise self.err(f"unknown regulariser '{r.kind.name}' (use l1 or l2)", r.kind.loc)
        if isinstance(r.strength, A.Ident):  # the name of a const (sgdc train --set NAME=VALUE overrides it)
            ent = self.names.get(r.strength.name)
            if ent is None:
                raise self.unknown(r.strength.name, r.strength.loc, "const")
            if ent.kind != "const":
                raise self.err(f"'{r.strength.name}' is {_KIND_WORDS[ent.kind]}; a regulariser's strength is a "
                               f"number or a const", r.strength.loc)
            s = ent.value
        else:
            s = r.strength.value
        if s < 0:
            raise self.err(f"regulariser strength must be >= 0, got {A.format_number(s)}", r.strength.loc)
        seen = set()
        for p in r.params:
            ent = self.names.get(p.name)
            if ent is None:
                raise self.unknown(p.name, p.loc, "param")
            if ent.kind != "param":
                raise self.err(f"'{p.name}' is {_KIND_WORDS[ent.kind]}; only params can be regularised", p.loc)
            if p.name in seen:
                raise self.err(f"param '{p.name}' is listed twice", p.loc)
            seen.add(p.name)
        return ir.Regular(r.kind.name, s, tuple(p.name for p in r.params), r.loc)

    def constraints(self, decls: list, model_bits: int = 32) -> tuple:
        """The ``constrain`` statements merged per param (:class:`sgdc.ir.model.Constraint`), in the order the
        params are first constrained: a bound set twice, a lower bound above the upper, a norm bounded from below
        or by a radius <= 0 are errors at the statement's bound."""
        merged: dict = {}
        where: dict = {}
        for d in decls:
            value = float(d.value.value)
            if d.bound not in (">=", "<="):  # (the lexer takes any comparison, so that this message can be given)
                example = f"{d.targets[0].param.name} {d.bound}= {A.format_number(d.value.value)}"
                raise self.err(f"a bound is '>=' or '<=' (not '{d.bound}'): constrain {example}", d.bound_loc)
            for t in d.targets:
                name = t.param.name
                ent = self.names.get(name)
                if ent is None:
                    raise self.unknown(name, t.param.loc, "param")
                if ent.kind != "param":
                    raise self.err(f"'{name}' is {_KIND_WORDS[ent.kind]}; only params can be constrained", t.param.loc)
                if t.func is not None and t.func.name != "norm":
                    raise self.err(f"a constraint bounds a param or norm(param), not {t.func.name}(...)", t.func.loc)
                if t.func is not None and d.bound != "<=":
                    raise self.err(f"norm({name}) can only be bounded above: norm({name}) <= R", d.value.loc)
                if t.func is not None and not value > 0:
                    raise self.err(f"the radius of norm({name}) must be > 0, got {A.format_number(d.value.value)}",
                                   d.value.loc)
                if t.func is not None and model_bits < 32 and self.params[name].shape:
                    raise self.err(f"norm({name}) <= R needs a float32 model (M32): {name} is kept in M{model_bits} "
                                   f"fixed point", t.func.loc)
                if abs(value) > MAX_INIT:
                    raise self.err(f"bound {A.format_number(d.value.value)} is beyond float32's range", d.value.loc)
                key = "norm" if t.func is not None else "lo" if d.bound == ">=" else "hi"
                c = merged.get(name) or ir.Constraint(name, loc=t.param.loc)
                if getattr(c, key) is not None:
                    what = {"norm": f"norm({name}) <=", "lo": f"{name} >=", "hi": f"{name} <="}[key]
                    first = where[(name, key)]
                    raise self.err(f"'{what}' is already set at line {first.line}", t.param.loc)
                c = replace(c, **{key: value})
                where[(name, key)] = t.param.loc
                if c.lo is not None and c.hi is not None and c.lo > c.hi:
                    raise self.err(f"the bounds of '{name}' leave nothing: {c.lo:g} > {c.hi:g}", d.value.loc)
                merged[name] = c
        return tuple(merged.values())

    def model_checks(self, loss: A.LossDecl, predict: A.PredictDecl, loss_ir, predict_ir) -> str | None:
        """Checks on the whole model; returns the target field's name (None: a ranking loss over sampled
        fields, which has no target)."""
        if loss_ir.shape != ():
            raise self.err(f"the loss must be a scalar, got {_shape_words(loss_ir.shape)}", start_loc(loss.expr))
        loss_fields, loss_params = _uses(loss_ir)
        pred_fields, _ = _uses(predict_ir)
        for uses in (loss_fields, pred_fields):  # reading x^2 reads x
            uses.update(self.fields[f].source for f in list(uses) if f in self.fields and self.fields[f].source)
        if not loss_params:
            raise self.err("the loss does not depend on any param", loss.loc)
        for f in self.fields.values():
            if f.sampled and f.name in pred_fields:
                raise self.err(f"predict cannot use '{f.name}': it is sampled in training, not data a prediction "
                               f"is given", predict.loc)
        sampled = [f for f in self.fields.values() if f.sampled and f.name in loss_fields]
        for f in sampled:  # what a draw stands in for (a unigram sampler counts it; test AUC ranks it)
            if not any(g.kind == "index" and not g.sampled and g.extent == f.extent for g in self.fields.values()):
                raise self.err(f"sampled field '{f.name}' needs a data index field over '{f.extent}' (the items it "
                               f"draws negatives for)", f.loc)
        targets = [f for f in self.fields if f in loss_fields and f not in pred_fields and not self.fields[f].sampled
                   and self.fields[f].derived is None]
        if not targets and sampled:  # a ranking loss (BPR, negative sampling): predict scores, no target
            self.all_used(loss_fields, pred_fields, loss_params)
            if predict_ir.shape != ():
                raise self.err(f"predict must be a scalar score (a loss over sampled fields has no target), "
                               f"got {_shape_words(predict_ir.shape)}", start_loc(predict.expr))
            return None
        if not targets:
            raise self.err("cannot tell the target: the loss must use exactly one data field that predict "
                           "does not use, and it uses none", predict.loc)
        if len(targets) > 1:
            names = ", ".join(f"'{t}'" for t in targets)
            raise self.err(f"cannot tell the target: the loss uses {names}, which predict does not use; "
                           f"there must be exactly one", predict.loc)
        target = self.fields[targets[0]]
        if target.kind == "vector":
            raise self.err(f"the target '{target.name}' is a vector field; a target must be real, label or index",
                           predict.loc)
        if target.kind == "reals":  # several targets: predict gives one value per output
            if predict_ir.shape != (target.extent,):
                raise self.err(f"predict must give a value per output of the target '{target.name}' "
                               f"(a vector over {target.extent}), got {_shape_words(predict_ir.shape)}",
                               start_loc(predict.expr))
        elif target.kind == "index":
            if predict_ir.shape != (target.extent,):
                raise self.err(f"predict must give a score per class of the target '{target.name}' "
                               f"(a vector over {target.extent}), got {_shape_words(predict_ir.shape)}",
                               start_loc(predict.expr))
        elif predict_ir.shape != ():
            raise self.err(f"predict must be a scalar (the target '{target.name}' is {target.kind}), "
                           f"got {_shape_words(predict_ir.shape)}", start_loc(predict.expr))
        self.all_used(loss_fields, pred_fields, loss_params)
        return target.name

    def all_used(self, loss_fields, pred_fields, loss_params) -> None:
        """Every data field is read by the loss or predict (the weight field needs neither), every param by the
        loss."""
        for f in self.fields.values():
            if f.name not in loss_fields and f.name not in pred_fields and f.name != self.weight:
                raise self.err(f"data field '{f.name}' is not used", f.loc)
        for p in self.params.values():
            if p.name not in loss_params:
                raise self.err(f"param '{p.name}' is not used by the loss", p.loc)

    def schedule(self, sched: A.ScheduleDecl | None) -> tuple:
        """``(Training, Schedule)`` of the spec's ``schedule`` block (the defaults without one): each field
        converted once, by the table of :mod:`sgdc.ir.schedule`; the step typed by :mod:`sgdc.frontend.step`."""
        if sched is None:
            return settings({})
        changes, locs = {}, []
        for f in sched.fields:
            name = f.name.name
            if name not in SCHEDULE_FIELDS:
                raise self.err(unknown_field_message(name), f.name.loc)
            if name in changes:
                raise self.err(f"schedule field '{name}' is set twice", f.name.loc)
            if name == "step":
                names = {n: (e.kind, e.value) for n, e in self.names.items()}
                step = type_step(f.value, names, self.source, self.filename)
                why = check_step(step)
                if why:
                    raise self.err(f"bad step: {why}", start_loc(f.value))
                changes["step"] = step
                changes["step_text"] = A.format_expr(f.value)
            else:
                v = f.value
                if isinstance(v, A.Name):
                    value = v.name
                elif isinstance(v, A.Number):
                    value = v.value
                elif isinstance(v, A.Neg) and isinstance(v.arg, A.Number):
                    value = -v.arg.value
                else:
                    raise self.err(f"schedule field '{name}' takes a name or a number, not an expression; "
                                   f"allowed: {SCHEDULE_FIELDS[name].allowed}", start_loc(v))
                try:
                    changes[name] = convert(name, value)
                except BadValue as e:
                    shown = A.format_number(value) if not isinstance(value, str) else value
                    raise self.err(bad_value_message(name, shown, str(e)), start_loc(v)) from None
            locs.append((name, f.name.loc))
        return settings(changes, locs)


def _uses(e: ir.Expr) -> tuple:
    """(data fields, params) an IR expression reads, index fields included."""
    fields, params = set(), set()
    for n in ir.walk(e):
        if isinstance(n, ir.FieldRef):
            fields.add(n.name)
        elif isinstance(n, ir.ParamRef):
            params.add(n.name)
            fields.update(n.index)
    return fields, params


def _guard(fn, source, filename):
    try:
        return fn()
    except RecursionError:
        raise SpecError("expression nested too deeply", Loc(filename, 1, 1), source) from None


def check(spec_ast: A.Spec, source: str = "", filename: str = "<spec>") -> ir.Model:
    """Check a parsed spec and return its typed model IR (with ``source`` and ``filename``)."""
    return _guard(lambda: _Checker(source, filename).run(spec_ast), source, filename)


def warnings_of(model: ir.Model) -> list:
    """What in a checked model is valid but likely not what was meant, as :class:`SpecWarning`\\ s.

    * a dim that is both the width of a data vector and the range of an index field: the index field's values
      are then positions in ``[0, width)`` (column numbers), not ids to learn;
    * a dim shared by a class target and another index field: the data cannot fix it; it must be set explicitly.
    """
    from sgdc.errors import SpecWarning

    out = []
    widths = {f.extent: f for f in model.vector_fields if isinstance(f.extent, str)}
    target = model.field(model.target) if model.target is not None else None
    class_dim = target.extent if target is not None and target.kind == "index" else None
    for f in model.fields:
        if f.kind != "index" or f is target or not isinstance(f.extent, str):
            continue
        if f.extent in widths:
            v = widths[f.extent]
            out.append(SpecWarning(f"dim '{f.extent}' is both the width of data vector '{v.name}' and the range of "
                                   f"index field '{f.name}': '{f.name}' must hold positions in [0, {f.extent}) "
                                   f"(column numbers of '{v.name}'), not ids; give it a dim of its own if its "
                                   f"values are ids", f.loc, model.source))
        elif f.extent == class_dim:
            out.append(SpecWarning(f"dim '{f.extent}' is both the class count of target '{target.name}' and the "
                                   f"range of index field '{f.name}': the data cannot bind it, so it must be set "
                                   f"explicitly (--dim {f.extent}=N) and '{f.name}' hold positions in [0, N)",
                                   f.loc, model.source))
    return out
