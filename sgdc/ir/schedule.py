"""Schedule fields: one table of names, allowed values and converters.

A schedule says *how* a model runs, never *what* it computes, so every field
can be set in the spec's ``schedule`` block and overridden later (CLI, Python
API, tuner) without changing the model.  :data:`SCHEDULE_FIELDS` is the one
place that knows each field: add a row there (and a field of the same name to
:class:`sgdc.ir.model.Schedule`) to add a field.

* In a spec, a field is ``NAME EXPR``; the checker hands non-step values to
  :func:`convert` as a name (``str``) or a number.
* :func:`apply_overrides` takes Python values or strings from the command line
  (``"auto"``, ``"4"``, ``"D8M16"``, ``"0.1/(1+epoch)"``).
"""
from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from typing import Callable

from sgdc.ir import model as ir
from sgdc.ir import ops
from sgdc.errors import InternalError, SpecError, UserError


class BadValue(ValueError):
    """A value a field does not accept; the message says why (may be empty)."""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    allowed: str  # for messages: what values the field accepts
    convert: Callable[[object], object]  # Python value -> canonical value; raises BadValue
    doc: str = ""


def _choice(*values: str) -> Callable:
    def convert(v):
        if isinstance(v, str) and v in values:
            return v
        raise BadValue("")

    return convert


def _pos_int(v, *, auto: bool = False):
    if auto and v == "auto":
        return "auto"
    if isinstance(v, bool):
        raise BadValue("")
    if isinstance(v, str):
        s = v.strip()
        if not s.isdigit():
            raise BadValue("")
        v = int(s)
    if isinstance(v, float) and v.is_integer():
        raise BadValue("write it as an integer")
    if not isinstance(v, int) or v < 1:
        raise BadValue("")
    if v > 2**31 - 1:
        raise BadValue("too large")
    return v


def _nonneg_int(v):
    if v in (0, "0"):
        return 0
    return _pos_int(v)


PRECISION_RE = re.compile(r"D(8|16|32)M(8|16|32)(G(8|16|32))?(C(8|16|32))?")


def _precision(v):
    """Canonical short form of a DMGC signature (short or long form, see sgdc.ir.precision)."""
    from sgdc.ir.precision import parse

    if isinstance(v, str):
        try:
            return str(parse(v))
        except ValueError as e:
            raise BadValue(str(e) if "=" in v else "") from None
    raise BadValue("")


def _number(v, ok, reason: str, keyword: str | None = None):
    """A finite number passing ``ok`` (or ``keyword`` itself, e.g. "auto" / "off")."""
    if keyword is not None and v == keyword:
        return keyword
    if isinstance(v, bool):
        raise BadValue("")
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise BadValue("") from None
    if not (math.isfinite(x) and ok(x)):
        raise BadValue(reason)
    return x


def _fraction_or_off(v):
    return "off" if v is None else _number(v, lambda x: 0.0 < x < 1.0, "must lie strictly between 0 and 1", "off")


def _posint_or_off(v):
    if v == "off" or v is None:
        return "off"
    return _pos_int(v)


def _tol(v):
    return _number(v, lambda x: x >= 0.0, "must be a finite number >= 0")


def _range(v):
    return _number(v, lambda x: x > 0.0, "must be a positive number", "auto")


def _step_placeholder(v):  # step is typed by the checker; see _convert_step
    raise InternalError("step is converted by _convert_step")


SCHEDULE_FIELDS: dict = {
    f.name: f
    for f in (
        FieldSpec("step", "a positive scalar expression of numbers, consts, dims, epoch and t",
                  _step_placeholder, "step size; may use epoch (0-based) and t (steps taken so far)"),
        FieldSpec("precision", "a DMGC signature such as D32M32, D8M16, D8M8G32C16 "
                  "(D and M required; G and C optional; each 8, 16 or 32)", _precision,
                  "bits of fixed-point data (D), model (M), gradient (G), communication (C)"),
        FieldSpec("rounding", "nearest, unbiased", _choice("nearest", "unbiased"),
                  "rounding to low precision: to nearest, or unbiased (stochastic)"),
        FieldSpec("layout", "shared, replicated, locked", _choice("shared", "replicated", "locked"),
                  "model layout across threads"),
        FieldSpec("data_layout", "auto, dense, sparse", _choice("auto", "dense", "sparse"),
                  "storage of data vectors"),
        FieldSpec("threads", "auto or a positive integer", lambda v: _pos_int(v, auto=True),
                  "worker threads"),
        FieldSpec("order", "shuffle, sequential", _choice("shuffle", "sequential"),
                  "example order within an epoch"),
        FieldSpec("shard", "auto, contiguous, roundrobin, strata",
                  _choice("auto", "contiguous", "roundrobin", "strata"),
                  "how examples are split among threads (auto: strata for shared models with row params, "
                  "else contiguous)"),
        FieldSpec("epochs", "a positive integer", _pos_int, "passes over the data"),
        FieldSpec("model_range", "auto or a positive number", _range,
                  "the largest |w| that fixed-point params (M8, M16) must represent; auto: from each param's init"),
        FieldSpec("draw", "lane, vector", _choice("lane", "vector"),
                  "unbiased rounding: one random draw per element (lane) or one per update vector (vector)"),
        FieldSpec("data_range", "auto or a positive number", _range,
                  "the largest |x| that low-precision data (D8, D16) must represent; auto: from the data"),
        FieldSpec("validation_fraction", "off or a number strictly between 0 and 1", _fraction_or_off,
                  "early stopping: hold out this share of the training data and watch its loss"),
        FieldSpec("patience", "off or a positive integer", _posint_or_off,
                  "early stopping: stop after this many epochs without improvement (5 with validation_fraction)"),
        FieldSpec("tol", "a number >= 0", _tol, "early stopping: the least improvement that counts"),
        FieldSpec("sync", "0 or a positive integer", _nonneg_int,
                  "examples per thread between merges of private copies (0: 8192, or for replicated an eighth of "
                  "the model if larger)"),
    )
}

# Names a spec may not declare: the schedule's variables.
SCHEDULE_VARS = ("epoch", "t")


def bad_value_message(name: str, value, reason: str = "") -> str:
    spec = SCHEDULE_FIELDS[name]
    shown = value if isinstance(value, str) else repr(value)
    why = f" ({reason})" if reason else ""
    return f"bad value '{shown}' for schedule field '{name}'{why}; allowed: {spec.allowed}"


def unknown_field_message(name: str) -> str:
    return f"unknown schedule field '{name}' (known: {', '.join(SCHEDULE_FIELDS)})"


def convert(name: str, value):
    """Canonical value of a non-step field; raises :class:`BadValue`."""
    return SCHEDULE_FIELDS[name].convert(value)


# ---------------------------------------------------------------------------
# The step expression
# ---------------------------------------------------------------------------

def const_value(e: ir.Expr):
    """The value of a scalar expression without dims, vars, fields or params; else None.

    Each op is the op registry's float64 meaning (:func:`sgdc.ir.ops.evaluate`, the one constant evaluator);
    raises ``ArithmeticError`` when a value cannot be computed (division by zero, log of a negative number,
    overflow: a value that is not finite).
    """
    if isinstance(e, ir.Num):
        return float(e.value)
    if isinstance(e, (ir.Unary, ir.Binary, ir.Pow)):
        args = [const_value(a) for a in e.children()]
        if any(a is None for a in args):
            return None
        v = ops.evaluate("pow", *args, e.exponent) if isinstance(e, ir.Pow) else ops.evaluate(e.op, *args)
        if not math.isfinite(v):
            raise ArithmeticError(f"{e.op if not isinstance(e, ir.Pow) else 'pow'} gives {v}")
        return v
    return None


def check_step(step: ir.Expr) -> str | None:
    """Why a step expression is unacceptable (a constant that is not a positive finite number), or None."""
    try:
        v = const_value(step)
    except (ArithmeticError, ValueError):
        return "it cannot be computed"
    if v is not None and not (math.isfinite(v) and v > 0):
        return f"it must be positive, got {ir._num(v)}"
    return None


# The step's values where it is used.  check_step above refuses a constant step that is not positive; a step
# of epoch and t is evaluated where training will use it: before training at the planned epochs (every one up
# to STEP_CHECK_EPOCHS, else that many spread over them, always the first and last) and, in each, at its first
# and last step and STEP_CHECK_INSIDE steps between; then at run time at every epoch's first and last step.  A
# check at endpoints and samples: a step that dips to 0 or below strictly between them is not seen.
STEP_CHECK_EPOCHS = 1000
STEP_CHECK_INSIDE = 3


def planned_step_points(epoch0: int, t0: int, n: int, epochs: int) -> list:
    """``(epoch, t)`` pairs to check before ``epochs`` epochs of ``n`` steps starting at ``(epoch0, t0)``."""
    if epochs <= 0 or n <= 0:
        return []
    if epochs <= STEP_CHECK_EPOCHS:
        picked = range(epochs)
    else:
        picked = sorted({round(k * (epochs - 1) / (STEP_CHECK_EPOCHS - 1)) for k in range(STEP_CHECK_EPOCHS)})
    points = []
    for k in picked:
        first = t0 + k * n
        inside = sorted({first + (n - 1) * j // (STEP_CHECK_INSIDE + 1) for j in range(STEP_CHECK_INSIDE + 2)})
        points += [(epoch0 + k, t) for t in inside]
    return points


def epoch_step_points(epoch: int, t0: int, n: int) -> list:
    """``(epoch, t)`` at the first and last step of one epoch of ``n`` steps from ``t0`` (the run-time check)."""
    return [(epoch, t0)] if n <= 1 else [(epoch, t0), (epoch, t0 + n - 1)]


def check_step_values(step_at: Callable, points, step_text: str) -> None:
    """Raise :class:`UserError` at the first ``(epoch, t)`` of ``points`` where ``step_at(epoch, t)`` is not a
    positive finite number."""
    for epoch, t in points:
        v = step_at(epoch, t)
        if not (math.isfinite(v) and v > 0):
            raise UserError(f"the step is {v:.6g} at epoch {epoch} (t = {t}): a step must be a positive finite "
                            f"number; change the step (now: {step_text}; epoch counts from 0, t is the number of "
                            f"steps before this one) or train fewer epochs")


# Step-size shorthands, accepted wherever a step is overridden (CLI --step, Python
# step=..., estimators).  Each expands to ordinary step text before parsing.
STEP_SHORTHANDS = {
    "constant": ((1, 1), lambda a: f"({a[0]})", "constant(a) = a"),
    "inverse": ((2, 2), lambda a: f"({a[0]}) / (1 + ({a[1]}) * t)", "inverse(a, b) = a / (1 + b*t)"),
    "invsqrt": ((1, 2), lambda a: f"({a[0]}) / sqrt(1 + ({a[1] if len(a) > 1 else 1}) * t)",
                "invsqrt(a[, b]) = a / sqrt(1 + b*t)  (b defaults to 1)"),
    "decay": ((2, 2), lambda a: f"({a[0]}) / (1 + ({a[1]}) * epoch)", "decay(a, b) = a / (1 + b*epoch)"),
}
_SHORTHAND_RE = re.compile(r"\s*([a-z]+)\s*\((.*)\)\s*")


def _split_args(text: str) -> list:
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
            continue
        depth += (ch == "(") - (ch == ")")
        cur += ch
    out.append(cur)
    return [a.strip() for a in out]


def expand_step_shorthand(text: str) -> str:
    """``inverse(0.1, 0.01)`` -> ``(0.1) / (1 + (0.01) * t)``; other text unchanged."""
    m = _SHORTHAND_RE.fullmatch(text)
    if not m or m.group(1) not in STEP_SHORTHANDS:
        return text
    (lo, hi), expand, doc = STEP_SHORTHANDS[m.group(1)]
    args = _split_args(m.group(2))
    if not (lo <= len(args) <= hi) or not all(args):
        raise UserError(f"bad value '{text}' for schedule field 'step': {doc}")
    return expand(args)


def _convert_step(value, consts: dict, dims) -> tuple:
    """(ir step expression, canonical text) from a Python number, an IR expression or expression text."""
    from sgdc.frontend import ast as sgd_ast
    from sgdc.frontend.checker import type_step
    from sgdc.frontend.parser import parse_expr

    if isinstance(value, bool):
        raise UserError(bad_value_message("step", value))
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or value <= 0:
            raise UserError(bad_value_message("step", value, "it must be a positive number"))
        return ir.Num(value), sgd_ast.format_number(value)
    if isinstance(value, ir.Expr):
        if value.shape != ():
            raise UserError(bad_value_message("step", ir.format_expr(value), "it must be a scalar"))
        why = check_step(value)
        if why:
            raise UserError(bad_value_message("step", ir.format_expr(value), why))
        return value, ir.format_expr(value)
    if not isinstance(value, str):
        raise UserError(bad_value_message("step", value))
    value = expand_step_shorthand(value)
    try:
        expr = parse_expr(value, "<step>")
        step = type_step(expr, consts, dims, value, "<step>")
    except SpecError as e:
        col = f" at column {e.loc.col}" if e.loc else ""
        raise UserError(f"bad value '{value}' for schedule field 'step': {e.message}{col}") from None
    why = check_step(step)
    if why:
        raise UserError(bad_value_message("step", value, why))
    return step, sgd_ast.format_expr(expr)


# ---------------------------------------------------------------------------
# Overrides
# ---------------------------------------------------------------------------


def apply_overrides(schedule: ir.Schedule, **overrides) -> ir.Schedule:
    """A copy of ``schedule`` with the given fields replaced.

    Values may be Python values or strings as typed on a command line.  A
    ``None`` value leaves the field as it is (handy for unset CLI options);
    ``-`` in a name reads as ``_`` (``data-layout``).  A step override may use
    numbers, ``epoch`` and ``t`` here; use :func:`override_model` for one that
    names the model's dims or consts.  A bad name or value raises
    :class:`UserError` naming the field and its allowed values.
    """
    return _apply(schedule, overrides, {}, ())


def override_model(model: ir.Model, **overrides) -> ir.Model:
    """``model`` with its schedule overridden; step expressions may use its dims and consts."""
    consts = {c.name: c.value for c in model.consts}
    dims = tuple(d.name for d in model.dims)
    return dataclasses.replace(model, schedule=_apply(model.schedule, overrides, consts, dims))


def _apply(schedule: ir.Schedule, overrides: dict, consts: dict, dims) -> ir.Schedule:
    changes = {}
    for raw_name, value in overrides.items():
        name = raw_name.replace("-", "_")
        if name not in SCHEDULE_FIELDS:
            raise UserError(unknown_field_message(raw_name))
        if value is None:
            continue
        if name == "step":
            changes["step"], changes["step_text"] = _convert_step(value, consts, dims)
            continue
        if isinstance(value, str):
            value = value.strip()
        try:
            changes[name] = convert(name, value)
        except BadValue as e:
            raise UserError(bad_value_message(name, value, str(e))) from None
    if not changes:
        return schedule
    locs = tuple((n, loc) for n, loc in schedule.locs if n not in changes)
    return schedule.replace(**changes, locs=locs)
