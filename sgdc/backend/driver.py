"""The generated parallel driver: worker threads, rounds, barriers and merges of private copies.

``sgdc_parallel(i64* rows, i64 T) -> i64`` runs ``T`` workers (worker 0 on the
calling thread, the others on new pthreads) and returns 0, or the number of
threads it could not create (it then runs no work at all: the runtime reports
the failure; a half-started epoch with barriers would deadlock).

Row ``t`` of ``rows`` (a :data:`sgdc.ir.native.WORKER` record) describes worker ``t``::

    t, T, slots, ranges, rounds (R), out, merge, nmerge, ctrl, spin, train

The worker runs ``R`` *rounds*: round ``r`` is ``train(slots, ranges[2r],
ranges[2r + 1], .)``, ``train`` being the address of a spec's compiled
``sgdc_train``.  The driver does not depend on the spec: it is compiled once
per process (:func:`driver_library`), not with every kernel.  When ``R > 1`` or ``nmerge > 0`` the workers
meet at a barrier after every round, so a round of one worker never overlaps
the next round of another (what the ``strata`` shards need: two rounds may
touch the same rows, one round's blocks never do).  With ``nmerge > 0`` the
workers then *merge* the private copies (below) and meet again.  ``out`` gets
the sum of the rounds' losses.

``merge`` is ``nmerge`` entries (:data:`sgdc.ir.native.MERGE` records, ``5 + T`` int64s)::

    mode, dtype, n, master, mask, copy_0, ..., copy_{T-1}

mode 0 averages the workers' copies (params every example writes: the bias of
every worker pulls toward the same value, so adding their moves would
overshoot); mode 1 adds up what each worker changed since the last merge
(``master + sum(copy_k - master)``: every example's update counts once, as in
sequential SGD); mode 3 averages the coordinates whose byte in ``mask`` is
non-zero and adds up the others (the runtime marks the coordinates that each
worker updates many times between merges: those are the ones whose pulls
would add up to an overshoot, while a rarely updated coordinate must keep its
whole move).  (Mode 2, averaging each coordinate over the workers that moved
it, was tried and dropped: it halves the progress of matrix-completion rows
that both workers touch now and then.)  The result is written to ``master`` and
to every copy.
dtype 0 is float32, 1/2/3 are int8/int16/int32 fixed-point codes (averaged
moves round half to even, sums saturate at +-(2^(bits-1) - 1), never wrap).  Worker
``t`` merges elements ``[t n / T, (t + 1) n / T)`` of every entry, so a large
model (``replicated``) is merged by all cores at once.

``ctrl`` points at a zeroed int64[16] (the barrier's arrival count at [0], its
generation at [8], on separate cache lines; a start flag at [4]).  A worker
waiting at a barrier spins with ``pause`` up to ``spin`` times, then yields
its core on every try: the runtime passes ``spin = 0`` when there are more
threads than cores, where spinning only takes time from the thread awaited.
"""
from __future__ import annotations

import threading

from llvmlite import ir

from sgdc.ir import fixedpoint as fx
from sgdc.backend.codegen import F32, F64, I32, I64, PTR, _i64
from sgdc.ir.native import MERGE, WORKER

I8 = ir.IntType(8)

DRIVER = "sgdc_parallel"
_LOCK = threading.Lock()
CTRL_WORDS = 16
MERGE_AVERAGE, MERGE_SUM, MERGE_MAX, MERGE_MASKED = 0, 1, 2, 3
DTYPES = {"float32": 0, "int8": 1, "int16": 2, "int32": 3}


class _Emitter:
    """Small loop/if helpers over one function."""

    def __init__(self, fn: ir.Function):
        self.fn = fn
        self.b = ir.IRBuilder(fn.append_basic_block("entry"))

    def loop(self, start, stop, body, name):
        b = self.b
        pre = b.block
        head, loop_b, done = (self.fn.append_basic_block(f"{name}.{k}") for k in ("head", "body", "done"))
        b.branch(head)
        b.position_at_end(head)
        i = b.phi(I64, name=name)
        i.add_incoming(start, pre)
        b.cbranch(b.icmp_signed("<", i, stop), loop_b, done)
        b.position_at_end(loop_b)
        body(i)
        i.add_incoming(b.add(i, _i64(1)), b.block)
        b.branch(head)
        b.position_at_end(done)

    def at(self, base, k, ty=I64):
        return self.b.gep(base, [k if isinstance(k, ir.Value) else _i64(k)], inbounds=True, source_etype=ty)

    def get(self, base, k, ty=I64):
        return self.b.load(self.at(base, k, ty), typ=ty)


class _FunctionPointer(ir.CastInstr):
    """An ``inttoptr`` that llvmlite may call: ``function_type`` is set per instance."""

    function_type = None


def _declare(module: ir.Module, name: str, ty: ir.FunctionType) -> ir.Function:
    return module.globals.get(name) or ir.Function(module, ty, name)


def _emit_barrier(module: ir.Module) -> ir.Function:
    """``void sgdc_barrier(i64* ctrl, i64 T, i64 spin)``: a sense-by-generation central barrier."""
    fn = ir.Function(module, ir.FunctionType(ir.VoidType(), [PTR, I64, I64]), "sgdc_barrier")
    fn.linkage = "internal"
    ctrl, T, spin = fn.args
    pause = _declare(module, "llvm.x86.sse2.pause", ir.FunctionType(ir.VoidType(), []))
    yield_fn = _declare(module, "sched_yield", ir.FunctionType(I32, []))
    em = _Emitter(fn)
    b = em.b
    count, gen = em.at(ctrl, 0), em.at(ctrl, 8)
    g = b.load_atomic(gen, "acquire", 8, typ=I64)
    c = b.atomic_rmw("add", count, _i64(1), "acq_rel")
    last, wait, done = (fn.append_basic_block(k) for k in ("last", "wait", "done"))
    b.cbranch(b.icmp_signed("==", c, b.sub(T, _i64(1))), last, wait)
    b.position_at_end(last)
    b.atomic_rmw("xchg", count, _i64(0), "monotonic")  # an atomic store (llvmlite's store_atomic needs typed pointers)
    b.atomic_rmw("add", gen, _i64(1), "release")
    b.branch(done)
    b.position_at_end(wait)
    tries = b.phi(I64)
    tries.add_incoming(_i64(0), fn.blocks[0])
    now = b.load_atomic(gen, "acquire", 8, typ=I64)
    spin_b = fn.append_basic_block("spin")
    b.cbranch(b.icmp_signed("!=", now, g), done, spin_b)
    b.position_at_end(spin_b)
    b.call(pause, [])
    with b.if_then(b.icmp_signed(">=", tries, spin)):
        b.call(yield_fn, [])
    tries.add_incoming(b.add(tries, _i64(1)), b.block)
    b.branch(wait)
    b.position_at_end(done)
    b.ret_void()
    return fn


def _emit_merge(module: ir.Module) -> ir.Function:
    """``void sgdc_merge(i64* desc, i64 nmerge, i64 t, i64 T)``: worker ``t``'s slice of every entry: the master
    moves by the sum of the copies' moves (``MERGE_SUM``), their mean (``MERGE_AVERAGE``; ``MERGE_MASKED``: where
    the entry's mask is set), or to the largest copy (``MERGE_MAX``)."""
    fn = ir.Function(module, ir.FunctionType(ir.VoidType(), [PTR, I64, I64, I64]), "sgdc_merge")
    fn.linkage = "internal"
    desc, nmerge, t, T = fn.args
    em = _Emitter(fn)
    b = em.b
    stride = b.add(T, _i64(MERGE.width()))
    Tf = b.sitofp(T, F64)

    def entry(m):
        e = b.gep(desc, [b.mul(m, stride)], inbounds=True, source_etype=I64)
        mode, dtype, n = (em.get(e, MERGE.index(f)) for f in ("mode", "dtype", "n"))
        master = b.inttoptr(em.get(e, MERGE.index("master")), PTR)
        lo = b.sdiv(b.mul(n, t), T)
        hi = b.sdiv(b.mul(n, b.add(t, _i64(1))), T)
        average = b.icmp_signed("==", mode, _i64(MERGE_AVERAGE))
        masked = b.icmp_signed("==", mode, _i64(MERGE_MASKED))
        largest = b.icmp_signed("==", mode, _i64(MERGE_MAX))
        # a null mask (modes 0-2) is never read: the select reads element 0 of a dummy
        mask = b.select(masked, b.inttoptr(em.get(e, MERGE.index("mask")), PTR), dummy)
        kinds = [(0, F32, None), (1, I8, 8), (2, ir.IntType(16), 16), (3, I32, 32)]
        after = fn.append_basic_block("merge.next")
        sw = b.switch(dtype, after)
        for code, ty, bits in kinds:
            blk = fn.append_basic_block(f"merge.{code}")
            sw.add_case(_i64(code), blk)
            b.position_at_end(blk)

            def load(ptr, j, ty=ty, bits=bits):
                v = em.get(ptr, j, ty)
                return b.fpext(v, F64) if bits is None else fx.emit_widen(b, v, F64)

            def store(v, ptr, j, ty=ty, bits=bits):
                b.store(b.fptrunc(v, F32) if bits is None else b.fptosi(v, ty), em.at(ptr, j, ty))

            def elem(j, ty=ty, bits=bits, load=load, store=store):
                base = load(master, j)
                slot = cell  # T is a runtime value: the sums over the copies live in stack slots
                b.store(ir.Constant(F64, 0.0), slot)
                b.store(base, top)

                def add(k):
                    c = load(b.inttoptr(em.get(e, b.add(k, _i64(MERGE.width()))), PTR), j)
                    b.store(b.fadd(b.load(slot, typ=F64), b.fsub(c, base)), slot)
                    m = b.load(top, typ=F64)
                    b.store(b.select(b.fcmp_ordered(">", c, m), c, m), top)

                em.loop(_i64(0), T, add, "k")
                # MERGE_MAX: the largest value of the copies (a running maximum), as a move from the master
                total = b.select(largest, b.fsub(b.load(top, typ=F64), base), b.load(slot, typ=F64))
                one = ir.Constant(F64, 1.0)
                hot = b.icmp_unsigned("!=", b.load(b.gep(mask, [b.select(masked, j, _i64(0))], source_etype=I8),
                                                   typ=I8), ir.Constant(I8, 0))
                div = b.select(average, Tf, one)
                div = b.select(b.and_(masked, hot), Tf, div)
                share = b.fdiv(total, div)
                if bits is not None:
                    share = fx.emit_round_even(b, share)  # half to even (sgdc.ir.fixedpoint)
                v = b.fadd(base, share)
                if bits is not None:
                    v = fx.emit_saturate(b, v, bits)  # codes only: no NaN to meet
                store(v, master, j)

                def put(k):
                    cp = b.inttoptr(em.get(e, b.add(k, _i64(MERGE.width()))), PTR)
                    store(v, cp, j)

                em.loop(_i64(0), T, put, "w")

            em.loop(lo, hi, elem, "j")
            b.branch(after)
        b.position_at_end(after)

    with b.goto_entry_block():
        cell = b.alloca(F64, name="sum")
        top = b.alloca(F64, name="max")
        dummy = b.alloca(I8, name="nomask")
        b.store(ir.Constant(I8, 0), dummy)
    em.loop(_i64(0), nmerge, entry, "m")
    b.ret_void()
    return fn


def emit_driver(module: ir.Module) -> None:
    """Add ``sgdc_parallel`` (and its worker, barrier and merge) to ``module``."""
    train_type = ir.FunctionType(ir.VoidType(), [PTR, I64, I64, PTR])
    barrier = _emit_barrier(module)
    merge = _emit_merge(module)
    create = _declare(module, "pthread_create", ir.FunctionType(I32, [PTR, PTR, PTR, PTR]))
    join = _declare(module, "pthread_join", ir.FunctionType(I32, [I64, PTR]))
    pause = _declare(module, "llvm.x86.sse2.pause", ir.FunctionType(ir.VoidType(), []))
    yield_fn = _declare(module, "sched_yield", ir.FunctionType(I32, []))

    # -- the worker ------------------------------------------------------------------------------------------
    worker = ir.Function(module, ir.FunctionType(PTR, [PTR]), "sgdc_worker")
    worker.linkage = "internal"
    em = _Emitter(worker)
    b = em.b
    row = worker.args[0]
    t, T, slots, ranges, R, out, desc, nmerge, ctrl, spin, train = (em.get(row, WORKER.index(f)) for f in WORKER.fields)
    slots, ranges, out, desc, ctrl, train = (b.inttoptr(v, PTR) for v in (slots, ranges, out, desc, ctrl, train))
    train.__class__ = _FunctionPointer  # an indirect call: llvmlite takes the callee's type from the callee
    train.function_type = train_type
    part = b.alloca(F64, name="part")
    acc = b.alloca(F64, name="acc")
    b.store(ir.Constant(F64, 0.0), acc)
    # wait for the start flag: 1 = go, -1 = the driver could not start every thread (run nothing)
    flag = em.at(ctrl, 4)
    go_wait = worker.append_basic_block("go.wait")
    go_spin = worker.append_basic_block("go.spin")
    go = worker.append_basic_block("go")
    quit_ = worker.append_basic_block("quit")
    b.branch(go_wait)
    b.position_at_end(go_wait)
    state = b.load_atomic(flag, "acquire", 8, typ=I64)
    is_zero = b.icmp_signed("==", state, _i64(0))
    b.cbranch(is_zero, go_spin, go)
    b.position_at_end(go_spin)
    b.call(pause, [])
    b.call(yield_fn, [])
    b.branch(go_wait)
    b.position_at_end(go)
    ok = b.icmp_signed(">", state, _i64(0))
    body = worker.append_basic_block("rounds")
    b.cbranch(ok, body, quit_)
    b.position_at_end(body)
    meet = b.or_(b.icmp_signed(">", R, _i64(1)), b.icmp_signed(">", nmerge, _i64(0)))

    def one_round(r):
        lo = em.get(ranges, b.mul(r, _i64(2)))
        hi = em.get(ranges, b.add(b.mul(r, _i64(2)), _i64(1)))
        with b.if_then(b.icmp_signed("<", lo, hi)):
            b.call(train, [slots, lo, hi, part])
            b.store(b.fadd(b.load(acc, typ=F64), b.load(part, typ=F64)), acc)
        with b.if_then(meet):
            b.call(barrier, [ctrl, T, spin])
            with b.if_then(b.icmp_signed(">", nmerge, _i64(0))):
                b.call(merge, [desc, nmerge, t, T])
                b.call(barrier, [ctrl, T, spin])

    em.loop(_i64(0), R, one_round, "round")
    b.store(b.load(acc, typ=F64), out)
    b.branch(quit_)
    b.position_at_end(quit_)
    b.ret(ir.Constant(PTR, None))

    # -- the driver --------------------------------------------------------------------------------------------
    drv = ir.Function(module, ir.FunctionType(I64, [PTR, I64]), DRIVER)
    em = _Emitter(drv)
    b = em.b
    rows, n = drv.args
    tids = b.alloca(I64, size=n, name="tids")
    made = b.alloca(I8, size=n, name="made")
    failed = b.alloca(I64, name="failed")
    b.store(_i64(0), failed)

    def row_of(k):
        return b.gep(rows, [b.mul(k, _i64(WORKER.width()))], inbounds=True, source_etype=I64)

    ctrl0 = b.inttoptr(em.get(row_of(_i64(0)), WORKER.index("ctrl")), PTR)
    flag = em.at(ctrl0, 4)

    def start(k):
        rc = b.call(create, [em.at(tids, k), ir.Constant(PTR, None), worker, row_of(k)])
        ok = b.icmp_signed("==", rc, ir.Constant(I32, 0))
        b.store(b.zext(ok, I8), em.at(made, k, I8))
        with b.if_then(b.not_(ok)):
            b.store(b.add(b.load(failed, typ=I64), _i64(1)), failed)

    def finish(k):
        with b.if_then(b.icmp_unsigned("!=", em.get(made, k, I8), ir.Constant(I8, 0))):
            b.call(join, [em.get(tids, k), ir.Constant(PTR, None)])

    em.loop(_i64(1), n, start, "spawn")
    nfail = b.load(failed, typ=I64)
    all_up = b.icmp_signed("==", nfail, _i64(0))
    b.atomic_rmw("xchg", flag, b.select(all_up, _i64(1), _i64(-1)), "release")
    with b.if_then(b.and_(all_up, b.icmp_signed(">", n, _i64(0)))):
        b.call(worker, [row_of(_i64(0))])
    em.loop(_i64(1), n, finish, "join")
    b.ret(nfail)


PARTITION = "sgdc_partition"
SHUFFLE = "sgdc_shuffle"

_LIBRARY = None


def driver_library(generic: bool | None = None):
    """The process's one compiled driver library (``sgdc_parallel``, ``sgdc_partition``): built on first use
    (or loaded from the kernel cache) and kept; it serves every spec."""
    global _LIBRARY
    from sgdc.backend.jit import KernelLibrary

    with _LOCK:
        key = bool(generic)
        if _LIBRARY is None:
            _LIBRARY = {}
        lib = _LIBRARY.get(key)
        if lib is None:
            module = ir.Module(name="sgdc.backend.driver")
            emit_driver(module)
            emit_partition(module)
            emit_shuffle(module)
            lib = KernelLibrary("sgdc.backend.driver", generic=generic, with_support=False)
            lib.add_ir(str(module))
            lib.finalise()
            _LIBRARY[key] = lib
        return lib


def emit_partition(module: ir.Module) -> None:
    """``i64 sgdc_partition(i32* order, i16* key, i64 n, i64 nkeys, i32* out, i64* starts, i64* ends)``.

    A counting sort: ``out`` gets ``order`` stably grouped by ``key[order[i]]``
    (each key in ``[0, nkeys)``, made by the runtime); ``starts`` (``nkeys +
    1`` int64s) gets where each group begins: the caller zeroes it, or, with
    ``ends`` not null, fills it in already and passes each group's end in
    ``ends`` (an epoch's order is a permutation of the same examples every
    time, so the groups' sizes do not change), and the counting pass is
    skipped.  A group that would run past its end (an order that is not such
    a permutation) drops the rest of its examples and the call returns 1
    instead of 0: never a write out of bounds.  O(n): the strata shards
    regroup every epoch's shuffled order with it.
    """
    I16 = ir.IntType(16)
    fn = ir.Function(module, ir.FunctionType(I64, [PTR, PTR, I64, I64, PTR, PTR, PTR]), PARTITION)
    order, key, n, nkeys, out, starts, ends = fn.args
    em = _Emitter(fn)
    b = em.b
    bad = b.alloca(I64, name="bad")
    b.store(_i64(0), bad)
    counted = b.icmp_unsigned("!=", b.ptrtoint(ends, I64), _i64(0))
    count_b, scatter_b = fn.append_basic_block("counting"), fn.append_basic_block("scattering")
    b.cbranch(counted, scatter_b, count_b)
    b.position_at_end(count_b)

    def key_at(i):
        return b.sext(em.get(key, b.sext(em.get(order, i, I32), I64), I16), I64)

    def count(i):
        c = em.at(starts, b.add(key_at(i), _i64(1)))
        b.store(b.add(b.load(c, typ=I64), _i64(1)), c)

    em.loop(_i64(0), n, count, "count")

    def prefix(k):
        c = em.at(starts, b.add(k, _i64(1)))
        b.store(b.add(b.load(c, typ=I64), em.get(starts, k)), c)

    em.loop(_i64(0), nkeys, prefix, "prefix")
    b.branch(scatter_b)
    b.position_at_end(scatter_b)
    # scatter, advancing a cursor per key; the cursors are starts[0..nkeys), restored afterwards
    def scatter(i):
        k = key_at(i)
        c = em.at(starts, k)
        pos = b.load(c, typ=I64)
        end = b.select(counted, em.get(b.select(counted, ends, starts), k), n)
        with b.if_else(b.icmp_signed("<", pos, end)) as (fits, over):
            with fits:
                b.store(em.get(order, i, I32), em.at(out, pos, I32))
                b.store(b.add(pos, _i64(1)), c)
            with over:
                b.store(_i64(1), bad)

    em.loop(_i64(0), n, scatter, "scatter")

    # the cursors now hold each group's end = the next group's start: shift them back
    def unshift(j):
        k = b.sub(nkeys, j)  # nkeys .. 1
        b.store(em.get(starts, b.sub(k, _i64(1))), em.at(starts, k))

    em.loop(_i64(0), nkeys, unshift, "unshift")
    b.store(_i64(0), em.at(starts, _i64(0)))
    b.ret(b.load(bad, typ=I64))


GOLDEN64 = 0x9E3779B97F4A7C15


def _mix64(b: ir.IRBuilder, z: ir.Value) -> ir.Value:
    """splitmix64's finaliser (Steele, Lea & Flood 2014): a 64-bit bijection that scrambles every bit."""
    z = b.mul(b.xor(z, b.lshr(z, _i64(30))), ir.Constant(I64, 0xBF58476D1CE4E5B9))
    z = b.mul(b.xor(z, b.lshr(z, _i64(27))), ir.Constant(I64, 0x94D049BB133111EB))
    return b.xor(z, b.lshr(z, _i64(31)))


def emit_shuffle(module: ir.Module) -> None:
    """``void sgdc_shuffle(i32* a, i64* bounds, i64 groups, i64 seed, i64 g0)``: shuffle each
    ``a[bounds[g]:bounds[g+1]]``, ``g < groups``.

    Fisher-Yates, drawing ``j`` uniform in ``[lo, i]`` from a splitmix64
    stream with Lemire's multiply-high (bias below ``n / 2^64``).  Group ``g``
    has its own stream, seeded by mixing ``seed`` and ``g0 + g`` (the group's
    number in the whole order, when a caller shuffles groups ``g0 ..`` apart
    from the others), so a group's permutation does not depend on the others
    nor on how the groups were shared out between threads.  An epoch's order of a 10
    million example data set shuffles in about 40 ms (numpy's
    ``Generator.shuffle`` of int32 takes about 8 times longer); the runtime
    passes bounds that lie within ``a``.
    """
    I128 = ir.IntType(128)
    fn = ir.Function(module, ir.FunctionType(ir.VoidType(), [PTR, PTR, I64, I64, I64]), SHUFFLE)
    a, bounds, groups, seed, g0 = fn.args
    em = _Emitter(fn)
    b = em.b
    state = b.alloca(I64, name="state")

    def group(g):
        lo, hi = em.get(bounds, g), em.get(bounds, b.add(g, _i64(1)))
        b.store(_mix64(b, b.add(seed, b.mul(b.add(b.add(g0, g), _i64(1)), ir.Constant(I64, GOLDEN64)))), state)

        def step(k):
            i = b.sub(b.sub(hi, _i64(1)), k)  # hi - 1 down to lo + 1
            z = b.add(b.load(state, typ=I64), ir.Constant(I64, GOLDEN64))
            b.store(z, state)
            r = _mix64(b, z)
            span = b.add(b.sub(i, lo), _i64(1))
            m = b.trunc(b.lshr(b.mul(b.zext(r, I128), b.zext(span, I128)), ir.Constant(I128, 64)), I64)
            j = b.add(lo, m)
            pi, pj = em.at(a, i, I32), em.at(a, j, I32)
            vi, vj = b.load(pi, typ=I32), b.load(pj, typ=I32)
            b.store(vj, pi)
            b.store(vi, pj)

        em.loop(_i64(0), b.sub(b.sub(hi, lo), _i64(1)), step, "fy")

    em.loop(_i64(0), groups, group, "group")
    b.ret_void()
