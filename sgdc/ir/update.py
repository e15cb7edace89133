"""The per-example update IR: straight-line programs that the interpreter runs and codegen lowers.

A :class:`Program` is a list of SSA instructions over per-example values
(scalars and small dense vectors) followed by a list of :class:`Update`\\ s
that say exactly which coordinates of which params one example changes.
All instructions run before any update, so every gradient is computed from
the params as they were when the example started (this is what makes
``X[i]`` and ``X[j]`` right when ``i = j``).

Opcodes (``Instr.op``), with ``args``; what the elementwise and reduction ops
mean is in one place, the op registry :mod:`sgdc.ir.ops`:

=============  =====================================  ==========================================
op             args                                   value
=============  =====================================  ==========================================
``num``        (value,)                               a constant scalar
``dim``        (name,)                                the bound size of a dim, as a real
``var``        (name,)                                ``epoch`` or ``t`` (step program only)
``field``      (name,)                                a scalar data field (``real`` / ``label``)
``load``       (param, index fields...)               an element, a row or a whole vector param
unary          (a,)                                   the registry's unary ops (``neg exp log
                                                      ... sign``), elementwise
binary         (a, b)                                 its binary ops (``add sub mul div max min
                                                      ge``), elementwise, a scalar broadcasts
``pow``        (a, exponent)                          elementwise power, constant exponent
reduce         (a,)                                   its reductions (``sum norm2 logsumexp``)
``dot``        (a, b)                                 dot product of two dense vectors
``ddot``       (param, index fields..., field)        ``dot(P[idx], x)`` over the stored entries
                                                      of the data vector ``x`` (sparse or dense)
``matvec``     (param, field[, p, q])                 ``P @ x`` over the stored entries of ``x``; with
                                                      powers ``sum_j P[a, j]^p x_j^q``
``mv``         (param, temp)                          ``P @ v`` of a computed (dense) vector ``v``
``tmv``        (param, temp)                          ``P^T @ a``: the adjoint of ``mv``'s vector
``bump``       (a, s, index field)                    the vector ``a`` with ``s`` added at the
                                                      example's index: ``a + s * onehot(y)``
                                                      (made by differentiation only: :data:`BUMP`)
=============  =====================================  ==========================================

Update kinds (``Update.kind``), each ``p -= step * (gradient + regulariser)``
on the coordinates it names; regularisation is applied *on the support*
(only on the coordinates the update touches, as Hogwild! does):

* ``elem``: ``P[idx] -= s * (c + reg(P[idx]))``; ``c`` a scalar, ``idx`` every axis.
* ``row``: ``P[idx][:] -= s * (c[:] + reg(P[idx][:]))``; ``c`` a vector (``idx`` may be
  empty for a whole vector param).
* ``sparse``: ``P[idx][j] -= s * (c * x_j + reg(P[idx][j]))`` for the stored ``j`` of ``x``.
* ``outer``: ``P[a, j] -= s * (c[a] * x_j + reg(P[a, j]))`` for every ``a`` and stored ``j``.
* ``rank1``: ``P[a, j] -= s * (c[a] * v[j] + reg(P[a, j]))`` for every ``a`` and ``j``, ``v`` a computed vector
  (``field`` names its temp): the gradient of ``P @ v`` (a layer after the first).

A param gets at most one update over a given set of coordinates: differentiation folds an index-addressed
update into the whole-param update that covers it (``b[y]`` into ``b``, ``W[y]·x`` into ``W @ x``) with a
``bump``, so each coordinate takes one gradient per example.  The adaptive rules need this: AdaGrad's sum
takes the square of the coordinate's whole gradient, not the sum of its parts' squares.

Updates are listed in the order both engines apply them; each coordinate gets
its regulariser once, from its value at the start of the example (see
:func:`sgdc.passes.differentiate._attach_regularisers`).
"""
from __future__ import annotations

from dataclasses import dataclass

from sgdc.ir.model import Model, Shape, format_shape, _num
from sgdc.ir.ops import OPS, names

#: the op that adds a scalar to a vector temp at an index field's value (``a + s * onehot(y)``)
BUMP = "bump"
UNARY = names("unary")
BINARY = names("binary")
REDUCE = names("reduce")


@dataclass(frozen=True)
class Instr:
    dst: str
    op: str
    args: tuple
    shape: Shape = ()

    def operands(self) -> tuple:
        """The temps this instruction reads."""
        if self.op == BUMP:
            return self.args[:2]
        if self.op in ("mv", "tmv"):
            return self.args[1:2]
        op = OPS.get(self.op)
        return self.args[:op.arity] if op is not None else ()


@dataclass(frozen=True)
class Update:
    param: str
    index: tuple  # index-field names, one per leading axis
    kind: str  # elem | row | sparse | outer | rank1
    coef: str  # the temp holding the gradient coefficient
    field: str | None = None  # the data vector, for sparse and outer; rank1: the temp of the vector
    l2: float = 0.0
    l1: float = 0.0
    # skip the regulariser when this update's leading index values equal one of these
    # earlier updates' (the same coordinates were regularised already)
    reg_unless: tuple = ()
    # an outer update of M @ x and M^p @ x^q on the same x: ((coef, p, q), ...), coef the first one's; the
    # gradient at P[a, j] is the sum over the terms of coef[a] * x_j^q * p * P[a, j]^(p - 1) (empty: coef * x_j)
    terms: tuple = ()


@dataclass(frozen=True)
class Program:
    instrs: tuple  # tuple[Instr, ...]
    result: str | None  # the temp holding the program's value (loss, prediction, step)
    updates: tuple = ()  # tuple[Update, ...]

    def fields_read(self) -> set:
        out = set()
        for ins in self.instrs:
            if ins.op == "field":
                out.add(ins.args[0])
            elif ins.op in ("load", "ddot", "matvec"):
                out.update(a for a in ins.args[1:] if isinstance(a, str))
            elif ins.op == BUMP:
                out.add(ins.args[2])
        for u in self.updates:
            out.update(u.index)
            if u.field and u.kind != "rank1":  # (rank1's is a temp)
                out.add(u.field)
        return out


@dataclass(frozen=True)
class UpdateIR:
    """Everything the engines need: the train step, the step size, the prediction."""

    model: Model
    train: Program  # result: the example's loss; updates: the SGD step
    step: Program  # result: the step size, from epoch and t
    predict: Program  # result: the prediction (scalar, or class scores)


def dead_code(instrs, roots: set) -> tuple:
    """The instructions that ``roots`` depend on, in order."""
    live = set(roots)
    kept = []
    for ins in reversed(instrs):
        if ins.dst in live:
            kept.append(ins)
            live.update(ins.operands())
    return tuple(reversed(kept))


def loss_program(train: Program) -> Program:
    """The forward part of a train program: its loss, without updates."""
    return Program(dead_code(train.instrs, {train.result}), train.result)


def format_program(p: Program, title: str) -> str:
    out = [f"{title}:"]
    for ins in p.instrs:
        args = ", ".join(_num(a) if isinstance(a, float) else str(a) for a in ins.args)
        out.append(f"  {ins.dst} : {format_shape(ins.shape)} = {ins.op}({args})")
    if p.result:
        out.append(f"  result {p.result}")
    for u in p.updates:
        target = u.param + (f"[{', '.join(u.index)}]" if u.index else "")
        via = f" * {u.field}" if u.field else ""
        reg = "".join(f" + {k}({_num(v)})" for k, v in (("l2", u.l2), ("l1", u.l1)) if v)
        if u.reg_unless:
            reg += " unless " + " or ".join(f"[{', '.join(u.index[:len(i)])}] = [{', '.join(i)}]" for i in u.reg_unless)
        out.append(f"  update {u.kind:6s} {target} -= step * ({u.coef}{via}{reg})")
    return "\n".join(out)


def format_update_ir(u: UpdateIR) -> str:
    return "\n".join(
        [format_program(u.train, "train"), format_program(u.step, "step"), format_program(u.predict, "predict")]
    ) + "\n"
