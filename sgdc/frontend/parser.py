"""Parse ``.sgd`` text into a :class:`sgdc.frontend.ast.Spec`.

The grammar (``grammar/sgd.lark``, installed as package data of
``sgdc.grammar``) is loaded once, on first use, into a LALR parser whose
transformer builds the AST during the parse itself: no parse tree, no
recursion, so deeply nested input cannot overflow the Python stack here.
Expressions nested more than :data:`MAX_DEPTH` levels are rejected with a
clean error, so later (recursive) passes never meet them either.

Every failure is a :class:`sgdc.errors.SpecError` with a position and the
source text, worded for people ("unexpected ')'; expected an expression").
"""
from __future__ import annotations

import math
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from sgdc.frontend import ast
from sgdc.errors import Loc, SpecError

MAX_DEPTH = 200  # deepest expression nesting accepted
MAX_LENGTH = 1_000_000  # characters in one spec

# Terminals that can start an expression; if a parser state accepts all of
# them, the friendly word for what was expected is "an expression".
_EXPR_START = {"NUMBER", "NAME", "LPAR", "MINUS"}
_STMT_START = {"MODEL", "DIM", "CONST", "DATA", "PARAM", "LOSS", "REGULAR", "PREDICT", "CONSTRAIN", "LET", "SCHEDULE"}
_OPERATORS = {"PLUS", "MINUS", "STAR", "SLASH", "AT", "CARET"}
_TERMINAL_WORDS = {
    "NAME": "a name",
    "NUMBER": "a number",
    "BOUND": "'>=' or '<='",
    "$END": "end of input",
}


def _grammar_text() -> str:
    try:
        return (resources.files("sgdc.grammar") / "sgd.lark").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # a bare checkout, not installed
        return (Path(__file__).resolve().parents[2] / "grammar" / "sgd.lark").read_text(encoding="utf-8")


class _Builder(Transformer):
    """Builds AST nodes during the LALR parse (callbacks run on each reduction)."""

    def __init__(self):
        super().__init__()
        self.filename = "<spec>"
        self.source = ""
        self.depth = {}  # id(expr node) -> nesting depth, for this parse only

    # -- helpers -------------------------------------------------------------
    def loc(self, tok: Token) -> Loc:
        return Loc(self.filename, tok.line, tok.column)

    def _expr(self, node, *kids):
        d = 1 + max((self.depth.get(id(k), 1) for k in kids), default=0)
        if d > MAX_DEPTH:
            raise SpecError(f"expression nested too deeply (more than {MAX_DEPTH} levels)", node.loc, self.source)
        self.depth[id(node)] = d
        return node

    def _number(self, tok: Token, negative: bool = False) -> ast.Number:
        text = tok.value
        loc = self.loc(tok)
        if any(c in text for c in ".eE"):
            v = float(text)
            if not math.isfinite(v):
                raise SpecError(f"number {text} is too large", loc, self.source)
        else:
            if len(text) > 300:
                raise SpecError("number is too large", loc, self.source)
            v = int(text)
            if v > 1.7e308:
                raise SpecError(f"number {text} is too large", loc, self.source)
        return ast.Number(-v if negative else v, loc)

    def _ident(self, tok: Token) -> ast.Ident:
        return ast.Ident(tok.value, self.loc(tok))

    # -- statements ----------------------------------------------------------
    def start(self, stmts):
        loc = stmts[0].loc if stmts else Loc(self.filename, 1, 1)
        return ast.Spec(tuple(stmts), loc)

    def expr_start(self, kids):
        return kids[0]

    def schedule_file(self, kids):
        return tuple(k for k in kids if isinstance(k, ast.SchedField))

    def model_stmt(self, kids):
        kw, name = kids
        return ast.ModelDecl(self._ident(name), self.loc(kw))

    def dim_stmt(self, kids):
        kw, *names = kids
        return ast.DimDecl(tuple(self._ident(n) for n in names), self.loc(kw))

    def const_stmt(self, kids):
        kw, name, value = kids
        return ast.ConstDecl(self._ident(name), value, self.loc(kw))

    def data_stmt(self, kids):
        kw, name, typ = kids
        return ast.DataDecl(self._ident(name), typ, self.loc(kw))

    def param_stmt(self, kids):
        kw, name, shape, init = kids
        return ast.ParamDecl(self._ident(name), shape, init, self.loc(kw))

    def loss_stmt(self, kids):
        kw, e = kids
        return ast.LossDecl(e, self.loc(kw))

    def predict_stmt(self, kids):
        kw, e = kids
        return ast.PredictDecl(e, self.loc(kw))

    def regular_stmt(self, kids):
        kw, kind, strength, *params = kids
        if isinstance(strength, Token):  # a const's name
            strength = self._ident(strength)
        return ast.RegularDecl(self._ident(kind), strength, tuple(self._ident(p) for p in params), self.loc(kw))

    def let_stmt(self, kids):
        kw, name, e = kids
        return ast.LetDecl(self._ident(name), e, self.loc(kw))

    def constrain_stmt(self, kids):
        kw, *targets, bound, value = kids
        return ast.ConstrainDecl(tuple(targets), bound.value, value, self.loc(kw), self.loc(bound))

    def bound_param(self, kids):
        (name,) = kids
        return ast.BoundTarget(None, self._ident(name))

    def bound_call(self, kids):
        func, name = kids
        return ast.BoundTarget(self._ident(func), self._ident(name))

    def schedule_stmt(self, kids):
        kw, *fields = kids
        return ast.ScheduleDecl(tuple(fields), self.loc(kw))

    def sched_field(self, kids):
        name, value = kids
        return ast.SchedField(self._ident(name), value, self.loc(name))

    # -- types, shapes, initialisers -----------------------------------------
    def _extent(self, x):
        if isinstance(x, ast.ExtentOffset):
            return x
        return self._number(x) if x.type == "NUMBER" else self._ident(x)

    def extent_offset(self, kids):
        name, sign, num = kids
        n = self._number(num)
        if not isinstance(n.value, int):
            raise SpecError(f"an extent's offset must be an integer, got {num.value}", n.loc, self.source)
        return ast.ExtentOffset(self._ident(name), -n.value if sign.type == "MINUS" else n.value, self.loc(name))

    def type_real(self, kids):
        return ast.DataType("real", None, self.loc(kids[0]))

    def type_reals(self, kids):
        return ast.DataType("reals", self._extent(kids[1]), self.loc(kids[0]))

    def type_label(self, kids):
        return ast.DataType("label", None, self.loc(kids[0]))

    def type_named(self, kids):
        name = str(kids[0])
        if name != "weight":
            raise SpecError(f"unknown data type '{name}'; expected real, label, weight, index[N] or [N]",
                            self.loc(kids[0]), self.source)
        return ast.DataType("weight", None, self.loc(kids[0]))

    def type_index(self, kids):
        return ast.DataType("index", self._extent(kids[1]), self.loc(kids[0]))

    def type_sampled(self, kids):
        return ast.DataType("index", self._extent(kids[1]), self.loc(kids[0]), self._ident(kids[3]), kids[4])

    def type_vector(self, kids):
        return ast.DataType("vector", self._extent(kids[1]), self.loc(kids[0]))

    def shape_scalar(self, kids):
        return None

    def shape_array(self, kids):
        return tuple(self._extent(x) for x in kids[1:])

    def init_const(self, kids):
        (n,) = kids
        return ast.InitSpec(None, (n,), n.loc)

    def init_call(self, kids):
        name, *args = kids
        args = tuple(a for a in args if a is not None)
        return ast.InitSpec(self._ident(name), args, self.loc(name))

    def signed_number(self, kids):
        if len(kids) == 2:
            n = self._number(kids[1], negative=True)
            return ast.Number(n.value, self.loc(kids[0]))
        return self._number(kids[0])

    # -- expressions -----------------------------------------------------------
    def number(self, kids):
        return self._expr(self._number(kids[0]))

    def name(self, kids):
        return self._expr(ast.Name(kids[0].value, self.loc(kids[0])))

    def call(self, kids):
        name, *args = kids
        args = tuple(a for a in args if a is not None)
        return self._expr(ast.Call(name.value, args, self.loc(name)), *args)

    def index(self, kids):
        base, lsqb, *indices = kids
        return self._expr(ast.Index(base, tuple(indices), self.loc(lsqb)), base, *indices)

    def neg(self, kids):
        minus, arg = kids
        return self._expr(ast.Neg(arg, self.loc(minus)), arg)

    def binop(self, kids):
        lhs, op, rhs = kids
        return self._expr(ast.BinOp(op.value, lhs, rhs, self.loc(op)), lhs, rhs)


_lock = threading.Lock()
_builder = _Builder()


@lru_cache(maxsize=None)
def _lark() -> Lark:
    """The parser, built once.  Its inline transformer (:data:`_builder`) runs
    on each reduction, so the parse yields AST nodes directly."""
    return Lark(
        _grammar_text(),
        parser="lalr",
        lexer="contextual",
        start=["start", "expr_start", "schedule_file"],
        propagate_positions=True,
        maybe_placeholders=True,
        transformer=_builder,
    )


def _describe_token(tok) -> str:
    if tok is None or getattr(tok, "type", None) == "$END":
        return "end of input"
    if tok.type == "NAME":
        return f"name '{tok.value}'"
    if tok.type == "NUMBER":
        return f"number {tok.value}"
    return f"'{tok.value}'"


def _describe_expected(expected) -> str | None:
    expected = set(expected)
    if _EXPR_START <= expected:
        return "an expression"
    if expected <= _STMT_START | {"$END"} and len(expected & _STMT_START) > 1:
        return "a statement (model, dim, const, data, param, let, loss, regular, predict, constrain, schedule)"
    words = []
    for name in sorted(expected):
        w = _TERMINAL_WORDS.get(name)
        if w is None:
            try:
                pattern = _lark().get_terminal(name).pattern
            except KeyError:
                continue
            if pattern.type != "str":
                continue
            w = f"'{pattern.value}'"
        words.append(w)
    if not words or len(words) > 4:
        return None
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _syntax_error(e: UnexpectedInput, text: str, filename: str) -> SpecError:
    if isinstance(e, UnexpectedCharacters):
        ch = text[e.pos_in_stream] if 0 <= e.pos_in_stream < len(text) else "?"
        shown = ch if ch.isprintable() else repr(ch)[1:-1]
        return SpecError(f"unknown character '{shown}'", Loc(filename, e.line, e.column), text)
    if isinstance(e, UnexpectedToken):
        tok = e.token
        expected = _describe_expected(e.expected)
        if tok.type == "$END":
            line, col = _end_position(text)
            loc = Loc(filename, line, col)
            msg = "unexpected end of input"
        else:
            loc = Loc(filename, tok.line, tok.column)
            msg = f"unexpected {_describe_token(tok)}"
        if _after_expression(e) and not (set(e.expected) & _OPERATORS):
            # LALR reduces a finished expression before it notices the error,
            # so the operators that could have continued it are gone from
            # ``expected``: name them here.
            if set(e.expected) <= _STMT_START | {"$END"}:
                expected = "an operator or a new statement"
            elif expected:
                expected = "an operator, " + expected if " or " in expected else "an operator or " + expected
        return SpecError(msg + (f"; expected {expected}" if expected else ""), loc, text)
    if isinstance(e, UnexpectedEOF):
        line, col = _end_position(text)
        expected = _describe_expected(e.expected)
        return SpecError("unexpected end of input" + (f"; expected {expected}" if expected else ""),
                         Loc(filename, line, col), text)
    return SpecError("syntax error", Loc(filename, getattr(e, "line", 1) or 1, getattr(e, "column", 1) or 1), text)


def _after_expression(e: UnexpectedToken) -> bool:
    """Did the statement before the offending token end with an expression?"""
    stack = getattr(getattr(e, "state", None), "value_stack", None) or []
    last = stack[-1] if stack else None
    return isinstance(last, (ast.Number, ast.Name, ast.Neg, ast.BinOp, ast.Call, ast.Index))


def _end_position(text: str) -> tuple:
    """Line and column just after the last non-blank, non-comment character."""
    lines = text.splitlines() or [""]
    for i in range(len(lines) - 1, -1, -1):
        code = lines[i].split("#", 1)[0].rstrip()
        if code:
            return i + 1, len(code) + 1
    return 1, 1


def _parse(text: str, filename: str, start: str):
    if not isinstance(text, str):
        raise SpecError(f"a spec must be text, not {type(text).__name__}", None, None)
    if len(text) > MAX_LENGTH:
        raise SpecError(f"spec is too long ({len(text)} characters; at most {MAX_LENGTH})", Loc(filename, 1, 1), text)
    parser = _lark()
    with _lock:  # the builder holds per-parse state
        _builder.filename, _builder.source, _builder.depth = filename, text, {}
        try:
            return parser.parse(text, start=start)
        except UnexpectedInput as e:
            raise _syntax_error(e, text, filename) from None
        except RecursionError:  # not expected (the parse is iterative); a clean error all the same
            raise SpecError(f"spec nested too deeply (more than {MAX_DEPTH} levels)", Loc(filename, 1, 1), text) from None
        finally:
            _builder.depth = {}


def parse(text: str, filename: str = "<spec>") -> ast.Spec:
    """Parse a whole spec.  Raises :class:`SpecError` on any malformed input."""
    return _parse(text, filename, "start")


def parse_schedule_fields(text: str, filename: str = "<schedule>") -> tuple:
    """The fields of a schedule file (an optional ``schedule`` keyword, then ``name value`` pairs): the same
    grammar rule as a spec's ``schedule`` block.  A tuple of :class:`ast.SchedField`."""
    return _parse(text, filename, "schedule_file")


def parse_expr(text: str, filename: str = "<expr>") -> ast.Expr:
    """Parse one expression (used for ``--step`` overrides and tests)."""
    return _parse(text, filename, "expr_start")
