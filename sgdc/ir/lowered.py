"""The lowered IR: one kernel as explicit loops, element ops, fixed-point ops, copies and prefetches.

Passes (:mod:`sgdc.passes`) produce it from the update IR and the schedule, one
decision each; :mod:`sgdc.backend.codegen` prints it to LLVM and decides
nothing.  Its text form (:func:`format_kernel`) is what ``sgdc compile --emit
lowered`` prints and what the golden files hold.

A :class:`Kernel` is a list of statements run once per call over a slice
``begin..end`` of the examples:

===================  ======================================================================
statement            meaning
===================  ======================================================================
``Examples``         ``for pos in begin..end``: ``e = order[pos]`` (train) or ``e = pos``; with a
                     ``Lookahead``, one dense dot is carried from each example to the next
``NextDots``         the lookahead's dots of the next example's row, before any update
``Carry``            the lookahead's score for the next example, after the update it follows
``Prefetch``         software prefetch of the rows ``ahead`` examples on (never faults)
``Lock``/``Unlock``  the ``locked`` layout's spin lock around one example
``Eval``             the update IR's straight-line instructions of one program for ``e``
                     (elementwise vectors fuse lazily into the loop that consumes them);
                     ``int_dots`` names the dot products taken exactly in integer codes
``AdvanceStream``    the worker's xorshift state steps once (unbiased rounding)
``AddLoss``          ``loss += float64(value)``
``Materialise``      a lazy vector computed into a temporary before any param is written
``RegGate``          1.0, or 0.0 when an earlier update hit the same coordinates
``AddStep``          ``P.l1u += step * l1``: a cumulative ``l1``'s penalty so far, once an example
``Project``          ``constrain norm(P) <= R``: the rows the example wrote scaled back onto the ball
``UpdateRows``       ``for i in 0..n``: every member's gradient element, then each update
``UpdateEach``       one update: at one coordinate (``g = c``), over the ``(j, x_j)`` stored in
                     a data vector (``g = c * x_j`` at ``j``), or an outer product
                     (``g = c[a] * x_j`` at ``a * cols + j``); ``lanes``: a sparse row's entries
                     that many at a time (gathered, computed as vectors, scattered)
``Copies``           private copies of hot params: pull, exchange every ``push``, finish
``StoreOut``         a prediction or loss into ``out[e]`` (``width`` values)
===================  ======================================================================

An update's coordinate rule (:class:`Coord`) is a list of element :class:`Op`\\ s
over the inputs ``g`` (gradient element), ``step``, ``gate`` and the
coordinate ``[i]`` of the param's row; the precision and rounding passes
rewrite the float rule into the fixed-point one.  A rule over a data vector's
entries may instead read ``xq`` (the entry's code as float32; the value itself
for float32 data) with per-update values computed once before the loop
(``Coord.pre``, over ``c``, ``step``, ``gate`` and the field's ``scale``):

======================  ===================================================================
op                      meaning (each fixed-point rule: :mod:`sgdc.ir.fixedpoint`)
======================  ===================================================================
``load P``              the stored element (float32, or a code of ``bits`` bits)
``store P v``           store it back
``fadd fsub fmul a b``  float32 arithmetic (constants written as numbers)
``sign a``              -1, 0 or 1
``widen q``             a code as float32
``decode q s``          ``q * s``: a code's value at scale ``s``
``draw m j``            the stream's uniform in [0, 1) for update ``m``, element ``j``
                        (``j`` absent under ``draw vector``)
``stride m j``          ``draw stride``: update ``m``'s hashed offset plus ``j`` strides, as a
                        uniform in [0, 1) (one hash per update, not per element)
``finite x y f``        (once per update) ``x`` clamped to a finite bound, ``f`` if ``x`` or ``y``
                        is NaN: the rule after it needs no NaN test
``round v r``           ``floor(v + r)`` (``r = 0.5``: to nearest)
``saturate q b``        clamp to ``[-Q, Q]`` of ``b`` bits; a NaN becomes 0 (``saturate q b
                        finite``: ``q`` is never NaN, no test)
``narrow q b``          the float code as a ``b``-bit integer
``hash m``              (once per update) update ``m``'s stride hash ``h`` (an integer)
``ubits h``             (once per update) the factors' uniform: ``h``'s low 16 bits over 2^16
``ifactor x u``         (once per update) ``x`` as an integer factor: ``floor(x 2^14 + u)``, 16 bits
``ibits h j``           the integer rule's rounding bits of element ``j``: ``(h + j STRIDE) >> 18``
``irule q a xq b r``    ``(q a + xq b + r) >> 14`` in integers (``r`` a number: to nearest)
``isat v b``            an integer clamped to ``[-Q, Q]`` of ``b`` bits
``fdiv fsqrt``          float32 division, square root (``adaptive adagrad``)
``fexp``               float32 ``e^x`` (``l2_penalty exact``: the shrink owed, ``exp(q - u)``)
``fabs fmax sel``      ``|a|``, the larger of two (``a > b ? a : b``), ``a > 0 ? b : c`` (``adaptive normalized``)
``fmax fmin a bound``   ``a > bound ? a : bound``, ``a < bound ? a : bound``: a ``constrain`` box (a NaN
                        lands on the bound)
``l1clip z u q``        the cumulative l1 penalty: ``max(0, z - (u + q))`` for ``z > 0``, ``min(0, z + (u - q))``
                        for ``z < 0``
======================  ===================================================================
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from sgdc.ir.model import _num


@dataclass(frozen=True)
class Op:
    dst: str | None
    name: str
    args: tuple = ()

    def __str__(self) -> str:
        args = " ".join(_arg(a) for a in self.args)
        return f"{self.dst} = {self.name} {args}".rstrip() if self.dst else f"{self.name} {args}".rstrip()


def nan_to_zero(op: Op) -> bool:
    """A ``saturate`` op's NaN rule: a NaN becomes 0, unless the op says its operand is never NaN (``finite``)."""
    return op.args[2:] != ("finite",)


def _arg(a) -> str:
    if isinstance(a, float):
        return _num(a)
    return str(a)


@dataclass(frozen=True)
class Coord:
    """The rule that writes one coordinate of ``param``: element ops over ``g``, ``step``, ``gate``, ``[i]``."""

    param: str
    ops: tuple  # of Op
    fixed: bool = False  # the param is stored as fixed-point codes
    pre: tuple = ()  # ops run once per update and example, before its loop, over c, step, gate and scale
    data: bool = False  # the rule reads the data value's code ``xq`` (and ``c`` in ``pre``), not ``g = c * x``
    # a row update whose coefficient is ``c`` times a fixed-point param's row: (c, the row's value, its param);
    # the rule reads that row's codes as ``xq`` (read before any of the example's writes) at the param's step
    source: tuple = ()

    def with_ops(self, ops, **kw) -> "Coord":
        return replace(self, ops=tuple(ops), **kw)


@dataclass(frozen=True)
class Upd:
    """One update of the update IR, as the lowered IR applies it."""

    number: int  # its place in the program's update list (the stream's update number)
    param: str
    index: tuple
    coef: str
    coord: Coord
    field: str | None = None
    gated: bool = False


# -- statements ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Lookahead:
    """A dense linear score carried from one example to the next (:mod:`sgdc.passes.lookahead`).

    The train program's ``dot`` (``param . field``, dense) is not computed where the example needs it: the
    example before computed ``D = param . x[next]`` before its updates and ``C = xq[e] . x[next]``, and after its
    update ``number`` (``param[j] = alpha * param[j] + beta * xq[j]``) the carried value is ``alpha D + beta C``.
    ``ops`` compute ``alpha`` and ``beta`` from the update's once-per-update values.  The first example of a
    call computes its dot."""

    dot: str
    param: str
    field: str
    update: int
    ops: tuple  # of Op, over the update's ``pre`` names
    alpha: str | float
    beta: str | float


@dataclass(frozen=True)
class Examples:
    body: tuple
    ordered: bool  # e = order[pos] (train), else e = pos
    lookahead: Lookahead | None = None


@dataclass(frozen=True)
class NextDots:
    """The lookahead's ``D = param . x[next]`` and ``C = xq[e] . x[next]`` (before any update)."""

    la: Lookahead


@dataclass(frozen=True)
class Carry:
    """The lookahead's ``alpha D + beta C`` for the next example (after the update it follows)."""

    la: Lookahead


@dataclass(frozen=True)
class Prefetch:
    stages: tuple  # of (ahead, items); an item is (kind, name): indptr | field | row (data) | param


@dataclass(frozen=True)
class Lock:
    pass


@dataclass(frozen=True)
class Unlock:
    pass


@dataclass(frozen=True)
class Eval:
    program: str  # step | train | predict | losses
    int_dots: frozenset = frozenset()  # dsts of dot products taken exactly in integer codes


@dataclass(frozen=True)
class AdvanceStream:
    pass


@dataclass(frozen=True)
class AddLoss:
    value: str


@dataclass(frozen=True)
class Materialise:
    value: str
    update: int  # the update whose coefficient it is
    role: str = "coef"  # or "vector": a rank1 update's vector (read at every row of the update)


@dataclass(frozen=True)
class AddStep:
    """``param += step * factor`` once per example (a cumulative ``l1``'s penalty so far, ``P.l1u``); ``param +=
    factor`` when not ``scaled`` (an averaged param's example count, ``P.avc``)."""

    param: str
    factor: float
    scaled: bool = True


@dataclass(frozen=True)
class Project:
    """``constrain norm(P) <= radius``: after the example's updates, each row ``P[index]`` (``index`` ``()``: every
    row of a matrix, or the whole vector) whose 2-norm is above ``radius`` is scaled onto the ball."""

    param: str
    rows: tuple  # of index tuples: () or (field,)
    radius: float


@dataclass(frozen=True)
class RegGate:
    update: int
    unless: tuple  # index tuples of earlier updates of the same param


@dataclass(frozen=True)
class UpdateRows:
    extent: object  # a dim name or an int
    updates: tuple  # of Upd
    # coordinates a block when every member is the integer rule of a coded row (``irule``): the rows' codes are
    # loaded as vectors of 16-bit lanes, paired (own code, source code) and multiplied by the (a, b) factors
    packed: int = 0


@dataclass(frozen=True)
class UpdateEach:
    """One update over its coordinates: ``one`` (``g = c`` at 0), ``support`` (``g = c * x_j`` at each stored
    ``j`` of a data vector), ``outer`` (``g = c[a] * x_j`` at ``a * cols + j``) or ``dense`` (``g = c[a] * v[j]``
    at every ``a * cols + j``, ``v`` a computed vector: a ``rank1`` update)."""

    over: str  # one | support | outer | dense
    update: Upd
    lanes: int = 1  # support: entries at a time (gathered, computed on vectors, scattered; the rest one by one)


@dataclass(frozen=True)
class Exchange:
    """How one copied param's moves reach the shared master (``share * (copy - base)``)."""

    param: str
    fixed_bits: int = 0  # 0: float32 atomic add; else codes: draw (position, coordinate), round, saturate


@dataclass(frozen=True)
class Copies:
    """Private copies of hot params: ``pull`` them from the masters (a call's start), exchange ``every`` push
    examples (after an example), exchange at the ``finish`` (a call's end)."""

    action: str  # pull | every | finish
    exchanges: tuple  # of Exchange


@dataclass(frozen=True)
class StoreOut:
    value: str
    vector: bool


@dataclass(frozen=True)
class Kernel:
    """One kernel function: ``void name(i64* slots, i64 begin, i64 end, double* out)``."""

    name: str
    layouts: tuple  # ((vector field, dense | sparse), ...)
    body: tuple
    exact: bool = False  # no fast-math reassociation (fixed-point kernels round reproducibly)
    data_bits: int = 32  # stored data vectors: float32, or codes decoded at their field's scale
    fixed_params: tuple = ()  # ((param, bits, step), ...) stored as codes

    def with_body(self, body, **kw) -> "Kernel":
        return replace(self, body=tuple(body), **kw)


def walk(stmts):
    """Every statement, depth first (into ``Examples``)."""
    for s in stmts:
        yield s
        if isinstance(s, Examples):
            yield from walk(s.body)


def updates(stmts):
    """Every :class:`Upd` of the update statements in ``stmts``, in order."""
    for s in walk(stmts):
        if isinstance(s, UpdateRows):
            yield from s.updates
        elif isinstance(s, UpdateEach):
            yield s.update


def map_updates(stmts, fn) -> tuple:
    """``stmts`` with ``fn(upd) -> upd`` applied to every update (into ``Examples`` and ``UpdateRows``)."""
    def stmt(s):
        if isinstance(s, UpdateRows):
            return [replace(s, updates=tuple(fn(u) for u in s.updates))]
        if isinstance(s, UpdateEach):
            return [replace(s, update=fn(s.update))]
        return [s]

    return map_stmts(stmts, stmt)


def map_stmts(stmts, fn) -> tuple:
    """``stmts`` with ``fn`` applied to every statement (into ``Examples``); ``fn`` returns a list."""
    out = []
    for s in stmts:
        if isinstance(s, Examples):
            s = replace(s, body=map_stmts(s.body, fn))
        out.extend(fn(s))
    return tuple(out)


# -- text form -----------------------------------------------------------------------------------------

def _upd_head(u: Upd, at: str, g: str) -> str:
    idx = "".join(f"[{i}]" for i in u.index)
    gate = ", gated" if u.gated else ""
    return f"update #{u.number} {u.param}{idx}{at}: g = {g}{gate}"


def _coord_lines(c: Coord, ind: str) -> list:
    return [f"{ind}once: {op}" for op in c.pre] + [f"{ind}{op}" for op in c.ops]


def _stmt_lines(s, ind: str) -> list:
    n = ind + "  "
    if isinstance(s, Examples):
        head = "for pos in begin..end: e = order[pos]" if s.ordered else "for e in begin..end"
        la = s.lookahead
        pre = [f"{ind}lookahead {la.dot} = {la.param} . {la.field}[e]: computed for the first example, then "
               f"carried (update #{la.update}: {la.param}[j] = alpha {la.param}[j] + beta xq[j])"] if la else []
        return pre + [f"{ind}{head}"] + [line for t in s.body for line in _stmt_lines(t, n)]
    if isinstance(s, NextDots):
        la = s.la
        return [f"{ind}next = order[min(pos + 1, end - 1)]: D = {la.param} . {la.field}[next], "
                f"C = xq[e] . {la.field}[next]"]
    if isinstance(s, Carry):
        la = s.la
        return [f"{ind}{la.dot} for next = {_arg(la.alpha)} D + {_arg(la.beta)} C"] + \
            [f"{n}once: {op}" for op in la.ops]
    if isinstance(s, Prefetch):
        return [f"{ind}prefetch +{k}: " + ", ".join(f"{kind} {name}" for kind, name in items)
                for k, items in s.stages]
    if isinstance(s, Lock):
        return [f"{ind}lock"]
    if isinstance(s, Unlock):
        return [f"{ind}unlock"]
    if isinstance(s, Eval):
        dots = f" (integer dots: {', '.join(sorted(s.int_dots))})" if s.int_dots else ""
        return [f"{ind}eval {s.program}{dots}"]
    if isinstance(s, AdvanceStream):
        return [f"{ind}state = xorshift32(state)"]
    if isinstance(s, AddLoss):
        return [f"{ind}loss += {s.value}"]
    if isinstance(s, Materialise):
        role = "" if s.role == "coef" else f"'s {s.role}"
        return [f"{ind}materialise {s.value} (for update #{s.update}{role})"]
    if isinstance(s, AddStep):
        return [f"{ind}{s.param} += {'step * ' if s.scaled else ''}{_num(s.factor)}"]
    if isinstance(s, RegGate):
        return [f"{ind}gate#{s.update} = 0 if index in {list(s.unless)} else 1"]
    if isinstance(s, Project):
        rows = ", ".join(f"{s.param}[{i[0]}]" if i else s.param for i in s.rows)
        return [f"{ind}project {rows} onto norm <= {_num(s.radius)}"]
    if isinstance(s, UpdateRows):
        packed = f", {s.packed} at a time (packed integer pairs; the last block masked)" if s.packed else ""
        out = [f"{ind}for i in 0..{s.extent}{packed}:"]
        for u in s.updates:
            g = f"{u.coef}[i]"
            if u.coord.source:
                c, row, param = u.coord.source
                g += f" = {c} * {row}[i], as c = {c} and xq = the code of {row}[i] ({param}, read before the writes)"
            out += [f"{n}{_upd_head(u, '[i]', g)}"] + _coord_lines(u.coord, n + "  ")
        return out
    if isinstance(s, UpdateEach):
        u = s.update
        if s.over == "one":
            return [f"{ind}{_upd_head(u, '', u.coef)}"] + _coord_lines(u.coord, n)
        if s.over == "dense":
            return [f"{ind}for a, j in {u.param}:", f"{n}{_upd_head(u, '[a, j]', f'{u.coef}[a] * {u.field}[j]')}"] + \
                _coord_lines(u.coord, n + "  ")
        loop, at, g = {"support": ("(j, xj)", "[j]", f"{u.coef} * xj"),
                       "outer": ("a, (j, xj)", "[a, j]", f"{u.coef}[a] * xj")}[s.over]
        if u.coord.data:
            c = f"{u.coef}[a]" if s.over == "outer" else u.coef
            g = f"{c} * xj, as c = {c} and xq = the code of xj"
        lanes = f", {s.lanes} lanes at a time (gather, compute, scatter; the rest one by one)" if s.lanes > 1 else ""
        return [f"{ind}for {loop} in {u.field}[e]{lanes}:", f"{n}{_upd_head(u, at, g)}"] + \
            _coord_lines(u.coord, n + "  ")
    if isinstance(s, Copies):
        what = {"pull": "pull", "every": "exchange every push examples", "finish": "exchange at end"}
        return [f"{ind}copies {what[s.action]}: " + ", ".join(
            f"{x.param} ({'codes%d: draw(pos, j), round, saturate' % x.fixed_bits if x.fixed_bits else 'f32 atomic add'})"
            for x in s.exchanges)]
    if isinstance(s, StoreOut):
        return [f"{ind}out[e{', :' if s.vector else ''}] = {s.value}"]
    raise TypeError(f"not a lowered statement: {s!r}")


def format_kernel(k: Kernel) -> str:
    lay = ", ".join(f"{f} {v}" for f, v in k.layouts) or "no data vectors"
    fixed = ", ".join(f"{p} M{b} step {_num(s)}" for p, b, s in k.fixed_params) or "none"
    data = f"; data D{k.data_bits}" if k.layouts else ""
    head = [f"kernel {k.name}  ({lay}{data}; fixed-point params: {fixed}"
            f"{'; exact float order' if k.exact else ''})"]
    return "\n".join(head + [line for s in k.body for line in _stmt_lines(s, "  ")])


def format_kernels(kernels) -> str:
    return "\n\n".join(format_kernel(k) for k in kernels) + "\n"
