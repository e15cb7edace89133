"""Training and schedule: the two values beside the model, typed, and the one table of their fields.

A spec says *what* is learned (the model: :class:`sgdc.ir.model.Model`'s math); two more values say how:

* :class:`Training`: how the optimiser walks: the step rule (a typed, checked expression of ``epoch`` and
  ``t``, with its text), ``epochs`` and early stopping (``validation_fraction``, ``patience``, ``tol``);
* :class:`Schedule`: how it runs on the machine: ``precision`` (a :class:`~sgdc.ir.precision.Precision`),
  ``rounding``, ``draw``, ``layout``, ``data_layout``, ``threads``, ``order``, ``shard``, ``sync`` and the
  fixed-point ranges.

Both are frozen dataclasses whose fields hold typed values (choices as checked strings, numbers as
numbers, "off" as ``None``); each converts its fields once, when it is built (``__post_init__``), through
:data:`SCHEDULE_FIELDS`, the one table that knows each field: its value (training or schedule), what it
accepts and its converter.  Add a row there and a field of the same name to the class to add a field.

* In a spec, a field is ``NAME EXPR`` in the ``schedule`` block (one grammar rule, ``schedule_file``,
  for the block and for schedule files); the checker hands non-step values to :func:`convert` as a name
  (``str``) or a number, and the step to :func:`sgdc.frontend.step.type_step`.
* Overrides (CLI flags, ``sgdc.compile(**kw)``, schedule files, the tuner's choices, model files) go
  through :func:`override` / :func:`override_model` / :func:`apply_overrides`: Python values or strings as
  typed on a command line (``"auto"``, ``"4"``, ``"D8M16"``, ``"0.1/(1+epoch)"``) become new values
  (``dataclasses.replace``), never new spec text.  A step given as text is read by the parser's expression
  entry and typed by :mod:`sgdc.frontend.step`, not by the checker.
"""
from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from typing import Callable

from sgdc.ir import model as ir
from sgdc.ir import ops
from sgdc.errors import InternalError, Loc, SpecError, UserError
from sgdc.frontend import ast as sgd_ast
from sgdc.frontend.parser import parse_expr
from sgdc.frontend.step import SCHEDULE_VARS, names_of, type_step  # noqa: F401 - SCHEDULE_VARS: its old address
from sgdc.ir.precision import Precision, parse as parse_precision


class BadValue(ValueError):
    """A value a field does not accept; the message says why (may be empty)."""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    allowed: str  # for messages: what values the field accepts
    convert: Callable[[object], object]  # Python value or text -> typed value (idempotent); raises BadValue
    doc: str = ""
    of: str = "schedule"  # the value that holds the field: "training" or "schedule"


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
    return int(v)


def _nonneg_int(v):
    if v in (0, "0") and not isinstance(v, bool):
        return 0
    return _pos_int(v)


def _precision(v) -> Precision:
    """A DMGC signature (short or long form, see sgdc.ir.precision) as a :class:`Precision`."""
    if isinstance(v, Precision):
        return v
    if isinstance(v, str):
        try:
            return parse_precision(v)
        except ValueError as e:
            raise BadValue(str(e) if "=" in v else "") from None
    raise BadValue("")


def _number(v, ok, reason: str, keyword: str | None = None):
    """A finite number passing ``ok`` (or ``keyword`` itself, e.g. "auto")."""
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


def _fraction_or_off(v) -> float | None:
    if v is None or v == "off":
        return None
    return _number(v, lambda x: 0.0 < x < 1.0, "must lie strictly between 0 and 1")


def _posint_or_off(v) -> int | None:
    if v is None or v == "off":
        return None
    return _pos_int(v)


def _tol(v) -> float:
    return _number(v, lambda x: x >= 0.0, "must be a finite number >= 0")


def _range(v):
    return _number(v, lambda x: x > 0.0, "must be a positive number", "auto")


def _step_placeholder(v):  # the step needs the names in scope: see convert_step
    raise InternalError("step is converted by convert_step")


SCHEDULE_FIELDS: dict = {
    f.name: f
    for f in (
        FieldSpec("step", "a positive scalar expression of numbers, consts, dims, epoch and t",
                  _step_placeholder, "step size; may use epoch (0-based) and t (steps taken so far)", "training"),
        FieldSpec("precision", "a DMGC signature such as D32M32, D8M16, D8M8G32C16 "
                  "(D and M required; G and C optional; each 8, 16 or 32)", _precision,
                  "bits of fixed-point data (D), model (M), gradient (G), communication (C)"),
        FieldSpec("rounding", "nearest, unbiased", _choice("nearest", "unbiased"),
                  "rounding to low precision: to nearest, or unbiased (stochastic)"),
        FieldSpec("layout", "auto, shared, replicated, locked", _choice("auto", "shared", "replicated", "locked"),
                  "model layout across threads (auto: chosen from the model and the data, with the reason "
                  "printed: shared with strata for factorisations, replicated for models of data vectors up "
                  "to 32 MiB, else shared)"),
        FieldSpec("data_layout", "auto, dense, sparse", _choice("auto", "dense", "sparse"),
                  "storage of data vectors"),
        FieldSpec("threads", "auto or a positive integer", lambda v: _pos_int(v, auto=True),
                  "worker threads"),
        FieldSpec("order", "shuffle, blocks, sequential", _choice("shuffle", "blocks", "sequential"),
                  "example order within an epoch (blocks: runs of consecutive examples in a shuffled order, "
                  "shuffled within buffers of a few runs: nearly sequential memory access)"),
        FieldSpec("shard", "auto, contiguous, roundrobin, strata",
                  _choice("auto", "contiguous", "roundrobin", "strata"),
                  "how examples are split among threads (auto: strata for shared models with row params, "
                  "else contiguous)"),
        FieldSpec("epochs", "a positive integer", _pos_int, "passes over the data", "training"),
        FieldSpec("model_range", "auto or a positive number", _range,
                  "the largest |w| that fixed-point params (M8, M16) must represent; auto: from each param's init"),
        FieldSpec("draw", "stride, lane, vector", _choice("stride", "lane", "vector"),
                  "unbiased rounding: one random draw per element (lane), one per update vector (vector), or one "
                  "per update stepped by a fixed stride over the elements (stride)"),
        FieldSpec("data_range", "auto or a positive number", _range,
                  "the largest |x| that low-precision data (D8, D16) must represent; auto: from the data"),
        FieldSpec("validation_fraction", "off or a number strictly between 0 and 1", _fraction_or_off,
                  "early stopping: hold out this share of the training data and watch its loss", "training"),
        FieldSpec("patience", "off or a positive integer", _posint_or_off,
                  "early stopping: stop after this many epochs without improvement (5 with validation_fraction)",
                  "training"),
        FieldSpec("tol", "a number >= 0", _tol, "early stopping: the least improvement that counts", "training"),
        FieldSpec("l1_penalty", "auto, subgradient, cumulative", _choice("auto", "subgradient", "cumulative"),
                  "how regular l1 is applied: subgradient (step * l1 * sign(w) on the coordinates an example "
                  "touches: never exactly 0), cumulative (Tsuruoka et al. 2009: each weight is clipped toward "
                  "0 by the penalty owed so far, reaching exact zeros; float32 models), or auto (the default: "
                  "cumulative where it runs, float32 models not under adaptive normalized; else subgradient)",
                  "training"),
        FieldSpec("l2_penalty", "touched, exact", _choice("touched", "exact"),
                  "how regular l2 is applied: touched (step * l2 * w on the coordinates an example touches: "
                  "each weight pulled in proportion to its feature's frequency) or exact (every weight shrinks "
                  "by (1 - step * l2) each example, applied lazily when an example next touches it and after "
                  "every epoch: the objective as written; float32 models)", "training"),
        FieldSpec("average", "off, epoch", _choice("off", "epoch"),
                  "averaged SGD: off, or epoch (each epoch's iterates averaged, lazily on sparse data; the model "
                  "between epochs is the average, training goes on from the last iterate; float32 models)",
                  "training"),
        FieldSpec("adaptive", "off, adagrad, normalized", _choice("off", "adagrad", "normalized"),
                  "per-coordinate steps: off (plain SGD: step), adagrad (step / sqrt(the coordinate's sum of "
                  "squared gradients), the sums kept next to the params), or normalized (AdaGrad made invariant to "
                  "each feature's scale, Ross, Mineiro & Langford 2013, as Vowpal Wabbit's default)", "training"),
        FieldSpec("sync", "0 or a positive integer", _nonneg_int,
                  "examples per thread between merges of private copies (0: 8192, or for replicated an eighth of "
                  "the model if larger)"),
    )
}
TRAINING_FIELDS = tuple(n for n, f in SCHEDULE_FIELDS.items() if f.of == "training")
EXECUTION_FIELDS = tuple(n for n, f in SCHEDULE_FIELDS.items() if f.of == "schedule")


def bad_value_message(name: str, value, reason: str = "") -> str:
    spec = SCHEDULE_FIELDS[name]
    shown = value if isinstance(value, str) else repr(value)
    why = f" ({reason})" if reason else ""
    return f"bad value '{shown}' for schedule field '{name}'{why}; allowed: {spec.allowed}"


def unknown_field_message(name: str) -> str:
    return f"unknown schedule field '{name}' (known: {', '.join(SCHEDULE_FIELDS)})"


def convert(name: str, value):
    """The typed value of a non-step field from text or a Python value; raises :class:`BadValue`."""
    return SCHEDULE_FIELDS[name].convert(value)


def text_of(value) -> str:
    """A typed field value as written in a ``schedule`` block (``None`` is ``off``)."""
    return "off" if value is None else str(value)


# ---------------------------------------------------------------------------
# The two values
# ---------------------------------------------------------------------------


def _convert_own_fields(value, of: str) -> None:
    """Convert ``value``'s fields of the table in place (``__post_init__`` of a frozen dataclass): each
    from text or a Python value to its typed value, once; a bad value is a :class:`UserError`."""
    for name, spec in SCHEDULE_FIELDS.items():
        if spec.of != of or name == "step":
            continue
        raw = getattr(value, name)
        try:
            typed = spec.convert(raw.strip() if isinstance(raw, str) else raw)
        except BadValue as e:
            raise UserError(bad_value_message(name, raw, str(e))) from None
        if typed is not raw:
            object.__setattr__(value, name, typed)


class _Value:
    """What :class:`Training` and :class:`Schedule` share: the spec's locations and text forms."""

    def loc_of(self, name: str) -> Loc | None:
        return dict(self.locs).get(name)

    def replace(self, **kw):
        return dataclasses.replace(self, **kw)

    def texts(self) -> dict:
        """``{field: text}`` as a ``schedule`` block writes them."""
        return {f.name: text_of(getattr(self, f.name)) for f in dataclasses.fields(self)
                if f.name in SCHEDULE_FIELDS}


@dataclass(frozen=True)
class Training(_Value):
    """How the optimiser walks.  ``step`` is a typed scalar expression of numbers, dims, ``epoch`` and ``t``
    (consts folded in); ``step_text`` is its text as written (for messages, model files and tune labels).
    ``None`` in an early-stopping field means off."""

    step: object = ir.Num(0.1)  # an ir.Expr (text and numbers are typed at construction: see convert_step)
    step_text: str = ""  # "" at construction: the step's own text
    epochs: int = 10
    validation_fraction: float | None = None  # early stopping: held-out share
    patience: int | None = None  # early stopping: epochs without improvement
    tol: float = 1e-4  # early stopping: the least improvement that counts
    adaptive: str = "off"  # off | adagrad: per-coordinate steps (sgdc.passes.differentiate.ADAPTIVE_STATE)
    l1_penalty: str = "auto"  # auto | subgradient | cumulative (sgdc.passes.differentiate.cumulative_l1)
    l2_penalty: str = "touched"  # touched | exact (sgdc.passes.differentiate.exact_l2)
    average: str = "off"  # off | epoch (sgdc.passes.differentiate.averaged)
    locs: tuple = field(default=(), compare=False)  # tuple[(name, Loc), ...]: where the spec set a field

    def __post_init__(self):
        given = self.step
        step, text = convert_step(given)  # text or a number is typed; an expression is checked
        if isinstance(given, ir.Expr) and self.step_text:
            text = self.step_text  # as written (the spec's block, an override)
        object.__setattr__(self, "step", step)
        object.__setattr__(self, "step_text", text)
        _convert_own_fields(self, "training")

    def texts(self) -> dict:
        return {"step": self.step_text, **super().texts()}


@dataclass(frozen=True)
class Schedule(_Value):
    """How a model runs on the machine.  ``precision`` is a :class:`~sgdc.ir.precision.Precision`; the
    choices are checked strings; ``threads``, ``data_range`` and ``model_range`` are numbers or ``"auto"``."""

    precision: Precision = Precision()
    rounding: str = "nearest"  # nearest | unbiased
    layout: str = "auto"  # auto | shared | replicated | locked
    data_layout: str = "auto"  # auto | dense | sparse
    threads: object = "auto"  # int or "auto"
    order: str = "shuffle"  # shuffle | blocks | sequential
    shard: str = "auto"  # auto | contiguous | roundrobin | strata
    sync: int = 0  # examples per thread between merges of private copies; 0 = the default window
    data_range: object = "auto"  # low-precision data: the largest |x| to represent (or "auto")
    model_range: object = "auto"  # fixed-point params: the largest |w| to represent (or "auto")
    draw: str = "stride"  # unbiased rounding: one hash per update stepped per element (stride), a hash per element
    #                       (lane), or one draw per update (vector)
    locs: tuple = field(default=(), compare=False)  # tuple[(name, Loc), ...]: where the spec set a field

    def __post_init__(self):
        _convert_own_fields(self, "schedule")


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
    # Bottou's rule for a lam-regularised linear model (scikit-learn's SGD default, learning_rate="optimal"):
    # 1 / (lam (t + t0)), t0 = lam^(-3/4) (a first step of lam^(-1/4), the typical weight's size)
    "optimal": ((1, 1), lambda a: f"1 / (({a[0]}) * (t + ({a[0]})^(-0.75)))",
                "optimal(lam) = 1 / (lam * (t + lam^(-3/4)))  (lam: the regulariser's strength)"),
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


def convert_step(value, names: dict | None = None) -> tuple:
    """``(typed step expression, its text)`` from a Python number, an IR expression or expression text.

    Text is read by the parser's expression entry and typed by :func:`sgdc.frontend.step.type_step` with
    ``names`` in scope (``{name: (kind, value)}``, :func:`sgdc.frontend.step.names_of` of a model: its dims
    and consts may be used); a step shorthand (``inverse(0.1, 0.01)``) is expanded first.  A bad step is a
    :class:`UserError` that names the field.
    """
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
    value = expand_step_shorthand(value.strip())
    try:
        expr = parse_expr(value, "<step>")
        step = type_step(expr, names, value, "<step>")
    except SpecError as e:
        col = f" at column {e.loc.col}" if e.loc else ""
        raise UserError(f"bad value '{value}' for schedule field 'step': {e.message}{col}") from None
    why = check_step(step)
    if why:
        raise UserError(bad_value_message("step", value, why))
    return step, sgd_ast.format_expr(expr)


# ---------------------------------------------------------------------------
# Building and overriding the two values
# ---------------------------------------------------------------------------


def settings(fields: dict, locs=()) -> tuple:
    """``(Training, Schedule)`` from ``{field: typed value}`` (a spec's block, as the checker converted it;
    ``step_text`` rides with ``step``) and the spec's ``(field, Loc)`` pairs."""
    locs = tuple(locs)
    split = {"training": {}, "schedule": {}}
    for name, value in fields.items():
        split["training" if name == "step_text" else SCHEDULE_FIELDS[name].of][name] = value
    return (Training(**split["training"], locs=tuple(p for p in locs if SCHEDULE_FIELDS[p[0]].of == "training")),
            Schedule(**split["schedule"], locs=tuple(p for p in locs if SCHEDULE_FIELDS[p[0]].of == "schedule")))


def _changes(overrides: dict, names: dict | None) -> dict:
    """``{"training": {...}, "schedule": {...}}``: the overrides by value, the step typed (with its text)."""
    out = {"training": {}, "schedule": {}}
    for raw_name, value in overrides.items():
        name = str(raw_name).replace("-", "_")
        if name not in SCHEDULE_FIELDS:
            raise UserError(unknown_field_message(raw_name))
        if value is None:
            continue
        if name == "step":
            out["training"]["step"], out["training"]["step_text"] = convert_step(value, names)
        else:
            out[SCHEDULE_FIELDS[name].of][name] = value.strip() if isinstance(value, str) else value
    return out


def _replaced(value, changes: dict):
    if not changes:
        return value
    locs = tuple((n, loc) for n, loc in value.locs if n not in changes)
    return dataclasses.replace(value, **changes, locs=locs)  # __post_init__ converts the new fields, once


def override(training: Training, schedule: Schedule, names: dict | None = None, **overrides) -> tuple:
    """``(training, schedule)`` with the given fields replaced: new values, the old ones untouched.

    Values may be typed values, Python values or strings as typed on a command line.  A ``None`` value
    leaves the field as it is (handy for unset CLI options); ``-`` in a name reads as ``_``
    (``data-layout``).  Each name goes to the value the table gives it (``step``, ``epochs`` and early
    stopping to the training, the rest to the schedule).  A step may use numbers, ``epoch``, ``t`` and
    the ``names`` in scope (see :func:`override_model` for a model's).  A bad name or value raises
    :class:`UserError` naming the field and its allowed values.
    """
    changes = _changes(overrides, names)
    return _replaced(training, changes["training"]), _replaced(schedule, changes["schedule"])


def apply_overrides(value, **overrides):
    """A :class:`Training` or a :class:`Schedule` with some of its own fields replaced (see :func:`override`);
    a field of the other value is a :class:`UserError`."""
    of = "training" if isinstance(value, Training) else "schedule"
    changes = _changes(overrides, None)
    other = "schedule" if of == "training" else "training"
    if changes[other]:
        name = next(iter(changes[other]))
        raise UserError(f"schedule field '{name}' is a {other} setting, not a {of} one")
    return _replaced(value, changes[of])


def override_model(model: ir.Model, **overrides) -> ir.Model:
    """``model`` with its training and schedule overridden (the math is the same objects); a step may use
    the model's dims and consts."""
    if not overrides:
        return model
    training, schedule = override(model.training, model.schedule, names_of(model), **overrides)
    return model.with_settings(training, schedule)


def stored_fields(training: Training, schedule: Schedule) -> dict:
    """The fields a model file stores (FORMAT 2: text and numbers, as :func:`override_model` reads them
    back): the step's text, the precision's signature, the choices, threads and epochs."""
    out = {"step": training.step_text, "precision": str(schedule.precision), "rounding": schedule.rounding,
           "layout": schedule.layout, "data_layout": schedule.data_layout, "threads": schedule.threads,
           "order": schedule.order, "shard": schedule.shard, "epochs": training.epochs}
    if training.adaptive != "off":  # (only when on: a file without it is read as before, adaptive off)
        out["adaptive"] = training.adaptive
    if training.l1_penalty != "auto":
        out["l1_penalty"] = training.l1_penalty
    if training.l2_penalty != "touched":
        out["l2_penalty"] = training.l2_penalty
    if training.average != "off":
        out["average"] = training.average
    return out
