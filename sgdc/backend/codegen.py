"""Code generation: update IR -> LLVM IR, with ``llvmlite.ir`` (no string pasting).

The kernel ABI (see :class:`ABI`) is one array of 64-bit *slots* holding the
addresses of the param and data buffers and the integers (dims, epoch, step
counter) that a kernel needs; Python fills it from numpy arrays and the
kernel never copies data.  Three functions are emitted per layout:

``void sgdc_train(i64* slots, i64 begin, i64 end, double* loss)``
    SGD over ``order[begin:end]``: for each example, the step size, the
    forward and adjoint instructions, then the updates; ``*loss`` receives the
    sum of the examples' losses, each measured before its update.  A worker
    over a slice of the example order is the unit that threads will run.
``void sgdc_predict(i64* slots, i64 begin, i64 end, double* out)``
    predictions for examples ``begin..end`` (``width`` values each).
``void sgdc_losses(i64* slots, i64 begin, i64 end, double* out)``
    per-example losses for examples ``begin..end``.

Values: scalars are SSA ``float`` values; vectors are (pointer, length)
pairs, either stack temporaries (``alloca`` in the entry block, one per
vector instruction) or views of a param row.  A row is copied into a
temporary only when it is itself an update's coefficient, so that updating
``X[i]`` cannot change the gradient of ``X[j]`` when ``i = j``.

Shared-model accesses are plain loads and stores through pointers loaded
from the slot array, inside a loop whose addresses depend on the example: LLVM
cannot prove them private to the loop, so it neither hoists loads of the
model out of it nor sinks stores past it.
"""
from __future__ import annotations

from dataclasses import dataclass

from llvmlite import ir

from sgdc.errors import InternalError
from sgdc.ir import fixedpoint as fx
from sgdc.ir.model import SAMPLE_ALIAS, SAMPLE_PROB, Model
from sgdc.ir.ops import OPS, Lowering
from sgdc.ir import lowered as lo
from sgdc.ir.update import BINARY, BUMP, UNARY, Instr, Program, UpdateIR, loss_program

F32 = ir.FloatType()
F64 = ir.DoubleType()
I64 = ir.IntType(64)
I32 = ir.IntType(32)
I1 = ir.IntType(1)
PTR = ir.PointerType()
FAST = ("reassoc", "contract", "nsz", "arcp")  # no nnan/ninf: divergence must stay visible


class ABI:
    """The slot layout shared by codegen and the Python runtime."""

    def __init__(self, model: Model, layouts: dict):
        self.model = model
        self.layouts = dict(layouts)  # vector field -> "dense" | "sparse"
        from sgdc.ir.precision import quantised_params

        self.precision = model.schedule.precision
        self.data_bits = self.precision.D  # 32: float32 values; 8/16: fixed-point codes
        self.qparams = quantised_params(model)  # param -> fixed-point step (a power of two), when M < 32
        # fixed-point models round with a random stream shared with the reference interpreter, so the float
        # arithmetic must be reproducible bit for bit: no reassociation or contraction in those kernels
        self.exact = bool(self.qparams)
        self.unbiased = model.schedule.rounding == "unbiased"
        slots: list[tuple] = [("param", p.name) for p in model.params]
        for f in model.fields:
            if f.kind == "vector":
                if self.layouts[f.name] == "dense":
                    slots.append(("dense", f.name))
                else:
                    slots += [("indptr", f.name), ("indices", f.name), ("values", f.name)]
            else:
                slots.append(("field", f.name))
        slots += [("dim", d.name) for d in model.dims]
        if self.data_bits < 32:
            slots += [("scale", f.name) for f in model.vector_fields]  # float32 bits of each field's step
        slots += [("order", ""), ("epoch", ""), ("t0", ""), ("lock", ""), ("rng", "")]
        # private copies (shared layout, several workers): the shared master of each copied param, the value
        # the copy had at its last push, the push interval in examples (0: no copies) and 1/workers (f32 bits)
        slots += [("master", p.name) for p in model.params] + [("base", p.name) for p in model.params]
        slots += [("push", ""), ("share", "")]
        self.slots = tuple(slots)
        self._pos = {s: i for i, s in enumerate(slots)}
        # the slots the runtime sets on every call (the others depend on the data set alone, or on the worker)
        self.call_slots = tuple((i, k, n) for i, (k, n) in enumerate(slots)
                                if k in ("param", "dim", "order", "epoch", "t0", "lock"))

    def slot(self, kind: str, name: str = "") -> int:
        return self._pos[(kind, name)]

    def __len__(self) -> int:
        return len(self.slots)

    def param_type(self, pname: str):
        """LLVM type of a stored param element: float32, or the model's fixed-point integer."""
        return ir.IntType(self.precision.M) if pname in self.qparams else F32

    @property
    def data_type(self):
        """LLVM type of a stored data-vector value."""
        return F32 if self.data_bits == 32 else ir.IntType(self.data_bits)


@dataclass
class Vec:
    """A vector value: element ``i`` is ``at(i)``; ``n`` elements (an i64 value).

    Elementwise vectors are *lazy*: ``at`` emits the arithmetic for one
    element where it is used, so ``2 * e * R[i]`` costs no temporary and fuses
    into the loop that consumes it.  ``views`` names the params whose rows the
    value reads in place; :meth:`ExampleEmitter.apply_all` materialises a lazy
    coefficient when a param it views is written outside its own loop.
    """

    at: object  # callable(i) -> f32 value
    n: ir.Value
    views: frozenset = frozenset()
    code_at: object = None  # a fixed-point param row: callable(i) -> its integer code (i64)
    step: float = 0.0  # ... and the param's step
    codes: object = None  # ... and where its codes start (contiguous), for whole-vector loads


def _i64(v: int) -> ir.Constant:
    return ir.Constant(I64, v)


def _f32(v: float) -> ir.Constant:
    return ir.Constant(F32, float(v))


class FunctionEmitter:
    """Emits one kernel function: slot loads and temporaries in the entry block, then loops."""

    def __init__(self, module: ir.Module, abi: ABI, name: str):
        self.module, self.abi, self.model = module, abi, abi.model
        fnty = ir.FunctionType(ir.VoidType(), [PTR, I64, I64, PTR])
        self.fn = ir.Function(module, fnty, name)
        self.slots, self.begin, self.end, self.out = self.fn.args
        for a, n in zip(self.fn.args, ("slots", "begin", "end", "out")):
            a.name = n
        self.entry = self.fn.append_basic_block("entry")
        self.b = ir.IRBuilder(self.entry)
        self._slot_cache: dict = {}

    # -- basic helpers ------------------------------------------------------
    def slot_int(self, kind: str, name: str = "") -> ir.Value:
        key = (kind, name)
        if key not in self._slot_cache:
            with self.b.goto_block(self.entry):
                p = self.b.gep(self.slots, [_i64(self.abi.slot(kind, name))], inbounds=True, source_etype=I64)
                self._slot_cache[key] = self.b.load(p, typ=I64, name=f"{kind}.{name}")
        return self._slot_cache[key]

    def slot_ptr(self, kind: str, name: str = "") -> ir.Value:
        key = ("ptr", kind, name)
        if key not in self._slot_cache:
            v = self.slot_int(kind, name)
            with self.b.goto_block(self.entry):
                self._slot_cache[key] = self.b.inttoptr(v, PTR, name=f"{kind}.{name}.p")
        return self._slot_cache[key]

    def extent(self, ext) -> ir.Value:
        return _i64(ext) if isinstance(ext, int) else self.slot_int("dim", ext)

    def alloca(self, ty, count=None, name="") -> ir.Value:
        """A stack slot in the entry block (so it is allocated once per call)."""
        with self.b.goto_block(self.entry):
            return self.b.alloca(ty, size=count, name=name)

    def finish_entry(self, first_body_block):
        """Terminate the entry block (called once all slot loads/allocas are placed)."""
        with self.b.goto_block(self.entry):
            self.b.branch(first_body_block)

    def load_f32(self, ptr, idx, scope: str | None = None) -> ir.Value:
        return self.tag(self.b.load(self.b.gep(ptr, [idx], inbounds=True, source_etype=F32), typ=F32), scope)

    def store_f32(self, val, ptr, idx, scope: str | None = None) -> None:
        self.tag(self.b.store(val, self.b.gep(ptr, [idx], inbounds=True, source_etype=F32)), scope)

    def data_value(self, field: str, ptr, idx) -> ir.Value:
        """A data-vector value as float32: a fixed-point code times its field's step."""
        if self.abi.data_bits == 32:
            return self.load_f32(ptr, idx, "data")
        ty = self.abi.data_type
        code = self.tag(self.b.load(self.b.gep(ptr, [idx], inbounds=True, source_etype=ty), typ=ty), "data")
        return fx.emit_decode(self.b, fx.emit_widen(self.b, code), self.data_scale(field), self.flags)

    def tag(self, instr, scope: str | None):
        """Alias scopes: each param's buffer, and the data, are separate numpy
        allocations, so accesses in one scope never alias another's.  This lets
        LLVM drop runtime overlap checks between, say, rows of ``L`` and ``R``.
        Nothing is claimed within one param (``X[i]`` and ``X[j]`` may be one
        row), nor about the lock word, whose atomics stay ordered against all
        param accesses."""
        if scope is None:
            return instr
        scopes = self._alias_scopes()
        instr.set_metadata("alias.scope", self.module.add_metadata([scopes[scope]]))
        instr.set_metadata("noalias", self.module.add_metadata([v for k, v in scopes.items() if k != scope]))
        return instr

    def _alias_scopes(self) -> dict:
        cached = getattr(self.module, "_sgdc_scopes", None)
        if cached is None:
            domain = self.module.add_metadata([ir.MetaDataString(self.module, "sgdc.buffers")])
            names = ["data"] + [p.name for p in self.model.params]
            cached = {n: self.module.add_metadata([ir.MetaDataString(self.module, f"sgdc.buffer.{n}"), domain]) for n in names}
            self.module._sgdc_scopes = cached
        return cached

    @property
    def flags(self) -> tuple:
        """The fast-math flags of this kernel's float arithmetic (none in the exact, fixed-point kernels)."""
        return () if self.abi.exact else FAST

    def fop(self, op, a, c):
        v = {"fadd": self.b.fadd, "fsub": self.b.fsub, "fmul": self.b.fmul, "fdiv": self.b.fdiv}[op](a, c)
        v.flags.extend(self.flags)
        return v

    def param_value(self, pname: str, ptr, idx) -> ir.Value:
        """A param element as float32 (a fixed-point code times the param's step)."""
        if pname not in self.abi.qparams:
            return self.load_f32(ptr, idx, pname)
        ty = self.abi.param_type(pname)
        code = self.tag(self.b.load(self.b.gep(ptr, [idx], inbounds=True, source_etype=ty), typ=ty), pname)
        return fx.emit_decode(self.b, code, _f32(self.abi.qparams[pname]))

    def param_code(self, pname: str, ptr, idx, wide=I64) -> ir.Value:
        """A fixed-point param's code, sign-extended to ``wide``."""
        ty = self.abi.param_type(pname)
        code = self.tag(self.b.load(self.b.gep(ptr, [idx], inbounds=True, source_etype=ty), typ=ty), pname)
        return self.b.sext(code, wide)

    def data_code(self, ptr, idx, wide=I64) -> ir.Value:
        ty = self.abi.data_type
        return self.b.sext(self.tag(self.b.load(self.b.gep(ptr, [idx], inbounds=True, source_etype=ty), typ=ty), "data"), wide)

    def data_scale(self, field: str) -> ir.Value:
        key = ("scale", field)
        if key not in self._slot_cache:
            bits = self.slot_int("scale", field)
            with self.b.goto_block(self.entry):
                self._slot_cache[key] = self.b.bitcast(self.b.trunc(bits, I32), F32)
        return self._slot_cache[key]

    def int_dot(self, start, stop, term, scale, bound: int) -> ir.Value:
        """``float32(sum of term(i, ty)) * scale`` with the sum exact in integers.

        Any order gives the same sum, so LLVM vectorises it freely.  ``bound`` is
        the largest |term|: when ``(stop - start) * bound`` fits in 32 bits the loop
        accumulates in i32 (16 lanes a zmm register, pmaddwd-style), else in i64.
        """
        b = self.b
        acc = self.alloca(I64, name="idot.acc")
        b.store(_i64(0), acc)
        limit = _i64((2**31 - 1) // max(bound, 1))
        with b.if_else(b.icmp_signed("<=", b.sub(stop, start), limit)) as (narrow, wide):
            with narrow:
                acc32 = self.alloca(I32, name="idot.acc32")
                b.store(ir.Constant(I32, 0), acc32)
                self.for_range(start, stop, lambda i: b.store(b.add(b.load(acc32, typ=I32), term(i, I32)), acc32),
                               "idot32")
                b.store(b.sext(b.load(acc32, typ=I32), I64), acc)
            with wide:
                self.for_range(start, stop, lambda i: b.store(b.add(b.load(acc, typ=I64), term(i, I64)), acc),
                               "idot64")
        return fx.emit_decode(b, b.load(acc, typ=I64), scale)  # float32(sum) * scale, as a code is decoded

    def param_gep(self, pname: str, base, off):
        return self.b.gep(base, [off], inbounds=True, source_etype=self.abi.param_type(pname))

    def intrinsic(self, name: str, *args) -> ir.Value:
        """Call an LLVM intrinsic, libm, or a function of runtime/support.ll (linked at finalise)."""
        fn = self.module.globals.get(name)
        if fn is None:
            fn = ir.Function(self.module, ir.FunctionType(F32, [F32] * len(args)), name)
        return self.b.call(fn, list(args))

    def for_range(self, start, stop, body, name="i"):
        """``for i in range(start, stop): body(i)``, as a counted loop."""
        pre = self.b.block
        head = self.fn.append_basic_block(f"{name}.head")
        loop = self.fn.append_basic_block(f"{name}.body")
        done = self.fn.append_basic_block(f"{name}.done")
        self.b.branch(head)
        self.b.position_at_end(head)
        i = self.b.phi(I64, name=name)
        i.add_incoming(start, pre)
        self.b.cbranch(self.b.icmp_signed("<", i, stop), loop, done)
        self.b.position_at_end(loop)
        body(i)
        nxt = self.b.add(i, _i64(1))
        i.add_incoming(nxt, self.b.block)
        self.b.branch(head)
        self.b.position_at_end(done)

    def _masked(self, name: str, ret, args: list, values: list) -> ir.Value:
        fn = self.module.globals.get(name) or ir.Function(self.module, ir.FunctionType(ret, args), name)
        return self.b.call(fn, values)

    def code_block(self, pname: str, ptr, at, lanes: int, mask=None) -> ir.Value:
        """``lanes`` codes of fixed-point param ``pname`` from ``ptr[at]`` as 16-bit lanes (8-bit codes
        sign-extended); with ``mask`` (``<lanes x i1>``) the lanes off the mask are not read (zero)."""
        b, ty = self.b, self.abi.param_type(pname)
        vt = ir.VectorType(ty, lanes)
        p = b.gep(ptr, [at], inbounds=True, source_etype=ty)
        if mask is None:
            v = self.tag(b.load(p, typ=vt, align=ty.width // 8), pname)
        else:
            v = self._masked(f"llvm.masked.load.v{lanes}i{ty.width}.p0", vt, [PTR, I32, mask.type, vt],
                             [p, ir.Constant(I32, ty.width // 8), mask, ir.Constant(vt, None)])
        return v if ty.width == 16 else b.sext(v, ir.VectorType(ir.IntType(16), lanes))

    def store_code_block(self, pname: str, ptr, at, v, mask=None, rest=None) -> None:
        """Store 16-bit lanes ``v`` (codes already in range) as ``pname``'s codes at ``ptr[at]``, only the first
        ``rest`` lanes (``mask``, :meth:`tail_mask`) when a mask is given.

        A masked store of 8-bit codes whose mask has one lane on is stored as a plain byte instead: LLVM 22
        selects a constant one-lane masked store of a truncated ``<32 x i16>`` as a 2-byte ``vpextrw``, one
        byte past the row (tests/test_precision.py, rank 1 at M8, guarded)."""
        b, ty = self.b, self.abi.param_type(pname)
        vt = ir.VectorType(ty, v.type.count)
        v = v if ty.width == 16 else b.trunc(v, vt)
        p = b.gep(ptr, [at], inbounds=True, source_etype=ty)
        if mask is None:
            self.tag(b.store(v, p, align=ty.width // 8), pname)
            return

        def masked():
            self._masked(f"llvm.masked.store.v{vt.count}i{ty.width}.p0", ir.VoidType(), [vt, PTR, I32, mask.type],
                         [v, p, ir.Constant(I32, ty.width // 8), mask])

        if ty.width == 16:
            masked()
            return
        with b.if_else(b.icmp_signed("==", rest, _i64(1))) as (one, more):
            with one:
                self.tag(b.store(b.extract_element(v, ir.Constant(I32, 0)), p, align=1), pname)
            with more:
                masked()

    def tail_mask(self, rest, lanes: int) -> ir.Value:
        """``<lanes x i1>``: lane ``k`` on when ``k < rest``."""
        iota = ir.Constant(ir.VectorType(I64, lanes), list(range(lanes)))
        return self.b.icmp_signed("<", iota, fx.splat(self.b, rest, lanes))

    def if_block(self, cond, body, name: str) -> None:
        """``if cond: body()``, the body in a block named ``name.body`` (benchmarks/instructions.py finds it)."""
        then = self.fn.append_basic_block(f"{name}.body")
        done = self.fn.append_basic_block(f"{name}.done")
        self.b.cbranch(cond, then, done)
        self.b.position_at_end(then)
        body()
        self.b.branch(done)
        self.b.position_at_end(done)

    def reduce_range(self, start, stop, init, body, name="r"):
        """``acc = init; for i in range(start, stop): acc = body(i, acc)``; returns acc."""
        acc = self.alloca(F32, name=f"{name}.acc")
        self.b.store(init, acc)

        def step(i):
            self.b.store(body(i, self.b.load(acc, typ=F32)), acc)

        self.for_range(start, stop, step, name)
        return self.b.load(acc, typ=F32)

    # -- scalar semantics: each op's LLVM lowering is its record in the op registry (sgdc.ir.ops) ---------
    def scalar(self, op, a, c=None):
        rec = OPS.get(op)
        if rec is None or rec.llvm is None or rec.kind not in ("unary", "binary"):
            raise InternalError(f"no rule for {op}")
        return rec.llvm(self.lowering(), *((a,) if rec.kind == "unary" else (a, c)))

    def power(self, a, c: float):
        return OPS["pow"].llvm(self.lowering(), a, c)

    def lowering(self) -> Lowering:
        """What an op record's ``llvm`` lowering works with (:class:`sgdc.ir.ops.Lowering`)."""
        return Lowering(self.b, self.flags, lambda n, init, body, name: self.reduce_range(_i64(0), n, init, body, name))


class ExampleEmitter:
    """Emits the instructions and updates of one program for example ``e``."""

    def __init__(self, fe: FunctionEmitter, prog: Program, e: ir.Value, vars: dict, rng_state=None,
                 int_dots: frozenset = frozenset(), given: dict | None = None):
        self.fe, self.b, self.prog, self.e = fe, fe.b, prog, e
        self.given = given or {}  # temps whose values come from elsewhere (the lookahead's carried dot)
        self.rng_state = rng_state  # this example's xorshift state (i32), for unbiased rounding
        self.vars = vars  # "epoch" / "t" -> f32 value
        self.int_dots = int_dots  # the dot products the precision pass takes in integer codes
        self.val: dict = {}
        self._ptrs: dict = {}
        self._coef: dict = {}  # update number -> its materialised coefficient
        self._vec: dict = {}  # update number -> its materialised vector (a rank1 update's)
        self._terms: dict = {}  # (update number, term) -> a powered outer's materialised term coefficient
        self._gates: dict = {}  # update number -> its regulariser gate
        self._prologue()

    def _prologue(self):
        """Index values and row pointers, once per example, before any store.

        Computing them once (not again after the updates' stores, which LLVM
        must assume could change the index arrays) gives the loads and stores
        of a row the same pointer, so the vectoriser's overlap checks pass.
        """
        for ins in self.prog.instrs:
            if ins.op == "load":
                self.param_ptr(ins.args[0], tuple(ins.args[1:]))
            elif ins.op == "ddot":
                self.param_ptr(ins.args[0], tuple(ins.args[1:-1]))
        for u in self.prog.updates:
            if u.kind not in ("outer", "rank1"):
                self.param_ptr(u.param, tuple(u.index))

    # -- data access --------------------------------------------------------
    def index_value(self, field: str) -> ir.Value:
        """The example's value of index ``field`` (loaded once per example)."""
        key = ("index", field)
        if key not in self._ptrs:
            self._ptrs[key] = self._load_index(field)
        return self._ptrs[key]

    def _load_index(self, field: str) -> ir.Value:
        sampled = [f.name for f in self.fe.model.sampled_fields]
        if field in sampled:  # drawn: the worker's stream in training, keyed by the example elsewhere
            f, k = self.fe.model.field(field), sampled.index(field)
            n = self.fe.extent(f.extent)
            bucket = fx.emit_sample_index(self.b, self.rng_state, self.e, k, n)
            if f.sampled != "unigram":
                return bucket
            u = fx.emit_sample_uniform(self.b, self.rng_state, self.e, k)  # the alias table's test
            return fx.emit_alias_pick(self.b, bucket, u, self.fe.slot_ptr("param", field + SAMPLE_PROB),
                                      self.fe.slot_ptr("param", field + SAMPLE_ALIAS), n)
        p = self.fe.slot_ptr("field", field)
        v = self.fe.tag(self.b.load(self.b.gep(p, [self.e], inbounds=True, source_etype=I32), typ=I32), "data")
        return self.b.sext(v, I64)

    def param_offset(self, pname: str, index: tuple) -> tuple:
        """(offset of P[index] in elements, shape of the rest)."""
        shape = self.fe.model.param(pname).shape
        off = _i64(0)
        for axis, f in enumerate(index):
            stride = _i64(1)
            for ext in shape[axis + 1 :]:
                stride = self.b.mul(stride, self.fe.extent(ext))
            off = self.b.add(off, self.b.mul(self.index_value(f), stride))
        return off, shape[len(index) :]

    def param_ptr(self, pname: str, index: tuple):
        key = (pname, tuple(index))
        if key not in self._ptrs:
            off, rest = self.param_offset(pname, index)
            base = self.fe.slot_ptr("param", pname)
            self._ptrs[key] = (self.fe.param_gep(pname, base, off), rest)
        return self._ptrs[key]

    def value_ptr(self, field: str):
        """Where this example's stored values of data vector ``field`` start (indexed like over_support)."""
        fe, b = self.fe, self.b
        if fe.abi.layouts[field] == "dense":
            d = fe.extent(fe.model.field(field).extent)
            return b.gep(fe.slot_ptr("dense", field), [b.mul(self.e, d)], inbounds=True, source_etype=fe.abi.data_type)
        return fe.slot_ptr("values", field)

    def over_support(self, field: str, codes: bool = False):
        """(lo, hi, entry) with ``entry(p) -> (j, x_j)``: the stored entries of data vector ``field`` (with
        ``codes``: ``x_j``'s fixed-point code as float32, undecoded; float32 data: the value)."""
        fe, b = self.fe, self.b

        def value(ptr, i):
            if codes and fe.abi.data_bits < 32:
                ty = fe.abi.data_type
                return fx.emit_widen(b, fe.tag(b.load(b.gep(ptr, [i], inbounds=True, source_etype=ty), typ=ty), "data"))
            return fe.data_value(field, ptr, i)

        if fe.abi.layouts[field] == "dense":
            d = fe.extent(fe.model.field(field).extent)
            row = b.gep(fe.slot_ptr("dense", field), [b.mul(self.e, d)], inbounds=True, source_etype=fe.abi.data_type)
            return _i64(0), d, lambda i: (i, value(row, i))
        indptr = fe.slot_ptr("indptr", field)
        lo = fe.tag(b.load(b.gep(indptr, [self.e], inbounds=True, source_etype=I64), typ=I64), "data")
        hi = fe.tag(b.load(b.gep(indptr, [b.add(self.e, _i64(1))], inbounds=True, source_etype=I64), typ=I64), "data")
        idx, vals = fe.slot_ptr("indices", field), fe.slot_ptr("values", field)
        top = self.last_column(field) if fe.abi.layouts[field] == "mapped" else None

        def entry(p):
            j = fe.tag(b.load(b.gep(idx, [p], inbounds=True, source_etype=I32), typ=I32), "data")
            if top is None:
                return b.sext(j, I64), value(vals, p)
            return b.zext(b.select(b.icmp_unsigned("<", j, top), j, top), I64), value(vals, p)

        return lo, hi, entry

    def last_column(self, field: str) -> ir.Value:
        """``d - 1`` as an i32: every column read of a ``mapped`` sparse field (a data file's mapping, not sgdc's
        own checked copy: :func:`sgdc.data.bind._bind_mapped`) is clamped to it (unsigned: a negative one too), one
        ``min`` an entry: the file could change under a fit, and native code stays in bounds whatever it then
        reads.  sgdc's own copies need no clamp (W2 logistic: 3-10% an epoch, measured before it was made
        conditional)."""
        d = self.fe.extent(self.fe.model.field(field).extent)
        return self.b.trunc(self.b.sub(d, _i64(1)), I32)

    # -- values ---------------------------------------------------------------
    def vec_len(self, shape) -> ir.Value:
        return self.fe.extent(shape[0])

    def materialise(self, v: Vec, name: str) -> Vec:
        """Compute every element of ``v`` into a stack temporary."""
        fe = self.fe
        ptr = fe.alloca(F32, v.n, name=name)
        fe.for_range(_i64(0), v.n, lambda i: fe.store_f32(v.at(i), ptr, i), "mat")
        return Vec(lambda i: fe.load_f32(ptr, i), v.n)

    def elem(self, v, i):
        """Element ``i`` of a value (a scalar broadcasts)."""
        return v.at(i) if isinstance(v, Vec) else v

    def emit_all(self):
        for ins in self.prog.instrs:
            self.val[ins.dst] = self.emit(ins)

    def emit(self, ins: Instr):
        fe, b, op, args = self.fe, self.b, ins.op, ins.args
        if ins.dst in self.given:
            return self.given[ins.dst]
        vector = ins.shape != ()
        if op == "num":
            return _f32(args[0])
        if op == "dim":
            return b.sitofp(fe.slot_int("dim", args[0]), F32)
        if op == "var":
            return self.vars[args[0]]
        if op == "field":
            p = fe.slot_ptr("field", args[0])
            if vector:  # a reals field's row (several targets): float32 [n, k], row e
                k = fe.extent(ins.shape[0])
                row = b.gep(p, [b.mul(self.e, k)], inbounds=True, source_etype=F32)
                return Vec(lambda i, row=row: fe.load_f32(row, i, "data"), k)
            if fe.model.field(args[0]).kind == "index":  # an index field as a number: its position, int32
                pos = fe.tag(b.load(b.gep(p, [self.e], inbounds=True, source_etype=I32), typ=I32), "data")
                return b.sitofp(pos, F32)
            return fe.load_f32(p, self.e, "data")
        if op == "load":
            ptr, rest = self.param_ptr(args[0], args[1:])
            pname = args[0]
            if not vector:
                return fe.param_value(pname, ptr, _i64(0))
            if pname in fe.abi.qparams:
                return Vec(lambda i: fe.param_value(pname, ptr, i), fe.extent(rest[0]), frozenset([pname]),
                           lambda i, wide=I64: fe.param_code(pname, ptr, i, wide), fe.abi.qparams[pname], ptr)
            return Vec(lambda i: fe.param_value(pname, ptr, i), fe.extent(rest[0]), frozenset([pname]))
        if op == "ddot":
            row, _ = self.param_ptr(args[0], tuple(args[1:-1]))
            return self.ddot(row, args[-1], args[0], ins.dst in self.int_dots)
        if op == "matvec" and len(args) > 2:  # sum_j M[a, j]^p x_j^q over x's stored entries, in order
            pname, field, pw, qx = args
            n = fe.extent(ins.shape[0])
            out = fe.alloca(F32, n, name=ins.dst)
            base = fe.slot_ptr("param", pname)
            cols = fe.extent(fe.model.param(pname).shape[1])
            lo_, hi, entry = self.over_support(field)

            def powered_row(a):
                rp = fe.param_gep(pname, base, b.mul(a, cols))

                def term(p, acc):
                    j, x = entry(p)
                    return fe.fop("fadd", acc, fe.fop("fmul", fe.power(fe.param_value(pname, rp, j), pw),
                                                      fe.power(x, qx)))

                fe.store_f32(fe.reduce_range(lo_, hi, _f32(0.0), term, "pmv"), out, a)

            fe.for_range(_i64(0), n, powered_row, "mvp")
            return Vec(lambda i: fe.load_f32(out, i), n)
        if op == "matvec":
            pname, field = args
            n = fe.extent(ins.shape[0])
            out = fe.alloca(F32, n, name=ins.dst)
            base = fe.slot_ptr("param", pname)
            cols = fe.extent(fe.model.param(pname).shape[1])

            def row(a):
                rp = fe.param_gep(pname, base, b.mul(a, cols))
                fe.store_f32(self.ddot(rp, field, pname, ins.dst in self.int_dots), out, a)

            fe.for_range(_i64(0), n, row, "mv")
            return Vec(lambda i: fe.load_f32(out, i), n)
        if op in ("mv", "tmv"):  # P @ v (a computed vector), P^T @ a: into a buffer, a dot per output element
            pname, v = args[0], self.val[args[1]]
            rows_, cols_ = (fe.extent(e) for e in fe.model.param(pname).shape)
            base = fe.slot_ptr("param", pname)
            n = fe.extent(ins.shape[0])
            out = fe.alloca(F32, n, name=ins.dst)
            if op == "mv":
                def one(a):
                    rp = fe.param_gep(pname, base, b.mul(a, cols_))
                    fe.store_f32(fe.reduce_range(_i64(0), cols_, _f32(0.0), lambda j, acc: fe.fop(
                        "fadd", acc, fe.fop("fmul", fe.param_value(pname, rp, j), self.elem(v, j))), "mvd"), out, a)
            else:
                def one(j):
                    fe.store_f32(fe.reduce_range(_i64(0), rows_, _f32(0.0), lambda a, acc: fe.fop(
                        "fadd", acc, fe.fop("fmul", fe.param_value(pname, base, b.add(b.mul(a, cols_), j)),
                                            self.elem(v, a))), "tmvd"), out, j)
            fe.for_range(_i64(0), n, one, op)
            return Vec(lambda i: fe.load_f32(out, i), n)
        if op == BUMP:  # c + s * onehot(y): the compare selects, nothing is read at y
            c, s, y = self.val[args[0]], self.val[args[1]], self.index_value(args[2])

            def bumped(i):
                ci = self.elem(c, i)
                return b.select(b.icmp_signed("==", i, y), fe.scalar("add", ci, s), ci)

            return Vec(bumped, fe.extent(ins.shape[0]), c.views if isinstance(c, Vec) else frozenset())
        if op in UNARY or op in BINARY or op == "pow":
            operands = [self.val[a] for a in (args[:1] if op == "pow" else args)]

            def compute(get):
                xs = [get(v) for v in operands]
                return fe.power(xs[0], args[1]) if op == "pow" else fe.scalar(op, *xs)

            if not vector:
                return compute(lambda v: v)
            views = frozenset().union(*(v.views for v in operands if isinstance(v, Vec)))
            return Vec(lambda i: compute(lambda v: self.elem(v, i)), fe.extent(ins.shape[0]), views)
        if op in OPS and OPS[op].kind in ("reduce", "dot"):
            x = self.val[args[0]]
            y = self.val[args[1]] if op == "dot" else x
            if ins.dst in self.int_dots:  # two fixed-point rows (the precision pass's choice)
                qm = (1 << (fe.abi.precision.M - 1)) - 1
                if x.codes is not None and y.codes is not None:
                    return self.pairs_dot(x, y, _f32(x.step * y.step))
                return fe.int_dot(_i64(0), x.n, lambda i, ty: b.mul(x.code_at(i, ty), y.code_at(i, ty)),
                                  _f32(x.step * y.step), qm * qm)
            elems = [lambda i: self.elem(x, i)] + ([lambda i: self.elem(y, i)] if op == "dot" else [])
            return OPS[op].llvm(fe.lowering(), x.n, *elems)  # the op registry's lowering
        raise InternalError(f"codegen has no rule for {op}")

    PAIRS = 32  # codes a block of :meth:`pairs_dot` (a 512-bit vector of 16-bit lanes)

    def pairs_dot(self, x: Vec, y: Vec, scale) -> ir.Value:
        """The exact integer dot of two rows of 8- or 16-bit codes, as ``vpmaddwd`` computes it: blocks of
        :attr:`PAIRS` codes loaded as vectors (8-bit codes sign-extended to 16 bits), multiplied in i32,
        adjacent products added in i32 (two products of codes in [-32767, 32767] are below 2^31), the pair
        sums widened and accumulated in i64 lanes; the last ``n mod PAIRS`` codes in one masked block (nothing
        past either row is read).  The sum is exact, so it equals any other order's (the reference's) bit for
        bit; ``float32(sum) * scale`` as :meth:`FunctionEmitter.int_dot` returns."""
        fe, b, w = self.fe, self.b, self.PAIRS
        v32, v64 = ir.VectorType(I32, w), ir.VectorType(I64, w // 2)
        half = ir.VectorType(I32, w // 2)
        acc = fe.alloca(v64, name="pairs.acc")
        b.store(ir.Constant(v64, [0] * (w // 2)), acc)

        def block(at, mask):
            p = b.mul(b.sext(fe.code_block(next(iter(x.views)), x.codes, at, w, mask), v32),
                      b.sext(fe.code_block(next(iter(y.views)), y.codes, at, w, mask), v32))
            even = b.shuffle_vector(p, p, ir.Constant(half, list(range(0, w, 2))))
            odd = b.shuffle_vector(p, p, ir.Constant(half, list(range(1, w, 2))))
            b.store(b.add(b.load(acc, typ=v64), b.sext(b.add(even, odd), v64)), acc)

        blocks = b.sdiv(x.n, _i64(w))
        fe.for_range(_i64(0), blocks, lambda k: block(b.mul(k, _i64(w)), None), "pdot")
        at = b.mul(blocks, _i64(w))
        rest = b.sub(x.n, at)
        fe.if_block(b.icmp_signed(">", rest, _i64(0)), lambda: block(at, fe.tail_mask(rest, w)), "pdotm")
        red = b.module.globals.get(f"llvm.vector.reduce.add.v{w // 2}i64") or ir.Function(
            b.module, ir.FunctionType(I64, [v64]), f"llvm.vector.reduce.add.v{w // 2}i64")
        return fx.emit_decode(b, b.call(red, [b.load(acc, typ=v64)]), scale)

    def ddot(self, row, field, pname, integer: bool):
        fe = self.fe
        lo, hi, entry = self.over_support(field)
        if integer:  # codes times codes, exactly, in integers
            values = self.value_ptr(field)
            step = fe.fop("fmul", fe.data_scale(field), _f32(fe.abi.qparams[pname]))

            def term(p, ty):
                j, _ = entry(p)
                return self.b.mul(fe.data_code(values, p, ty), fe.param_code(pname, row, j, ty))

            bound = fx.qmax(fe.abi.data_bits) * fx.qmax(fe.abi.precision.M)
            return fe.int_dot(lo, hi, term, step, bound)

        scaled_once = not fe.abi.exact and fe.abi.data_bits < 32  # codes dotted, the sum scaled once
        if scaled_once:
            lo, hi, entry = self.over_support(field, codes=True)

        def acc(p, s):
            j, x = entry(p)
            return fe.fop("fadd", s, fe.fop("fmul", fe.param_value(pname, row, j), x))

        total = fe.reduce_range(lo, hi, _f32(0.0), acc, "dd")
        return fe.fop("fmul", total, fe.data_scale(field)) if scaled_once else total

    # -- updates (lowered statements) ---------------------------------------------
    def materialise_coef(self, s: lo.Materialise) -> None:
        kept = self.materialise(self.val[s.value], f"{s.value}.m")
        if s.role == "vector":
            self._vec[s.update] = kept
        elif s.role.startswith("term"):
            self._terms[(s.update, int(s.role[4:]))] = kept
        else:
            self._coef[s.update] = kept

    def reg_gate(self, s: lo.RegGate) -> None:
        """1.0, or 0.0 when an earlier update of this param had the same leading index
        values (those coordinates were regularised already)."""
        b = self.b
        index = self.prog.updates[s.update].index
        same = ir.Constant(I1, 0)
        for other in s.unless:
            eq = ir.Constant(I1, 1)
            for mine, theirs in zip(index, other):
                eq = b.and_(eq, b.icmp_signed("==", self.index_value(mine), self.index_value(theirs)))
            same = b.or_(same, eq)
        self._gates[s.update] = b.select(same, _f32(0.0), _f32(1.0))

    def coef(self, u: lo.Upd):
        return self._coef.get(u.number, self.val[u.coef])

    def update(self, s, step: ir.Value) -> None:
        """One update statement: its loop, and the coordinate rule at each coordinate."""
        fe, b = self.fe, self.b
        if isinstance(s, lo.UpdateRows):
            rows = [self.param_ptr(u.param, u.index)[0] for u in s.updates]
            pres = [self.run_ops(u, u.coord.pre, {"step": step, "gate": self._gates.get(u.number)} if not
                                 u.coord.source else {"step": step, "c": self.val[u.coord.source[0]],
                                                      "scale": _f32(fe.abi.qparams[u.coord.source[2]])})
                    for u in s.updates]  # once per example: a folded rule's factors

            if s.packed:
                self.packed_rows(s, rows, pres)
                return

            def reads(u, i):  # (g, more inputs): the gradient element, or the source row's code
                if u.coord.source:
                    return None, {"xq": fx.emit_widen(b, self.val[u.coord.source[1]].code_at(i, I32))}
                return self.elem(self.coef(u), i), {}

            def body(i):  # every gradient element (or source code) is read before any write
                got = [reads(u, i) for u in s.updates]
                for u, ptr, (g, more), pre in zip(s.updates, rows, got, pres):
                    self.coord(u, ptr, i, g, step, i, {**pre, **more})

            fe.for_range(_i64(0), fe.extent(s.extent), body, "rows")
        elif isinstance(s, lo.UpdateEach) and s.over == "one":
            u = s.update
            ptr, _ = self.param_ptr(u.param, u.index)
            self.coord(u, ptr, _i64(0), self.coef(u), step, _i64(0))
        elif isinstance(s, lo.UpdateEach) and s.over == "support" and s.update.coord.data:
            u = s.update
            ptr, _ = self.param_ptr(u.param, u.index)
            self.over_codes(u, ptr, s.lanes, step, self.support_pre(u, step), "sp")
        elif isinstance(s, lo.UpdateEach) and s.over == "support":
            u, c = s.update, self.coef(s.update)
            ptr, _ = self.param_ptr(u.param, u.index)
            lo_, hi, entry = self.over_support(u.field)

            def body(p):
                j, x = entry(p)
                self.coord(u, ptr, j, fe.fop("fmul", c, x), step, j, {"x": x})

            fe.for_range(lo_, hi, body, "sp")
        elif isinstance(s, lo.UpdateEach) and s.over == "outer" and s.update.coord.data:
            u, c = s.update, self.coef(s.update)
            base = fe.slot_ptr("param", u.param)
            cols = fe.extent(fe.model.param(u.param).shape[1])
            scale = fe.data_scale(u.field) if fe.abi.data_bits < 32 else None

            def per_row(a):  # row a: the folded rule over the entries, with the coefficient c[a]
                rp = fe.param_gep(u.param, base, b.mul(a, cols))
                pre = self.run_ops(u, u.coord.pre, {"c": self.elem(c, a), "step": step, "scale": scale})
                self.over_codes(u, rp, s.lanes, step, pre, "op", b.mul(a, cols))

            fe.for_range(_i64(0), fe.extent(fe.model.param(u.param).shape[0]), per_row, "outer")
        elif isinstance(s, lo.UpdateEach) and s.over == "dense":  # P[a, j] with g = c[a] * v[j], every a and j
            u, c = s.update, self.coef(s.update)
            v = self._vec.get(u.number, self.val[u.field])
            base = fe.slot_ptr("param", u.param)
            shape = fe.model.param(u.param).shape
            cols = fe.extent(shape[1])

            def per_row(a):
                rp = fe.param_gep(u.param, base, b.mul(a, cols))
                ca = self.elem(c, a)
                fe.for_range(_i64(0), cols, lambda j: self.coord(u, rp, j, fe.fop("fmul", ca, self.elem(v, j)),
                                                                 step, b.add(b.mul(a, cols), j)), "dn")

            fe.for_range(_i64(0), fe.extent(shape[0]), per_row, "dense")
        elif isinstance(s, lo.UpdateEach) and s.over == "outer":
            u, c = s.update, self.coef(s.update)
            base = fe.slot_ptr("param", u.param)
            shape = fe.model.param(u.param).shape
            cols = fe.extent(shape[1])

            terms = self.prog.updates[u.number].terms  # M @ x and M^p @ x^q on this x: one gradient, summed

            def per_row(a):
                rp = fe.param_gep(u.param, base, b.mul(a, cols))
                # the coefficient c[a], or each term's (coefficient[a], p, q) of M @ x and M^p @ x^q
                ca = None if terms else self.elem(c, a)
                cs = [(self.elem(self._terms.get((u.number, k), self.val[t[0]]), a), t[1], t[2])
                      for k, t in enumerate(terms)]
                lo_, hi, entry = self.over_support(u.field)

                def body(p):
                    j, x = entry(p)
                    if not terms:
                        g = fe.fop("fmul", ca, x)
                    else:
                        g = None
                        for ct, pw, qx in cs:
                            t = fe.fop("fmul", ct, fe.power(x, qx) if qx != 1 else x)
                            if pw != 1:  # times p M[a, j]^(p - 1)
                                t = fe.fop("fmul", t, fe.fop("fmul", _f32(pw),
                                                             fe.power(fe.param_value(u.param, rp, j), pw - 1)))
                            g = t if g is None else fe.fop("fadd", g, t)
                    self.coord(u, rp, j, g, step, b.add(b.mul(a, cols), j), {"x": x})

                fe.for_range(lo_, hi, body, "op")

            fe.for_range(_i64(0), fe.extent(shape[0]), per_row, "outer")
        else:
            raise InternalError(f"not an update statement: {s!r}")

    def packed_rows(self, s: lo.UpdateRows, rows: list, pres: list) -> None:
        """Row updates by the integer rule (``irule``), ``s.packed`` coordinates a block: every row's codes of
        the block loaded as one vector of 16-bit lanes (the last block masked: nothing past a row is read or
        written), then for each update its (own code, source code) pairs interleaved within 128-bit lanes
        (``vpunpcklwd``/``vpunpckhwd``), multiplied by the (a, b) pair and pair-summed in i32 (``vpmaddwd``),
        the rounding bits added, shifted, clamped, and put back in order (``vpackssdw``).  Plain LLVM vector
        IR: instruction selection finds those instructions on any x86-64 target.  Lane ``k`` of the low
        (high) half holds coordinate ``8 * (k // 4) + k % 4`` (plus 4): the rounding bits follow it."""
        fe, b, W = self.fe, self.b, s.packed
        H = W // 2
        v16, v32, vh = ir.VectorType(ir.IntType(16), W), ir.VectorType(I32, W), ir.VectorType(I32, H)
        n = fe.extent(s.extent)
        lanes = {half: [8 * (k // 4) + k % 4 + 4 * half for k in range(H)] for half in (0, 1)}
        unpack = {half: [x for k in lanes[half] for x in (k, W + k)] for half in (0, 1)}
        repack = []
        for lane in range(W // 8):  # the pack's order: 4 low-half words, then 4 high-half words, a 128-bit lane
            repack += [2 * (4 * lane + k) for k in range(4)] + [W + 2 * (4 * lane + k) for k in range(4)]

        # once per example: each update's (a, b) pair as i16 lanes, widened to i32 for the pair products
        pairs = []
        for pre in pres:
            ab = b.insert_element(b.insert_element(ir.Constant(ir.VectorType(ir.IntType(16), 2), None),
                                                   b.trunc(pre["a"], ir.IntType(16)), ir.Constant(I32, 0)),
                                  b.trunc(pre["b"], ir.IntType(16)), ir.Constant(I32, 1))
            word = fx.splat(b, b.bitcast(ab, I32), H)
            pairs.append(b.sext(b.bitcast(word, v16), v32))

        def block(at, mask, rest=None):
            own = {u.param: fe.code_block(u.param, ptr, at, W, mask) for u, ptr in zip(s.updates, rows)}
            src = {}
            for u in s.updates:  # the sources' codes, read before any write
                _, row, pname = u.coord.source
                src[u.number] = own[pname] if pname in own else fe.code_block(pname, self.val[row].codes, at, W, mask)
            outs = []
            for u, pair, pre in zip(s.updates, pairs, pres):
                r = self._packed_r(u, pre, at, lanes)
                halves = []
                for half in (0, 1):
                    x = b.shuffle_vector(own[u.param], src[u.number], ir.Constant(ir.VectorType(I32, W), unpack[half]))
                    prod = b.mul(b.sext(x, v32), pair)
                    even = b.shuffle_vector(prod, prod, ir.Constant(vh, list(range(0, W, 2))))
                    odd = b.shuffle_vector(prod, prod, ir.Constant(vh, list(range(1, W, 2))))
                    v = b.add(b.add(even, odd), r[half])
                    v = b.ashr(v, fx.const(vh, fx.SHIFT))
                    v = fx.emit_saturate(b, v, fe.abi.precision.M)
                    halves.append(b.bitcast(v, v16))
                outs.append(b.shuffle_vector(halves[0], halves[1], ir.Constant(ir.VectorType(I32, W), repack)))
            for u, ptr, v in zip(s.updates, rows, outs):
                fe.store_code_block(u.param, ptr, at, v, mask, rest)

        blocks = b.sdiv(n, _i64(W))
        fe.for_range(_i64(0), blocks, lambda k: block(b.mul(k, _i64(W)), None), "rowsv")
        at = b.mul(blocks, _i64(W))
        rest = b.sub(n, at)
        fe.if_block(b.icmp_signed(">", rest, _i64(0)), lambda: block(at, fe.tail_mask(rest, W), rest), "rowsm")

    def _packed_r(self, u: lo.Upd, pre: dict, at, lanes: dict) -> tuple:
        """The integer rule's rounding term of each half of a packed block at coordinate ``at``: the update's
        ``r`` (``ibits``: its lanes' coordinates) or the nearest rule's constant."""
        b = self.b
        H = len(lanes[0])
        rule = next(op for op in u.coord.ops if op.name == "irule")
        if isinstance(rule.args[4], float):
            c = fx.const(ir.VectorType(I32, H), int(rule.args[4]))
            return c, c
        out = []
        for half in (0, 1):
            js = b.add(fx.splat(b, b.trunc(at, I32), H), ir.Constant(ir.VectorType(I32, H), lanes[half]))
            out.append(fx.emit_int_bits(b, pre["h"], js))
        return tuple(out)

    def support_pre(self, u: lo.Upd, step) -> dict:
        """A folded rule's once-per-update values over one data vector's entries (``Coord.pre``)."""
        scale = self.fe.data_scale(u.field) if self.fe.abi.data_bits < 32 else None
        return self.run_ops(u, u.coord.pre, {"c": self.coef(u), "step": step, "gate": self._gates.get(u.number),
                                             "scale": scale})

    # -- the lookahead (sgdc.passes.lookahead) ----------------------------------------------------------------
    def next_dots(self, la: lo.Lookahead, e_next) -> tuple:
        """``(param . x[next], xq[e] . x[next])``, before this example's updates."""
        fe = self.fe
        ahead = ExampleEmitter(fe, self.prog, e_next, {}, None)
        d = ahead.dot_of(la)
        lo_, hi, mine = self.over_support(la.field, codes=True)
        _, _, theirs = ahead.over_support(la.field)
        c = fe.reduce_range(lo_, hi, _f32(0.0), lambda p, s: fe.fop(
            "fadd", s, fe.fop("fmul", mine(p)[1], theirs(p)[1])), "xx")
        return d, c

    def dot_of(self, la: lo.Lookahead):
        """This example's ``param . x`` (the lookahead's dot, computed)."""
        row, _ = self.param_ptr(la.param, ())
        return self.ddot(row, la.field, la.param, False)

    def carried(self, la: lo.Lookahead, u: lo.Upd, dots: tuple, step):
        """``alpha D + beta C``, with update ``u``'s ``alpha`` and ``beta`` of this example."""
        env = self.run_ops(u, la.ops, self.support_pre(u, step))
        coef = [_f32(v) if isinstance(v, float) else env[v] for v in (la.alpha, la.beta)]
        return self.fe.fop("fadd", self.fe.fop("fmul", coef[0], dots[0]), self.fe.fop("fmul", coef[1], dots[1]))

    def over_codes(self, u: lo.Upd, ptr, lanes: int, step, pre: dict, name: str, elem_base=None) -> None:
        """A folded rule (``Coord.data``) at every stored entry of ``u.field`` of this example: ``lanes`` at a
        time first when ``lanes > 1`` (:meth:`gathered`), then half as many at once, then one by one.  A draw's element is the column, plus
        ``elem_base`` (an outer product's row ``a`` times its columns)."""
        b = self.b
        lo_, hi, entry = self.over_support(u.field, codes=True)
        while lanes > 4:  # 16 at a time, then at most one block of 8 (a9a's rows have 14 entries)
            lo_ = self.gathered(u, ptr, lanes, lo_, hi, step, pre, elem_base)
            lanes //= 2

        def body(p):
            j, xq = entry(p)
            self.coord(u, ptr, j, None, step, j if elem_base is None else b.add(elem_base, j), {**pre, "xq": xq})

        self.fe.for_range(lo_, hi, body, name)

    def gathered(self, u: lo.Upd, ptr, lanes: int, lo_, hi, step, pre: dict, elem_base=None):
        """The entries ``lo_ .. lo_ + lanes * floor((hi - lo_) / lanes)`` of a sparse row, ``lanes`` at a time:
        their columns and codes loaded as vectors, the rule printed on vectors (the param's codes gathered and
        scattered lane by lane); returns where the one-at-a-time loop goes on.  A draw's element is the column,
        plus ``elem_base`` (an outer product's row ``a`` times its columns)."""
        fe, b = self.fe, self.b
        blocks = b.sdiv(b.sub(hi, lo_), _i64(lanes))
        idx, vals = fe.slot_ptr("indices", u.field), fe.slot_ptr("values", u.field)
        vi = ir.VectorType(I32, lanes)
        dty = ir.VectorType(fe.abi.data_type, lanes)
        tops = fx.splat(b, self.last_column(u.field), lanes) if fe.abi.layouts[u.field] == "mapped" else None

        def body(k):
            p = b.add(lo_, b.mul(k, _i64(lanes)))
            js = fe.tag(b.load(b.gep(idx, [p], inbounds=True, source_etype=I32), typ=vi, align=4), "data")
            xq = fe.tag(b.load(b.gep(vals, [p], inbounds=True, source_etype=fe.abi.data_type), typ=dty,
                               align=getattr(fe.abi.data_type, "width", 32) // 8), "data")
            if tops is None:
                js = b.sext(js, ir.VectorType(I64, lanes))
            else:  # a mapped file's columns: clamped (:meth:`last_column`)
                js = b.zext(b.select(b.icmp_unsigned("<", js, tops), js, tops), ir.VectorType(I64, lanes))
            elems = js if elem_base is None else b.add(js, fx.splat(b, elem_base, lanes))
            self.coord(u, ptr, js, None, step, elems, {**pre, "xq": fx.emit_widen(b, xq)}, lanes=lanes)

        fe.for_range(_i64(0), blocks, body, "spv")
        return b.add(lo_, b.mul(blocks, _i64(lanes)))

    def l1clip(self, z, u, q):
        """The cumulative l1 penalty's clip (Tsuruoka et al. 2009): ``max(0, z - (u + q))`` for ``z > 0``,
        ``min(0, z + (u - q))`` for ``z < 0``, 0 for 0 (``u`` the penalty so far, ``q`` what this coordinate
        has had, a sum of moves toward 0: at most 0 for a positive weight)."""
        fe, b = self.fe, self.b
        zero = fx.const(z.type, 0.0)
        down = fe.fop("fsub", z, fe.fop("fadd", u, q))
        up = fe.fop("fadd", z, fe.fop("fsub", u, q))
        pos = b.select(b.fcmp_ordered(">", down, zero), down, zero)
        neg = b.select(b.fcmp_ordered("<", up, zero), up, zero)
        return b.select(b.fcmp_ordered(">", z, zero), pos, b.select(b.fcmp_ordered("<", z, zero), neg, z))

    def project(self, s: lo.Project) -> None:
        """``constrain norm(P) <= R``: each row ``s.rows`` names scaled by ``R / |row|`` when its norm is above
        ``R`` (a sum of squares, a compare, and a second pass only then)."""
        fe, b = self.fe, self.b
        shape = fe.model.param(s.param).shape
        r2 = _f32(s.radius * s.radius)

        def one(ptr, n):
            total = fe.reduce_range(_i64(0), n, _f32(0.0), lambda i, acc: fe.fop(
                "fadd", acc, fe.fop("fmul", fe.load_f32(ptr, i, s.param), fe.load_f32(ptr, i, s.param))), "pn")

            def scale():
                f = fe.fop("fdiv", _f32(s.radius), fx._intrinsic(b, "llvm.sqrt", total))
                fe.for_range(_i64(0), n, lambda i: fe.store_f32(fe.fop("fmul", fe.load_f32(ptr, i, s.param), f),
                                                                ptr, i, s.param), "ps")

            fe.if_block(b.fcmp_ordered(">", total, r2), scale, "proj")

        for index in s.rows:
            if len(shape) == 2 and not index:  # every row
                cols = fe.extent(shape[1])
                base = fe.slot_ptr("param", s.param)
                fe.for_range(_i64(0), fe.extent(shape[0]),
                             lambda a: one(fe.param_gep(s.param, base, b.mul(a, cols)), cols), "prow")
            elif shape:
                ptr, rest = self.param_ptr(s.param, index)
                one(ptr, fe.extent(rest[0]))
            else:
                one(fe.slot_ptr("param", s.param), _i64(1))

    def add_step(self, s: lo.AddStep, step) -> None:
        """``param += step * factor`` (a scalar param)."""
        fe, b = self.fe, self.b
        at = fe.slot_ptr("param", s.param)
        add = fe.fop("fmul", step, _f32(s.factor)) if s.scaled else _f32(s.factor)
        fe.tag(b.store(fe.fop("fadd", fe.tag(b.load(at, typ=F32), s.param), add), at), s.param)

    def beside(self, pname: str, ptr, other: str):
        """Where ``other`` (a float32 param of ``pname``'s shape: per-coordinate state, ``w.g2`` or ``w.l1q``)
        holds what ``ptr`` points to in ``pname`` (float32, or fixed-point codes): the same element offset from
        its own base."""
        fe, b = self.fe, self.b
        base = fe.slot_ptr("param", pname)
        ty = fe.abi.param_type(pname)
        size = 4 if ty == F32 else ty.width // 8
        off = b.sdiv(b.sub(b.ptrtoint(ptr, I64), b.ptrtoint(base, I64)), _i64(size))
        return b.gep(fe.slot_ptr("param", other), [off], inbounds=True, source_etype=F32)

    def run_ops(self, u: lo.Upd, ops, env: dict) -> dict:
        """Print a rule's once-per-update ops (``Coord.pre``); returns the environment with their values."""
        env = dict(env)
        for op in ops:
            if op.name == "finite":
                env[op.dst] = fx.emit_finite(self.b, env[op.args[0]], env[op.args[1]], op.args[2])
                continue
            if op.name == "hash":
                env[op.dst] = fx.emit_stride_hash(self.b, self.rng_state, op.args[0])
                continue
            if op.name == "ubits":
                env[op.dst] = fx.emit_factor_uniform(self.b, env[op.args[0]])
                continue
            if op.name == "ifactor":  # (x: a float32 name or number; u: a double name or number)
                x, u_ = op.args
                env[op.dst] = fx.emit_int_factor(self.b, _f32(x) if isinstance(x, float) else env[x],
                                                 ir.Constant(F64, u_) if isinstance(u_, float) else env[u_])
                continue
            if op.name not in ("fadd", "fsub", "fmul"):
                raise InternalError(f"a rule's once-per-update ops are float arithmetic, not {op.name}")
            env[op.dst] = self.fe.fop(op.name, *(_f32(a) if isinstance(a, float) else env[a] for a in op.args))
        return env

    def coord(self, u: lo.Upd, ptr, i, grad, step, elem, inputs: dict | None = None, lanes: int = 0) -> None:
        """Print a coordinate rule (:class:`sgdc.ir.lowered.Coord`): one LLVM value per op.  With ``lanes``,
        ``i`` is a vector of that many coordinates: every op works on vectors (scalars broadcast), the load
        gathers and the store scatters, lane by lane."""
        fe, b = self.fe, self.b
        env = {"g": grad, "step": step, "gate": self._gates.get(u.number), **(inputs or {})}
        ty = fe.abi.param_type(u.param)

        def arg(a):
            if lanes:
                if isinstance(a, float):
                    return fx.const(ir.VectorType(F32, lanes), a)
                v = env[a]
                return v if isinstance(v.type, ir.VectorType) else fx.splat(b, v, lanes)
            return _f32(a) if isinstance(a, float) else env[a]

        def at(k):  # lane k's address
            return b.gep(ptr, [b.extract_element(i, ir.Constant(I32, k))], inbounds=True, source_etype=ty)

        addr = b.gep(ptr, [i], inbounds=True, source_etype=ty) if u.coord.fixed and not lanes else None
        for op in u.coord.ops:
            n, a = op.name, op.args
            if n in ("load", "store") and a[0] != u.param:  # a param beside u's (its state): same offset
                there = fe.slot_ptr("param", a[0]) if not fe.model.param(a[0]).shape else \
                    b.gep(self.beside(u.param, ptr, a[0]), [i], inbounds=True, source_etype=F32)  # (or a scalar)
                if n == "load":
                    env[op.dst] = fe.tag(b.load(there, typ=F32), a[0])
                else:
                    fe.tag(b.store(arg(a[1]), there), a[0])
                continue
            if n == "load" and lanes:
                v = ir.Constant(ir.VectorType(ty, lanes), ir.Undefined)
                for k in range(lanes):
                    v = b.insert_element(v, fe.tag(b.load(at(k), typ=ty), u.param), ir.Constant(I32, k))
            elif n == "load":
                v = fe.tag(b.load(addr if addr is not None else b.gep(ptr, [i], inbounds=True, source_etype=ty), typ=ty), u.param)
            elif n == "store" and lanes:
                val = arg(a[1])
                for k in range(lanes):
                    fe.tag(b.store(b.extract_element(val, ir.Constant(I32, k)), at(k)), u.param)
                continue
            elif n == "store":
                fe.tag(b.store(arg(a[1]), addr if addr is not None else b.gep(ptr, [i], inbounds=True, source_etype=ty)), u.param)
                continue
            elif n in ("fadd", "fsub", "fmul", "fdiv"):
                v = fe.fop(n, arg(a[0]), arg(a[1]))
            elif n == "fsqrt":
                v = fx._intrinsic(b, "llvm.sqrt", arg(a[0]))
            elif n == "fexp":
                v = fx._intrinsic(b, "llvm.exp", arg(a[0]))
            elif n == "fabs":
                v = fx._intrinsic(b, "llvm.fabs", arg(a[0]))
            elif n in ("fmax", "fmin"):  # a > b ? a : b, a < b ? a : b: a NaN in a gives b (a constrain bound)
                x0, x1 = arg(a[0]), arg(a[1])
                v = b.select(b.fcmp_ordered(">" if n == "fmax" else "<", x0, x1), x0, x1)
            elif n == "sel":  # a[0] > 0 ? a[1] : a[2]
                c0 = arg(a[0])
                v = b.select(b.fcmp_ordered(">", c0, ir.Constant(c0.type, 0.0)), arg(a[1]), arg(a[2]))
            elif n == "l1clip":
                v = self.l1clip(arg(a[0]), arg(a[1]), arg(a[2]))
            elif n == "sign":
                v = fe.scalar("sign", arg(a[0]))
            elif n == "widen":
                v = fx.emit_widen(b, arg(a[0]))
            elif n == "decode":
                v = fx.emit_decode(b, arg(a[0]), arg(a[1]), fe.flags)
            elif n == "draw":
                v = fx.emit_uniform(b, self.rng_state, a[0], elem if len(a) > 1 else None)
            elif n == "stride":
                v = fx.emit_stride_uniform(b, self.rng_state, a[0], elem)
            elif n == "round":
                v = fx.emit_round_draw(b, arg(a[0]), arg(a[1]))
            elif n == "saturate":
                # NaN: not a number of steps; keep 0 (unless the rule says its value is never NaN)
                v = fx.emit_saturate(b, arg(a[0]), a[1], nan_to_zero=lo.nan_to_zero(op))
            elif n == "narrow":
                v = b.fptosi(arg(a[0]), ir.VectorType(ir.IntType(a[1]), lanes) if lanes else ir.IntType(a[1]))
            else:
                raise InternalError(f"codegen has no rule for the lowered op {n}")
            env[op.dst] = v


def _spin_lock(fe: FunctionEmitter, lock) -> None:
    """Acquire the i32 spin lock at ``lock`` (cmpxchg 0 -> 1, pause, yield after 64 tries)."""
    b = fe.b
    yield_fn = fe.module.globals.get("sched_yield") or ir.Function(fe.module, ir.FunctionType(I32, []), "sched_yield")
    pause = fe.module.globals.get("llvm.x86.sse2.pause") or ir.Function(
        fe.module, ir.FunctionType(ir.VoidType(), []), "llvm.x86.sse2.pause")
    tries = fe.alloca(I32, name="spins")
    b.store(ir.Constant(I32, 0), tries)
    head = fe.fn.append_basic_block("lock.try")
    wait = fe.fn.append_basic_block("lock.wait")
    got = fe.fn.append_basic_block("lock.got")
    b.branch(head)
    b.position_at_end(head)
    res = b.cmpxchg(lock, ir.Constant(I32, 0), ir.Constant(I32, 1), "acquire", "monotonic")
    b.cbranch(b.extract_value(res, 1), got, wait)
    b.position_at_end(wait)
    n = b.add(b.load(tries, typ=I32), ir.Constant(I32, 1))
    b.store(n, tries)
    b.call(pause, [])
    with b.if_then(b.icmp_signed(">", n, ir.Constant(I32, 64))):
        b.call(yield_fn, [])
        b.store(ir.Constant(I32, 0), tries)
    b.branch(head)
    b.position_at_end(got)


def _unlock(fe: FunctionEmitter, lock) -> None:
    fe.b.atomic_rmw("xchg", lock, ir.Constant(I32, 0), "release")


SPARSE_ROW_LINES = 8  # cache lines of a sparse row's indices (and of its values) that the prefetch fetches


def _prefetch(fe: FunctionEmitter, s: lo.Prefetch, order, pos) -> None:
    """A :class:`sgdc.ir.lowered.Prefetch`: for each stage, the example ``ahead`` on (clamped to ``end``) and
    its items (see :mod:`sgdc.passes.prefetch`)."""
    b = fe.b
    pf = fe.module.globals.get("llvm.prefetch.p0") or ir.Function(
        fe.module, ir.FunctionType(ir.VoidType(), [PTR, I32, I32, I32]), "llvm.prefetch.p0")

    def fetch(ptr, write=0):
        b.call(pf, [ptr, ir.Constant(I32, write), ir.Constant(I32, 3), ir.Constant(I32, 1)])

    def ahead(k):
        q = b.add(pos, _i64(k))
        q = b.select(b.icmp_signed("<", q, fe.end), q, pos)
        return b.sext(b.load(b.gep(order, [q], inbounds=True, source_etype=I32), typ=I32), I64)

    model = fe.model
    for k, items in s.stages:
        e = ahead(k)
        for kind, name in items:
            if kind == "indptr":
                fetch(b.gep(fe.slot_ptr("indptr", name), [e], inbounds=True, source_etype=I64))
            elif kind == "field":
                fetch(b.gep(fe.slot_ptr("field", name), [e], inbounds=True, source_etype=I32))
            elif kind == "row" and fe.abi.layouts[name] != "dense":
                indptr = fe.slot_ptr("indptr", name)
                lo_ = b.load(b.gep(indptr, [e], inbounds=True, source_etype=I64), typ=I64)
                n = b.sub(b.load(b.gep(indptr, [b.add(e, _i64(1))], inbounds=True, source_etype=I64), typ=I64), lo_)
                for arr, ety, width in (("indices", I32, 4), ("values", fe.abi.data_type, fe.abi.data_bits // 8)):
                    base = b.gep(fe.slot_ptr(arr, name), [lo_], inbounds=True, source_etype=ety)
                    # the lines the row's entries lie on (its start's offset in a line counted), at most
                    # SPARSE_ROW_LINES: the hardware streams the rest of a longer row
                    first = b.and_(b.ptrtoint(base, I64), _i64(63))
                    lines = b.udiv(b.add(b.add(first, b.mul(n, _i64(width))), _i64(63)), _i64(64))
                    lines = b.select(b.icmp_unsigned("<", lines, _i64(SPARSE_ROW_LINES)), lines, _i64(SPARSE_ROW_LINES))
                    fe.for_range(_i64(0), lines, lambda line, base=base: fetch(
                        b.gep(base, [b.mul(line, _i64(64))], source_etype=ir.IntType(8))), "pfs")
            elif kind == "row":
                d = fe.extent(model.field(name).extent)
                row = b.gep(fe.slot_ptr("dense", name), [b.mul(e, d)], inbounds=True, source_etype=fe.abi.data_type)
                width = _i64(fe.abi.data_bits // 8)  # bytes per stored value
                fe.for_range(_i64(0), b.udiv(b.add(b.mul(d, width), _i64(63)), _i64(64)),
                             lambda line: fetch(b.gep(row, [b.mul(line, _i64(64))], source_etype=ir.IntType(8))), "pf")
            elif kind == "param":  # "P[f]": the row of P that index field f selects
                pname, f = name[:-1].split("[")
                shape = model.param(pname).shape
                u = b.sext(b.load(b.gep(fe.slot_ptr("field", f), [e], inbounds=True, source_etype=I32), typ=I32), I64)
                stride = _i64(1)
                for ext in shape[1:]:
                    stride = b.mul(stride, fe.extent(ext))
                row = fe.param_gep(pname, fe.slot_ptr("param", pname), b.mul(u, stride))
                ty = fe.abi.param_type(pname)
                size = 4 if isinstance(ty, ir.FloatType) else ty.width // 8  # bytes an element: the stored width
                nbytes = size * (int(shape[1]) if len(shape) == 2 and isinstance(shape[1], int) else
                                 1 if len(shape) == 1 else 64)
                # the row's lines (its start need not be on a line: the last byte's line too), at most 8; one
                # element (a 1-d param) never straddles a line
                offsets = [0] if len(shape) == 1 else sorted({*range(0, nbytes, 64), nbytes - 1})[:8]
                for off in offsets:
                    fetch(b.gep(row, [_i64(off)], source_etype=ir.IntType(8)))  # read: a write prefetch would steal the line from other threads early
            else:
                raise InternalError(f"unknown prefetch item {kind}")


class _Copies:
    """The train kernel's side of private copies (see :mod:`sgdc.backend.driver` for the other merges).

    With several workers on a ``shared`` model, a copied param's slot points
    at the worker's private copy; ``master`` at the shared array; ``base`` at
    what the copy held after its last exchange.  Every ``push`` examples (and
    at the end of a call) the worker adds ``share * (copy - base)`` to the
    master with atomic read-modify-writes (``share`` = 1/workers: the
    workers' moves are averaged, as each pulls toward the same value) and
    takes the master's value as its new copy and base.  Fixed-point codes
    round ``share * (copy - base)`` unbiasedly with a hash of the coordinate
    and the position, and saturate.  No barrier: a worker never waits.
    """

    def __init__(self, fe: FunctionEmitter, exchanges: tuple):
        self.fe, self.b, self.names = fe, fe.b, tuple(x.param for x in exchanges)
        b = fe.b
        self.push = fe.slot_int("push")
        with b.goto_block(fe.entry):
            self.share = b.bitcast(b.trunc(fe.slot_int("share"), I32), F32)
            self.active = b.icmp_signed(">", self.push, _i64(0))
        self.left = fe.alloca(I64, name="push.left")  # examples until the next exchange

    def _size(self, name):
        fe = self.fe
        n = _i64(1)
        for ext in fe.model.param(name).shape:
            n = fe.b.mul(n, fe.extent(ext))
        return n

    def _each(self, body):
        fe = self.fe
        for name in self.names:
            copy, master, base = fe.slot_ptr("param", name), fe.slot_ptr("master", name), fe.slot_ptr("base", name)
            ty = fe.abi.param_type(name)
            fe.for_range(_i64(0), self._size(name),
                         lambda j, n=name, t=ty, c=copy, m=master, s=base: body(n, t, c, m, s, j), "cp")

    def pull(self):
        b = self.b

        def body(name, ty, copy, master, base, j):
            v = b.load_atomic(b.gep(master, [j], inbounds=True, source_etype=ty), "monotonic",
                              ty.width // 8 if ty != F32 else 4, typ=ty)
            b.store(v, b.gep(copy, [j], inbounds=True, source_etype=ty))
            b.store(v, b.gep(base, [j], inbounds=True, source_etype=ty))

        with b.if_then(self.active):
            b.store(self.push, self.left)
            self._each(body)

    def exchange(self, pos):
        """Push this worker's moves since the last exchange into the masters; pull the masters."""
        fe, b = self.fe, self.b

        def body(name, ty, copy, master, base, j):
            cp = b.gep(copy, [j], inbounds=True, source_etype=ty)
            bp = b.gep(base, [j], inbounds=True, source_etype=ty)
            mp = b.gep(master, [j], inbounds=True, source_etype=ty)
            c, was = b.load(cp, typ=ty), b.load(bp, typ=ty)
            if ty == F32:
                b.atomic_rmw("fadd", mp, fe.fop("fmul", b.fsub(c, was), self.share), "monotonic")
                v = b.load_atomic(mp, "monotonic", 4, typ=F32)
            else:
                moved = fx.emit_decode(b, b.sub(b.sext(c, I32), b.sext(was, I32)), self.share)  # share * moved codes
                u = fx.emit_uniform(b, None, pos, j)  # no state: the draw of (position, coordinate)
                d = b.fptosi(fx.emit_round_draw(b, moved, u), I32)  # unbiased; saturated after the add
                head, again, done = (fe.fn.append_basic_block(f"cas.{k}") for k in ("head", "again", "done"))
                old0 = b.load_atomic(mp, "monotonic", ty.width // 8, typ=ty)
                pre = b.block
                b.branch(head)
                b.position_at_end(head)
                old = b.phi(ty)
                old.add_incoming(old0, pre)
                new = fx.emit_saturate(b, b.add(b.sext(old, I32), d), ty.width)
                res = b.cmpxchg(mp, old, b.trunc(new, ty), "monotonic", "monotonic")
                b.cbranch(b.extract_value(res, 1), done, again)
                b.position_at_end(again)
                old.add_incoming(b.extract_value(res, 0), again)
                b.branch(head)
                b.position_at_end(done)
                v = b.load_atomic(mp, "monotonic", ty.width // 8, typ=ty)
            b.store(v, cp)
            b.store(v, bp)

        self._each(body)

    def every(self, pos):
        """After the example at ``pos``: exchange every ``push`` examples (a countdown: no division per example)."""
        b = self.b
        with b.if_then(self.active):
            left = b.sub(b.load(self.left, typ=I64), _i64(1))
            b.store(left, self.left)
            with b.if_then(b.icmp_signed("<=", left, _i64(0))):
                self.exchange(pos)
                b.store(self.push, self.left)

    def finish(self):
        with self.b.if_then(self.active):
            self.exchange(self.fe.end)


def print_kernel(module: ir.Module, abi: ABI, k: lo.Kernel, uir: UpdateIR):
    """Print one lowered kernel as an LLVM function (see the module doc for its signature)."""
    fe = FunctionEmitter(module, abi, k.name)
    b = fe.b
    body = fe.fn.append_basic_block("start")
    b.position_at_end(body)
    train = k.name == "sgdc_train"
    programs = {"train": uir.train, "step": uir.step, "predict": uir.predict, "losses": loss_program(uir.train)}
    stream = any(isinstance(s, lo.AdvanceStream) for s in lo.walk(k.body))
    st: dict = {}
    if train:
        st["loss"] = fe.alloca(F64, name="loss.acc")
        b.store(ir.Constant(F64, 0.0), st["loss"])
        order = fe.slot_ptr("order")
        epoch = b.sitofp(fe.slot_int("epoch"), F32)
        lock = None
        if any(isinstance(s, lo.Lock) for s in lo.walk(k.body)):
            lock = fe.slot_ptr("lock")
        rng = None
        if stream:  # the worker's xorshift state, advanced once per example
            rng = fe.alloca(I32, name="rng.state")
            with b.goto_block(fe.entry):
                b.store(b.load(fe.slot_ptr("rng"), typ=I32), rng)

    def run(stmts, pos=None, e=None, vars=None):
        em = None
        state = None
        for s in stmts:
            if isinstance(s, lo.Examples):
                def example(p, s=s):
                    if s.ordered:
                        head = 0
                        for t in s.body:  # a prefetch and the lock come before the example's own loads
                            if isinstance(t, lo.Prefetch):
                                _prefetch(fe, t, order, p)
                            elif isinstance(t, lo.Lock):
                                _spin_lock(fe, lock)
                            else:
                                break
                            head += 1
                        if any(isinstance(t, (lo.Prefetch, lo.Lock)) for t in s.body[head:]):
                            raise InternalError("a prefetch or lock after an example's first load")
                        ex = b.sext(fe.tag(b.load(b.gep(order, [p], inbounds=True, source_etype=I32), typ=I32,
                                                  name="e"), "data"), I64)  # int32 order: at most 2^31 - 1 examples
                        t_ = b.sitofp(b.add(fe.slot_int("t0"), p), F32)
                        run([t for t in s.body if not isinstance(t, (lo.Prefetch, lo.Lock))], p, ex,
                            {"epoch": epoch, "t": t_})
                    else:
                        run(s.body, p, p, {})

                la = s.lookahead
                if la is not None:  # the first example's dot; each example carries the next one's
                    st["carry"], st["carried"] = fe.alloca(F32, name="la.carry"), la.dot
                    with b.if_then(b.icmp_signed("<", fe.begin, fe.end)):
                        e0 = b.sext(b.load(b.gep(order, [fe.begin], inbounds=True, source_etype=I32), typ=I32), I64)
                        b.store(ExampleEmitter(fe, programs["train"], e0, {}).dot_of(la), st["carry"])
                fe.for_range(fe.begin, fe.end, example, "ex")
            elif isinstance(s, lo.Eval):
                given = {}
                if s.program == "train" and "carry" in st:
                    given = {st["carried"]: b.load(st["carry"], typ=F32)}
                em_ = ExampleEmitter(fe, programs[s.program], e, vars, state if s.program == "train" else None,
                                     s.int_dots, given)
                em_.emit_all()
                if s.program == "step":
                    st["step"] = em_.val[uir.step.result]
                else:
                    em = em_
            elif isinstance(s, lo.AdvanceStream):
                state = fx.emit_xorshift32(b, b.load(rng, typ=I32))
                b.store(state, rng)
            elif isinstance(s, lo.AddLoss):
                loss = b.fpext(em.val[s.value], F64)
                b.store(b.fadd(b.load(st["loss"], typ=F64), loss), st["loss"])
            elif isinstance(s, lo.NextDots):
                nxt = b.select(b.icmp_signed("<", b.add(pos, _i64(1)), fe.end), b.add(pos, _i64(1)), pos)
                e_next = b.sext(b.load(b.gep(order, [nxt], inbounds=True, source_etype=I32), typ=I32), I64)
                st["dots"] = em.next_dots(s.la, e_next)
            elif isinstance(s, lo.Carry):
                u = next(u for u in lo.updates(k.body) if u.number == s.la.update)
                b.store(em.carried(s.la, u, st["dots"], st["step"]), st["carry"])
            elif isinstance(s, lo.Materialise):
                em.materialise_coef(s)
            elif isinstance(s, lo.RegGate):
                em.reg_gate(s)
            elif isinstance(s, (lo.UpdateRows, lo.UpdateEach)):
                em.update(s, st["step"])
            elif isinstance(s, lo.AddStep):
                em.add_step(s, st["step"])
            elif isinstance(s, lo.Project):
                em.project(s)
            elif isinstance(s, lo.Unlock):
                _unlock(fe, lock)
            elif isinstance(s, lo.Copies) and s.action == "pull":
                st["copies"] = _Copies(fe, s.exchanges)
                st["copies"].pull()
            elif isinstance(s, lo.Copies) and s.action == "every":
                st["copies"].every(pos)
            elif isinstance(s, lo.Copies) and s.action == "finish":
                st["copies"].finish()
            elif isinstance(s, lo.StoreOut):
                v = em.val[s.value]
                if not s.vector:
                    b.store(b.fpext(v, F64), b.gep(fe.out, [e], inbounds=True, source_etype=F64))
                    continue
                base = b.mul(e, v.n)

                def put(a, v=v, base=base):
                    x = b.fpext(v.at(a), F64)
                    b.store(x, b.gep(fe.out, [b.add(base, a)], inbounds=True, source_etype=F64))

                fe.for_range(_i64(0), v.n, put, "out")
            else:
                raise InternalError(f"codegen has no rule for the lowered statement {s!r}")

    run(k.body)
    if train:
        b.store(b.load(st["loss"], typ=F64), fe.out)
        if rng is not None:  # hand the stream on to the worker's next call (an epoch may run in chunks)
            b.store(b.load(rng, typ=I32), fe.slot_ptr("rng"))
    b.ret_void()
    fe.finish_entry(body)
    return fe.fn


def print_module(kernels: tuple, uir: UpdateIR) -> tuple[ir.Module, ABI]:
    """The LLVM module of one data layout's lowered kernels, and its slot ABI."""
    abi = ABI(uir.model, dict(kernels[0].layouts))
    for k in kernels:  # what the passes decided is what the slot ABI and the element types say
        if (k.exact, k.data_bits, {p: d for p, _, d in k.fixed_params}) != (abi.exact, abi.data_bits, abi.qparams):
            raise InternalError(f"kernel {k.name}: its precision disagrees with the ABI's")
        for s in lo.walk(k.body):
            if isinstance(s, lo.Copies) and any(x.fixed_bits != (abi.precision.M if x.param in abi.qparams else 0)
                                                for x in s.exchanges):
                raise InternalError(f"kernel {k.name}: an exchange's code width disagrees with the ABI's")
    module = ir.Module(name=f"sgdc.{uir.model.name}")
    for k in kernels:
        print_kernel(module, abi, k, uir)
    return module, abi
