"""The typed model IR: what the checker produces and every later pass reads.

Immutable (frozen dataclasses), with a stable text form (:func:`format_model`)
used by ``sgdc compile --emit ir`` and by golden tests.

Shapes
------
A shape is a tuple of *extents*.  An extent is either a dim name (``"d"``,
``"users"``: an integer bound from the data at run time) or a Python ``int``
(a ``const`` such as ``k = 16``, known at compile time).  ``()`` is a scalar,
``("d",)`` a vector over ``d``, ``("users", 16)`` a matrix.

Per-example values are at most vectors: a param matrix indexed by one index
field gives a row (a vector), a data field is a scalar or a vector.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterator, Union

from sgdc.errors import Loc
from sgdc.ir import ops as _ops

MAX_EXTENT = 2**31 - 1  # extents, column indices and index fields: int32 in the kernels

Extent = Union[str, int]
Shape = tuple  # tuple[Extent, ...]

# ---------------------------------------------------------------------------
# Declarations
# ---------------------------------------------------------------------------

FIELD_KINDS = ("real", "label", "index", "vector")


@dataclass(frozen=True)
class Dim:
    name: str
    loc: Loc | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Const:
    name: str
    value: float  # int when written as an integer
    loc: Loc | None = field(default=None, compare=False)


#: ``sampled unigram(p)``: the alias table the kernels draw from (Walker 1977, Vose 1991), beside the sampled
#: field ``j``: ``j.sp`` (each bucket's probability of keeping its own item) and ``j.sa`` (its alias, an item
#: number as float32), filled from the training data's counts when a fit starts, saved with the model
SAMPLE_PROB, SAMPLE_ALIAS = ".sp", ".sa"


@dataclass(frozen=True)
class Field:
    """A data field of one example.

    kind ``real``: a real scalar; ``label``: a binary label stored as -1/+1;
    ``index``: an integer in ``[0, extent)`` (user ids, item ids, class labels);
    ``vector``: a vector over ``extent`` whose storage (dense or sparse) is a
    layout decision; ``reals``: a dense real vector over ``extent`` (several
    targets: one real per output), stored as float32 rows.
    """

    name: str
    kind: str
    extent: Extent | None = None  # for index and vector
    loc: Loc | None = field(default=None, compare=False)
    sampled: str = ""  # an index field drawn in the kernel (``uniform`` or ``unigram``), not read from data
    power: float = 1.0  # ``unigram``: draws in proportion to the training data's counts to this power
    derived: object = None  # a vector computed from another (``x^2``, ``exp(x)``): the elementwise Expr of it
    source: str = ""  # ``derived``: the vector field it is computed from (its only FieldRef)

    @property
    def shape(self) -> Shape:
        return (self.extent,) if self.kind in ("vector", "reals") else ()


@dataclass(frozen=True)
class Init:
    """Initial value of a param: ``const(v)``, ``normal(mean, std)``, ``uniform(lo, hi)``."""

    kind: str
    args: tuple


def is_state(name: str) -> bool:
    """Whether param ``name`` is per-coordinate state the compiler added beside a spec's param (AdaGrad's sums,
    the penalties', the average's, ``w.g2``, ``w.l1q`` ...): their names hold a dot, which no spec name can."""
    return "." in name


@dataclass(frozen=True)
class Param:
    name: str
    shape: Shape
    init: Init
    loc: Loc | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Regular:
    """``regular l2(strength) on p, q``: applied on the support of each update."""

    kind: str  # "l2" | "l1"
    strength: float
    params: tuple  # tuple[str, ...]
    loc: Loc | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Constraint:
    """``constrain p >= lo``, ``constrain p <= hi``, ``constrain norm(p) <= norm``, merged per param: after every
    update each coordinate it wrote is clamped to ``[lo, hi]`` and each row it wrote (the param itself when it
    is a vector) is scaled back onto the ball of radius ``norm``; the initial values are projected too."""

    param: str
    lo: float | None = None
    hi: float | None = None
    norm: float | None = None
    loc: Loc | None = field(default=None, compare=False)

    def texts(self) -> list:
        out = []
        if self.lo is not None:
            out.append(f"constrain {self.param} >= {_num(self.lo)}")
        if self.hi is not None:
            out.append(f"constrain {self.param} <= {_num(self.hi)}")
        if self.norm is not None:
            out.append(f"constrain norm({self.param}) <= {_num(self.norm)}")
        return out


# ---------------------------------------------------------------------------
# Expressions
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Expr:
    """Base of typed expressions; ``shape`` is () or (extent,)."""

    def children(self) -> tuple:
        return ()


@dataclass(frozen=True)
class Num(Expr):
    value: float
    shape: Shape = ()


@dataclass(frozen=True)
class DimRef(Expr):
    """The integer value of a dim, as a scalar (e.g. ``1 / d``)."""

    name: str
    shape: Shape = ()


@dataclass(frozen=True)
class Var(Expr):
    """A schedule variable: ``epoch`` (0-based) or ``t`` (steps taken so far)."""

    name: str
    shape: Shape = ()


@dataclass(frozen=True)
class FieldRef(Expr):
    name: str
    shape: Shape = ()


@dataclass(frozen=True)
class ParamRef(Expr):
    """A param, or part of one: ``w``, ``bu[u]``, ``L[u]``, ``W[y]``, ``P[u, i]``.

    ``index`` holds the names of the index fields, one per leading axis taken.
    """

    name: str
    index: tuple = ()  # tuple[str, ...] of index-field names
    shape: Shape = ()


# the ops a model expression may use: the registry's (sgdc.ir.ops) but those only differentiation makes
UNARY_OPS = _ops.names("unary", syntax=("function", "operator"))
BINARY_OPS = _ops.names("binary", syntax=("function", "operator"))
REDUCE_OPS = _ops.names("reduce", syntax=("function", "operator"))


@dataclass(frozen=True)
class Unary(Expr):
    op: str
    arg: Expr
    shape: Shape = ()

    def children(self):
        return (self.arg,)


@dataclass(frozen=True)
class Binary(Expr):
    """Elementwise; a scalar operand broadcasts over a vector one."""

    op: str
    lhs: Expr
    rhs: Expr
    shape: Shape = ()

    def children(self):
        return (self.lhs, self.rhs)


@dataclass(frozen=True)
class Pow(Expr):
    """``base ^ exponent`` with a constant exponent."""

    base: Expr
    exponent: float
    shape: Shape = ()

    def children(self):
        return (self.base,)


@dataclass(frozen=True)
class Reduce(Expr):
    """A reduction of a vector to a scalar: an op of kind ``reduce`` in :mod:`sgdc.ir.ops`."""

    op: str
    arg: Expr
    shape: Shape = ()

    def children(self):
        return (self.arg,)


@dataclass(frozen=True)
class Dot(Expr):
    """``dot(a, b)``; at most one operand is a vector data field (``b`` then)."""

    lhs: Expr
    rhs: Expr
    shape: Shape = ()

    def children(self):
        return (self.lhs, self.rhs)


@dataclass(frozen=True)
class MatVec(Expr):
    """``M @ v`` with ``M`` a whole matrix param ``[A, B]`` and ``v`` a vector over B; ``M^p @ x^q``
    (``mat_power`` p >= 1, ``vec_power`` q > 0) for a data vector ``x``: each stored entry's power times the
    matrix entries' (a factorization machine's ``V^2 @ x^2``)."""

    mat: ParamRef
    vec: Expr
    shape: Shape = ()
    mat_power: float = 1.0
    vec_power: float = 1.0

    def children(self):
        return (self.mat, self.vec)


def walk(e: Expr) -> Iterator[Expr]:
    """Pre-order traversal of an expression tree."""
    yield e
    for c in e.children():
        yield from walk(c)


# ---------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------

# The fields that are the model's math (what is learned); ``training`` and ``schedule`` are not among them.
MATH_FIELDS = ("name", "dims", "consts", "fields", "params", "loss", "regulars", "predict", "target", "weight",
               "constraints")


@dataclass(frozen=True)
class Model:
    """What is learned (the math: dims, consts, data fields, params, loss, regularisers, predict, target),
    carrying the two values that say how: ``training`` (:class:`sgdc.ir.schedule.Training`: step rule,
    epochs, early stopping) and ``schedule`` (:class:`sgdc.ir.schedule.Schedule`: precision, rounding,
    layouts, threads ...).  The checker gives them the spec's ``schedule`` block (or the defaults);
    :func:`sgdc.ir.schedule.override_model` / :meth:`with_settings` give a model with others and the same
    math (the same objects)."""

    name: str
    dims: tuple  # tuple[Dim, ...]
    consts: tuple  # tuple[Const, ...]
    fields: tuple  # tuple[Field, ...]
    params: tuple  # tuple[Param, ...]
    loss: Expr
    regulars: tuple  # tuple[Regular, ...]
    predict: Expr
    target: str | None  # the data field that predict estimates (None: a ranking loss over sampled fields)
    training: "Training"  # sgdc.ir.schedule.Training
    schedule: "Schedule"  # sgdc.ir.schedule.Schedule
    source: str = field(default="", compare=False)
    filename: str = field(default="<spec>", compare=False)
    weight: str = ""  # the weight field (``data c : weight``; a real field): the loss is ``c * (loss as written)``
    constraints: tuple = ()  # tuple[Constraint, ...]: one per constrained param

    def constraint(self, name: str) -> "Constraint | None":
        for c in self.constraints:
            if c.param == name:
                return c
        return None

    @property
    def math(self) -> tuple:
        """The model's math alone (:data:`MATH_FIELDS`): equal for two models that learn the same thing."""
        return tuple(getattr(self, name) for name in MATH_FIELDS)

    def with_settings(self, training=None, schedule=None) -> "Model":
        """This model (the same math) with another training and/or schedule value."""
        return replace(self, training=self.training if training is None else training,
                       schedule=self.schedule if schedule is None else schedule)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    @property
    def vector_fields(self) -> tuple:
        """Every vector field a bound dataset holds and the kernels read: the data's and the derived ones."""
        return tuple(f for f in self.fields if f.kind == "vector")

    @property
    def data_vector_fields(self) -> tuple:
        """The vector fields read from data (not the derived ones)."""
        return tuple(f for f in self.fields if f.kind == "vector" and f.derived is None)

    @property
    def sampled_fields(self) -> tuple:
        """The index fields drawn in the kernel (``data j : index[items] sampled uniform``)."""
        return tuple(f for f in self.fields if f.sampled)

    @property
    def data_fields(self) -> tuple:
        """The fields read from data (all but the sampled and the derived ones)."""
        return tuple(f for f in self.fields if not f.sampled and f.derived is None)

    @property
    def derived_fields(self) -> tuple:
        """The vector fields computed from another when data is bound (``dot(w, x^2)`` reads ``x^2``)."""
        return tuple(f for f in self.fields if f.derived is not None)

    @property
    def task(self) -> str:
        """``binary``, ``multiclass`` or ``regression`` (from the target's kind); ``ranking`` without a target
        (a loss over sampled negatives: BPR, skip-gram)."""
        if self.target is None:
            return "ranking"
        kind = self.field(self.target).kind
        return {"label": "binary", "index": "multiclass"}.get(kind, "regression")  # (reals: several outputs)


# ---------------------------------------------------------------------------
# Text form
# ---------------------------------------------------------------------------


def _num(v: float) -> str:
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer() and abs(v) < 1e15):
        return str(int(v))
    return repr(float(v))


def format_shape(shape: Shape) -> str:
    return "real" if not shape else "[" + ", ".join(str(x) for x in shape) + "]"


def format_expr(e: Expr) -> str:
    """Fully parenthesised, unambiguous text of an expression."""
    if isinstance(e, Num):
        return _num(e.value)
    if isinstance(e, (DimRef, Var, FieldRef)):
        return e.name
    if isinstance(e, ParamRef):
        return e.name + (f"[{', '.join(e.index)}]" if e.index else "")
    if isinstance(e, Unary):
        return f"-({format_expr(e.arg)})" if e.op == "neg" else f"{e.op}({format_expr(e.arg)})"
    if isinstance(e, Binary):
        sym = {"add": "+", "sub": "-", "mul": "*", "div": "/"}.get(e.op)
        if sym is None:
            return f"{e.op}({format_expr(e.lhs)}, {format_expr(e.rhs)})"
        return f"({format_expr(e.lhs)} {sym} {format_expr(e.rhs)})"
    if isinstance(e, Pow):
        return f"({format_expr(e.base)} ^ {_num(e.exponent)})"
    if isinstance(e, Reduce):
        return f"{e.op}({format_expr(e.arg)})"
    if isinstance(e, Dot):
        return f"dot({format_expr(e.lhs)}, {format_expr(e.rhs)})"
    if isinstance(e, MatVec):
        m = format_expr(e.mat) + ("" if e.mat_power == 1 else f"^{_num(e.mat_power)}")
        v = format_expr(e.vec) + ("" if e.vec_power == 1 else f"^{_num(e.vec_power)}")
        return f"({m} @ {v})"
    raise TypeError(f"unknown expression {e!r}")


def format_model(m: Model) -> str:
    out = [f"model {m.name}"]
    for d in m.dims:
        out.append(f"dim {d.name}")
    for c in m.consts:
        out.append(f"const {c.name} = {_num(c.value)}")
    for f in m.fields:
        t = {"real": "real", "label": "label"}.get(f.kind)
        if f.kind == "index":
            t = f"index[{f.extent}]" + (f" sampled {f.sampled}" if f.sampled else "") + \
                (f"({_num(f.power)})" if f.sampled == "unigram" else "")
        elif f.kind == "vector":
            t = f"[{f.extent}]"
        elif f.kind == "reals":
            t = f"real[{f.extent}]"
        tag = "  # target" if f.name == m.target else f"  # computed from {f.source}" if f.derived is not None else ""
        if f.name == m.weight:
            t = "weight"
        out.append(f"data {f.name} : {t}{tag}")
    for p in m.params:
        args = ", ".join(_num(a) for a in p.init.args)
        init = args if p.init.kind == "const" else f"{p.init.kind}({args})"
        out.append(f"param {p.name} : {format_shape(p.shape)} = {init}")
    out.append(f"loss {format_expr(m.loss)} : {format_shape(m.loss.shape)}")
    for r in m.regulars:
        out.append(f"regular {r.kind}({_num(r.strength)}) on {', '.join(r.params)}")
    out.append(f"predict {format_expr(m.predict)} : {format_shape(m.predict.shape)}")
    for c in m.constraints:
        out += c.texts()
    texts = {**m.training.texts(), **m.schedule.texts(), "step": format_expr(m.training.step)}
    out.append("schedule")  # the training and the schedule, as one block (a spec's schedule block sets both)
    for name in ("step", "precision", "rounding", "layout", "data_layout", "threads", "order", "shard", "epochs",
                 "sync", "data_range", "model_range", "draw", "validation_fraction", "patience", "tol"):
        out.append(f"  {name} {texts[name]}")
    return "\n".join(out) + "\n"
