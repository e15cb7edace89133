"""Engines: what runs an epoch, a prediction, a loss (the runtime's *execute* room; what to run is
:mod:`sgdc.runtime.plan`, what native code is handed is :mod:`sgdc.runtime.buffers`).

Both engines have one interface (``epoch``, ``predict``, ``losses``) over a
:class:`~sgdc.data.dataset.Dataset` and a dict of param arrays, so the runtime and
the differential tests treat them alike:

* :class:`ReferenceEngine` -- the numpy interpreter (the oracle);
* :class:`CompiledEngine` -- JIT-compiled LLVM kernels, one library per data
  layout (dense / sparse per vector field), built on first use and kept.

Compiled kernels are called through ctypes, which releases the GIL for the
duration of the call.  They receive an int64 array of slots (addresses of the
numpy buffers, dims, epoch and step counter; see :class:`sgdc.backend.codegen.ABI`)
and never copy data.  Every array has been validated by
:mod:`sgdc.data.bind` before it gets here; :meth:`CompiledEngine._slots` checks the
dtypes and contiguity once more, because a wrong buffer here is memory
corruption.
"""
from __future__ import annotations

import ctypes
import math
import threading
import time
import weakref
from dataclasses import dataclass

import numpy as np

from sgdc.passes.loops import KERNELS
from sgdc.passes.differentiate import ADAPTIVE_STATE, L1_TAKEN, NORM_SCALE
from sgdc.passes.threads import copied_params
from sgdc.data.dataset import Dataset, Dense, Sparse, layouts_of
from sgdc.backend.driver import (
    CTRL_WORDS,
    DRIVER,
    MERGE_AVERAGE,
    MERGE_MASKED,
    MERGE_MAX,
    MERGE_SUM,
    PARTITION,
    driver_library,
)
from sgdc.runtime import gate
from sgdc.errors import InternalError, Unsupported, UserError
from sgdc.runtime.interp import Interpreter, step_size
from sgdc.runtime.interrupt import check as check_interrupt
from sgdc.ir.native import WORKER
from sgdc.ir.update import UpdateIR
from sgdc.runtime.memory import param_bytes
from sgdc.runtime.buffers import address, fresh_copy, merge_table, on_huge_pages, private_copy
from sgdc.runtime.plan import (
    MIN_ROWS_PER_THREAD,
    choose_layout,
    DEFAULT_PUSH,
    BUFFER,
    DEFAULT_SYNC,
    HOT_MOVE,
    HOT_UPDATES,
    MAX_STRATA_GROUPS,
    PARTITION_TYPE,
    STRATA_PIECE,
    as_order,
    available_cores,
    check_examples,
    make_order,
    run_length,
    resolve_threads,
    rounds_of,
    shard_bounds,
    shard_order,
    shuffle_groups,
    strata_keys,
    touch_counts,
    touch_squares,
)

#: per-coordinate state merged as its param is (the same mode and mask): AdaGrad's sums and the penalty a
#: coordinate has taken (cumulative l1): added where the param's moves are added, averaged where they are
#: averaged (summed state under averaged moves took the clip of T workers, or T workers' squared gradients, for
#: the move of one).  The mark of an exact l2 shrink is added, as the scalar total it is compared with is.
LIKE_PARAM = (ADAPTIVE_STATE, L1_TAKEN)


def merge_modes(params: dict, copied, masks: dict) -> tuple:
    """``(mode per param, masks)`` for the replicated merge: a copied param's moves averaged, a param with hot
    coordinates (``masks``) averaged there and added elsewhere, other params added; the state of
    :data:`LIKE_PARAM` as its param; a coordinate's largest ``|x|`` (``adaptive normalized``) the largest of the
    workers'."""
    modes = {k: MERGE_AVERAGE if k in copied else MERGE_MASKED if k in masks else MERGE_SUM for k in params}
    masks = dict(masks)
    for k in params:
        base, dot, suffix = k.partition(".")
        if not dot or base not in params:
            continue
        if "." + suffix in LIKE_PARAM and params[k].shape == params[base].shape:
            modes[k] = modes[base]
            if base in masks:
                masks[k] = masks[base]
        elif "." + suffix == NORM_SCALE:
            modes[k] = MERGE_MAX
    for k, mode in modes.items():
        if mode == MERGE_MASKED and (k not in masks or masks[k].size != params[k].size):
            raise InternalError(f"replicated merge: param '{k}' is masked without a mask of its size")
    return modes, masks


_KERNEL_TYPE = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64, ctypes.c_void_p)
_DRIVER_TYPE = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64)
INTERRUPT_CHUNK = 1 << 22  # at most this many examples per worker and kernel call
CALL_SECONDS = 0.05  # ... and about this long a call (from the last call's speed), so Ctrl-C is seen quickly
FIRST_CHUNK = 1 << 15  # the first call's examples per worker, before any speed is known



def strata_fields(uir) -> tuple:
    """The index fields that pick the param rows the train program writes (``strata`` shards by them)."""
    seen: list = []
    drawn = {f.name for f in uir.model.sampled_fields}  # (random rows: no stratum holds them)
    for u in uir.train.updates:
        for f in u.index:
            if f not in seen and f not in drawn:
                seen.append(f)
    return tuple(seen)

def drawn_rows(uir) -> bool:
    """Does an update write param rows that a sampled index field draws (BPR's ``Q[j]``)?  Those rows are
    anyone's, so no strata shard keeps the workers apart on them."""
    drawn = {f.name for f in uir.model.sampled_fields}
    return any(f in drawn for u in uir.train.updates for f in u.index)


class ReferenceEngine:
    name = "reference"

    def __init__(self, uir: UpdateIR):
        self.uir = uir
        self.interp = Interpreter(uir)
        self.compile_seconds = 0.0
        self.seed = 0
        self.threads = 1  # the oracle always runs sequentially

    def prepare(self, data: Dataset) -> None:
        pass

    def epoch_order(self, data: Dataset, kind: str, seed: int) -> np.ndarray:
        return make_order(data.n, kind, seed, run_length(data))

    def _floats(self, params):
        """The interpreter works on float32 values; decode fixed-point codes (exact)."""
        from sgdc.ir.precision import from_codes

        qs = self.interp.qsteps
        if not qs or all(params[k].dtype.kind == "f" for k in qs):
            return params
        return {k: (from_codes(v, qs[k]) if k in qs and v.dtype.kind != "f" else v) for k, v in params.items()}

    def epoch(self, params, data, order, epoch, t0) -> float:
        values = self._floats(params)
        total = self.interp.epoch(values, data, order, epoch, t0, seed=self.seed)
        if values is not params:
            from sgdc.ir.precision import to_codes

            for k, step in self.interp.qsteps.items():
                if params[k].dtype.kind != "f":
                    params[k][...] = to_codes(values[k], step, self.interp.bits)
        return total

    def predict(self, params, data) -> np.ndarray:
        out = self.interp._evaluate(self.uir.predict, self._floats(params), data)
        return np.array(out, dtype=np.float64)

    def losses(self, params, data) -> np.ndarray:
        return self.interp.losses(self._floats(params), data)


class CompiledLayout:
    """The kernels of one spec for one data layout."""

    def __init__(self, uir: UpdateIR, layouts: dict, generic: bool | None = None, locked: bool = False):
        from sgdc.pipeline import build

        t = time.perf_counter()
        self.llvm_ir, self.abi, self.library = build(uir, layouts, locked=locked, generic=generic)
        self.kernels = {name: _KERNEL_TYPE(self.library.address(name)) for name in KERNELS}
        self.train_address = self.library.address("sgdc_train")
        drivers = driver_library(generic)  # spec-independent: compiled once per process
        self.driver = _DRIVER_TYPE(drivers.address(DRIVER))
        self.partition = PARTITION_TYPE(drivers.address(PARTITION))
        self.compile_seconds = time.perf_counter() - t


class CompiledEngine:
    name = "llvm"

    def __init__(self, uir: UpdateIR, generic: bool | None = None):
        self.uir = uir
        self.generic = generic
        self._layouts: dict = {}
        self._lock = threading.Lock()
        self.compile_seconds = 0.0
        s = uir.model.schedule
        self.threads = resolve_threads(s.threads)
        self.layout_setting = s.layout  # shared | replicated | locked | auto
        # the layout the epochs run (``auto``: :meth:`resolve_layout` chooses it for the data) and why
        self.model_layout = "shared" if s.layout == "auto" else s.layout
        self.layout_reason = "set in the schedule" if s.layout != "auto" else "not chosen yet (no data bound)"
        self.shard = s.shard
        self.sync = int(s.sync)
        if s.threads == "auto" and self.shard_kind() == "strata" and len(self.strata_fields()) == 2:
            self.threads = min(self.threads, math.isqrt(MAX_STRATA_GROUPS))  # auto never asks what strata_keys refuses
        from sgdc.ir.precision import quantised_params

        self.qsteps = quantised_params(uir.model)  # fixed-point params -> step
        from sgdc.ir.precision import int_dtype

        bits = uir.model.schedule.precision.M
        self._code_dtypes = {k: np.dtype(int_dtype(bits)) for k in self.qsteps}  # what gate.check_params expects
        self.seed = 0  # seeds the rounding stream (Program.fit sets it)
        self.interrupt_chunk = INTERRUPT_CHUNK  # a hard limit (tests set it small)
        self._example_seconds = None  # seconds per example and worker, measured on the last call
        self._strata_cache = None
        self._data_slot_cache: dict = {}  # (id(abi), id(data), guarded) -> (weak ref to data, slots, arrays)
        self._grouped: dict = {}  # id -> (weak ref, id of the data, fields, threads): orders made grouped
        self._mask_cache = None
        self._scratch: dict = {}  # the workers' private copies, reused from epoch to epoch (_reused_copy)
        self._scratch_lock = threading.Lock()
        self._scratch_used: set = set()

    def layout(self, data: Dataset) -> CompiledLayout:
        locked = self.model_layout == "locked"
        key = (tuple(sorted(layouts_of(self.uir, data).items())), locked)
        with self._lock:
            lay = self._layouts.get(key)
            if lay is None:
                lay = CompiledLayout(self.uir, dict(key[0]), self.generic, locked=locked)
                self._layouts[key] = lay
                self.compile_seconds += lay.compile_seconds
        return lay

    def prepare(self, data: Dataset) -> None:
        """Compile the kernels for ``data``'s layout, and move its large arrays onto huge pages
        (:func:`sgdc.runtime.buffers.on_huge_pages`; not in guarded mode, where each buffer ends at a guard page)."""
        self.layout(data)
        if gate.enabled():
            return
        for name, v in list(data.fields.items()):
            if isinstance(v, Dense):
                data.fields[name] = Dense(on_huge_pages(v.X), v.scale)
            elif isinstance(v, Sparse):
                data.fields[name] = Sparse(on_huge_pages(v.indptr), on_huge_pages(v.indices), on_huge_pages(v.data),
                                           v.d, v.scale)
            elif isinstance(v, np.ndarray):
                data.fields[name] = on_huge_pages(v)

    def _slots(self, abi, params, data: Dataset, order=None, epoch=0, t0=0, lock=None):
        """The slot array of one kernel call (and the arrays it points into, to keep alive while it runs).
        ``order`` is given for training calls (which write the params), not for predictions."""
        base, keep = self._data_slots(abi, data)
        gate.check_params(self.uir.model, params, data.dims, self._code_dtypes)
        slots = base.copy()
        keep = list(keep)
        training = order is not None
        guard = gate.enabled()

        def addr(a: np.ndarray, dtype, written=False) -> int:
            return address(a, dtype, keep, written, guard)

        for i, kind, name in abi.call_slots:
            if kind == "param":
                p = params[name]
                slots[i] = addr(p, p.dtype.type if name in abi.qparams else np.float32, training)
            elif kind == "dim":
                slots[i] = int(data.dims[name])
            elif kind == "order":
                slots[i] = addr(order, np.int32) if order is not None else 0
            elif kind == "epoch":
                slots[i] = int(epoch)
            elif kind == "t0":
                slots[i] = int(t0)
            elif kind == "lock":
                slots[i] = addr(lock, np.int32, True) if lock is not None else 0
        return slots, keep

    def _data_slots(self, abi, data: Dataset) -> tuple:
        """The slots that depend on the data set alone (addresses of its arrays, scales, dims), made once per
        data set and layout; the rest (params, order, epoch, per-worker state) are set per call."""
        guard = gate.enabled()
        key = (id(abi), id(data), guard)
        cached = self._data_slot_cache.get(key)
        if cached is not None and cached[0]() is data:
            return cached[1], cached[2]
        value_dtype = {32: np.float32, 16: np.int16, 8: np.int8}[abi.data_bits]
        gate.check_data(self.uir.model, data, value_dtype)  # once per data set: the slots are cached below
        slots = np.zeros(len(abi), dtype=np.int64)
        keep = []

        def addr(a: np.ndarray, dtype) -> int:
            return address(a, dtype, keep, False, guard)

        for i, (kind, name) in enumerate(abi.slots):
            if kind in ("field", "dense", "indptr", "indices", "values", "scale") and name not in data.fields:
                continue  # a field this call's program never reads (the target, at prediction): null
            if kind == "field":
                col = data[name]
                slots[i] = addr(col, np.int32 if data_kind(self.uir, name) == "index" else np.float32)
            elif kind == "dense":
                slots[i] = addr(data[name].X, value_dtype)
            elif kind == "indptr":
                slots[i] = addr(data[name].indptr, np.int64)
            elif kind == "indices":
                slots[i] = addr(data[name].indices, np.int32)
            elif kind == "values":
                slots[i] = addr(data[name].data, value_dtype)
            elif kind == "scale":
                slots[i] = int(np.array(data[name].scale, dtype=np.float32).view(np.uint32))
        slots.flags.writeable = False
        keep = tuple(keep)
        # the entry goes with the data set (it holds the data's arrays, not the data set itself)
        self._data_slot_cache[key] = (weakref.ref(data), slots, keep)
        weakref.finalize(data, self._data_slot_cache.pop, key, None)
        return slots, keep

    def epoch(self, params, data, order, epoch, t0) -> float:
        """One epoch on ``params`` as the kernels store them.

        Fixed-point params (M8, M16) are integer codes; the runtime keeps them
        that way between epochs (:attr:`sgdc.runtime.program.Program.state`).  A caller
        that passes a fixed-point param as float32 values on its grid gets them
        encoded, trained and written back (exact: the step is a power of two).
        """
        codes = self._codes(params)
        if gate.enabled():
            gate.check_params(self.uir.model, codes, data.dims, self._code_dtypes)  # as given, not the twins
            guarded = {k: v if gate.is_guarded(v) else gate.copy(v) for k, v in codes.items()}
            total = self._epoch(guarded, data, order, epoch, t0)  # the kernels write the guarded twins
            for k, v in guarded.items():
                if v is not codes[k]:
                    codes[k][...] = v
        else:
            total = self._epoch(codes, data, order, epoch, t0)
        if codes is not params:
            from sgdc.ir.precision import from_codes

            for k, step in self.qsteps.items():
                if params[k].dtype.kind == "f":
                    params[k][...] = from_codes(codes[k], step)
        return total

    def _codes(self, params: dict) -> dict:
        """Params as the kernels store them: fixed-point codes where the model is fixed point."""
        if not self.qsteps or all(params[k].dtype.kind != "f" for k in self.qsteps):
            return params
        from sgdc.ir.precision import to_codes

        bits = self.uir.model.schedule.precision.M
        return {k: (to_codes(v, self.qsteps[k], bits) if k in self.qsteps and v.dtype.kind == "f" else v)
                for k, v in params.items()}

    def _epoch(self, params, data, order, epoch, t0) -> float:
        """One epoch over ``order`` on ``self.threads`` workers; returns the summed loss.

        * ``shared`` (Hogwild!): every worker updates ``params`` in place, racy
          and without locks, except the params every example writes
          (:meth:`copied_params`), which each worker keeps a private copy of;
          the copies are averaged every ``sync`` examples per worker (default
          8192), by the workers themselves in the generated driver.
        * ``locked``: the same loop, each example inside a spin lock.
        * ``replicated``: each worker updates its own copy of the whole model;
          every ``sync`` examples per worker (default: 8192, or an eighth of
          the model's size if larger) the copies are merged: the workers'
          changes since the last merge are added up (every example's update
          counts, as in sequential SGD, seen by the other workers at most one
          window late), except where a worker updates a coordinate so often
          between merges (``HOT_UPDATES`` times or more, from the data: the
          bias, a9a's common features) that each worker alone pulls it most
          of the way to where it goes: those moves are averaged (adding them
          would count the same pull T times and overshoot).

        Which examples a worker takes is the ``shard`` field (:meth:`plan`).
        """
        lay = self.layout(data)
        self.resolve_layout(data)
        threads = self.workers(len(order))
        order = as_order(order)
        gate.check_order(order, data.n)
        if threads == 1:
            return self._run_one(lay, params, data, order, epoch, t0)
        copied = self.copied_params(data) if self.model_layout != "locked" else set()
        if not self._scratch_lock.acquire(blocking=False):  # another thread runs an epoch of this engine now
            return self._epoch_with(lay, params, data, order, epoch, t0, threads, copied, fresh_copy)
        try:
            self._scratch_used = set()
            return self._epoch_with(lay, params, data, order, epoch, t0, threads, copied, self._reused_copy)
        finally:
            for key in [k for k in self._scratch if k not in self._scratch_used]:
                del self._scratch[key]  # buffers of params that changed shape, or of more threads: let them go
            self._scratch_lock.release()

    def _reused_copy(self, a: np.ndarray, role: tuple) -> np.ndarray:
        """:func:`private_copy` of ``a``, in the buffer the same role had last epoch when it fits (no allocation
        and no fresh pages every epoch)."""
        key = (role, a.shape, a.dtype.str)
        self._scratch_used.add(key)
        buf = self._scratch.get(key)
        if buf is None:
            buf = self._scratch[key] = private_copy(a)
            return buf
        np.copyto(buf, a)
        return buf

    def _epoch_with(self, lay, params, data, order, epoch, t0, threads, copied, copy) -> float:
        """The epoch on several workers; ``copy(a, role)`` makes a worker's private copy of ``a``."""
        exchange = None
        masks = None
        if self.model_layout == "replicated":
            copies = [{k: copy(v, ("copy", k, t)) for k, v in params.items()} for t in range(threads)]
            sync = self.sync or max(DEFAULT_SYNC, sum(v.size for v in params.values()) // 8)
            plain = None
            if self.uir.model.training.adaptive == "off":  # the step this epoch starts with (the largest in it)
                plain = abs(float(step_size(self.uir, epoch, t0, dict(data.dims))))
            window = min(sync, -(-len(order) // threads))  # a worker's examples between merges
            masks = self._hot_masks(data, params, window, plain)
            merged, masks = merge_modes(params, copied, masks)
        else:
            copies = [{k: (copy(v, ("copy", k, t)) if k in copied else v) for k, v in params.items()}
                      for t in range(threads)]
            merged, sync = {}, 0
            if copied:  # the workers exchange their moves on these every ``push`` examples (the lowered copies statements: sgdc.passes.threads)
                size = sum(params[k].size for k in copied)
                exchange = {"push": self.sync or max(DEFAULT_PUSH, 4 * size),
                            "bases": [{k: copy(c[k], ("base", k, t)) for k in copied} for t, c in enumerate(copies)]}
        order, rounds = self.plan(data, order, threads, sync)
        return self._run(lay, params, copies, merged, data, order, rounds, epoch, t0, exchange, masks)

    def _hot_masks(self, data: Dataset, params: dict, sync: int, step: float | None = None) -> dict:
        """Per param, 1 for the coordinates a worker updates ``HOT_UPDATES`` times or more between merges, and
        under a plain ``step`` those its updates move by ``HOT_MOVE`` or more (``step * sum x_j^2``)."""
        key = (sync, tuple((k, v.shape) for k, v in params.items()))
        cached = self._mask_cache
        if cached is None or cached[0] is not data or cached[1] != key:
            n = max(1, data.n)
            counts = {k: np.ascontiguousarray((c / n) * sync >= HOT_UPDATES, dtype=np.uint8)
                      for k, c in touch_counts(self.uir, data, params).items()}
            squares = {k: (q * (sync / n)).astype(np.float32)
                       for k, q in touch_squares(self.uir, data, params).items()}
            cached = self._mask_cache = (data, key, counts, squares)
        counts, squares = cached[2], cached[3]
        if step is None or not squares:
            return counts
        masks = dict(counts)
        for k, q in squares.items():
            moved = (q * step >= HOT_MOVE).astype(np.uint8)
            masks[k] = np.ascontiguousarray(moved | counts[k] if k in counts else moved)
        return masks

    # -- shards ------------------------------------------------------------------
    def workers(self, n: int) -> int:
        """The workers an epoch of ``n`` examples runs on: ``threads``, at most ``n``; under ``threads auto`` also
        at most one per :data:`sgdc.runtime.plan.MIN_ROWS_PER_THREAD` examples (a smaller epoch is over before
        a second worker pays for its start and its merges)."""
        t = max(1, min(self.threads, n))
        if self.uir.model.schedule.threads == "auto":
            t = max(1, min(t, n // MIN_ROWS_PER_THREAD))
        return t

    def resolve_layout(self, data: Dataset) -> str:
        """The layout of this engine's epochs on ``data``: the schedule's, or under ``layout auto`` the choice of
        :func:`sgdc.runtime.plan.choose_layout` (kept, with its reason, in ``layout_reason``)."""
        workers = self.workers(data.n)
        averaged = self.uir.model.training.average != "off"
        if self.layout_setting == "auto":
            self.model_layout, self.layout_reason = choose_layout(
                self.uir.train.updates, self.strata_fields(), param_bytes(self.uir.model, data.dims), workers,
                averaged, drawn_rows(self.uir))
        elif averaged and workers > 1 and self.model_layout == "shared":
            raise UserError("average epoch on more than one thread needs layout replicated (or auto, which picks "
                            "it): each worker counts its examples and marks in its own copy; shared writers would "
                            "mix them")
        return self.model_layout

    def strata_fields(self) -> tuple:
        return strata_fields(self.uir)

    def shard_kind(self) -> str:
        if self.shard != "auto":
            return self.shard
        return "strata" if 1 <= len(self.strata_fields()) <= 2 and self.model_layout == "shared" and \
            not drawn_rows(self.uir) else "contiguous"

    def plan(self, data: Dataset, order: np.ndarray, threads: int, sync: int) -> tuple:
        """The epoch's order rearranged for the shards, and its rounds: ``rounds[t, r] = (begin, end)``.

        Workers meet after every round (when there is more than one), and
        merge private copies there when there are any.  ``contiguous`` and
        ``roundrobin`` give worker ``t`` one slice of the order, cut into
        rounds of ``sync`` examples.  ``strata`` (DSGD's stratified schedule)
        splits each index field that picks param rows (users, items) into
        ``T`` ranges of ids holding equal numbers of examples; in sub-epoch
        ``s`` worker ``t`` takes the examples whose first field is in range
        ``t`` and second in range ``(t + s) mod T``, so no two workers ever
        write the same row (nor neighbouring rows: the ranges are contiguous,
        so even the cache lines of small rows such as biases are disjoint).
        """
        kind = self.shard_kind()
        order = as_order(order)
        if kind == "strata":
            fields = self.strata_fields()
            if not 1 <= len(fields) <= 2:  # (sgdc.runtime.program.check_supported says so first, with a position)
                raise Unsupported(f"shard strata needs one or two index fields that pick param rows; "
                                  f"{self.uir.model.name} has {len(fields)}")
            order, blocks = self._strata(data, order, fields, threads)
        else:
            order = shard_order(order, threads, kind)
            blocks = [shard_bounds(len(order), threads)]
        return order, rounds_of(blocks, sync, self.call_chunk(), STRATA_PIECE if kind == "strata" else 0)

    def call_chunk(self) -> int:
        """Examples per worker in one kernel call: about ``CALL_SECONDS`` of work at the last call's speed
        (fewer calls: each one starts threads), never more than ``interrupt_chunk``."""
        if self._example_seconds is None:
            want = FIRST_CHUNK
        else:
            want = int(CALL_SECONDS / max(self._example_seconds, 1e-10))
            want = 1 << max(0, want.bit_length() - 1)  # a power of two: the same from epoch to epoch
        return int(max(1, min(max(want, 1024), self.interrupt_chunk)))

    def epoch_order(self, data: Dataset, kind: str, seed: int) -> np.ndarray:
        """An epoch's order (``kind``: :data:`sgdc.runtime.plan.ORDERS`) from ``seed``.  With the ``strata``
        shards on several workers it comes already grouped: each group's examples (made once) shuffled among
        themselves (``blocks`` too: a group is already a narrow slice of the rows), in the time a plain shuffle
        takes, so :meth:`plan` has nothing left to regroup."""
        threads = self.workers(data.n)
        fields = self.strata_fields()
        if threads == 1 or self.shard_kind() != "strata" or not 1 <= len(fields) <= 2:
            return make_order(data.n, kind, seed, run_length(data))
        check_examples(data.n)
        groups = self._strata_groups(data, fields, threads)
        if groups.members is None:  # every example, grouped (a stable counting sort of 0 .. n-1)
            groups.members, _ = self._strata(data, np.arange(data.n, dtype=np.int32), fields, threads)
        order = groups.members.copy()
        if kind != "sequential":
            shuffle_groups(order, groups.starts, seed, threads)
        gate.trust_order(order, data.n)  # read-only: plan trusts its grouping, nobody rearranges it by accident
        key = id(order)
        self._grouped[key] = (weakref.ref(order, lambda _, key=key, made=self._grouped: made.pop(key, None)),
                              id(data), fields, threads)
        return order

    def _strata_groups(self, data: Dataset, fields: tuple, threads: int) -> _StrataGroups:
        """The strata groups of ``data`` for ``fields`` and ``threads``, made once per data set."""
        g = self._strata_cache
        if g is None or g.data is not data or g.key != (fields, threads):
            keys, stages = strata_keys(data, fields, threads)
            starts = np.concatenate([[0], np.cumsum(np.bincount(keys, minlength=threads * stages))]).astype(np.int64)
            g = self._strata_cache = _StrataGroups(data, (fields, threads), keys, stages, starts)
        return g

    def _strata(self, data: Dataset, order: np.ndarray, fields: tuple, threads: int) -> tuple:
        """``order`` stably grouped into the strata (native counting sort), and the stages' blocks."""
        g = self._strata_groups(data, fields, threads)
        keys, stages, whole = g.keys, g.stages, g.starts
        order = as_order(order)
        made = self._grouped.get(id(order))
        if made is not None and made[0]() is order and made[1:] == (id(data), fields, threads) and len(order) == data.n:
            return order, self._blocks(whole, stages, threads)  # made grouped by epoch_order
        # ``order`` is a permutation of the examples made by the runtime, as for the kernels, which read
        # ``order[pos]`` unchecked too
        nkeys = threads * stages
        out = gate.empty(order.shape, np.int32)
        counted = len(order) == len(keys)  # a permutation of every example: the groups' sizes are known
        starts = whole.copy() if counted else np.zeros(nkeys + 1, dtype=np.int64)
        ends = whole[1:].copy() if counted else None
        bad = self.layout(data).partition(order.ctypes.data, keys.ctypes.data, len(order), nkeys, out.ctypes.data,
                                          starts.ctypes.data, ends.ctypes.data if counted else None)
        if bad:
            raise InternalError("an epoch's order is not a permutation of the examples")
        return out, self._blocks(starts, stages, threads)

    @staticmethod
    def _blocks(starts: np.ndarray, stages: int, threads: int) -> list:
        return [[(int(starts[s * threads + t]), int(starts[s * threads + t + 1])) for t in range(threads)]
                for s in range(stages)]

    # -- running the workers -----------------------------------------------------
    def _run_one(self, lay, params, data, order, epoch, t0) -> float:
        """One worker on ``params`` itself, in calls of at most ``interrupt_chunk`` examples."""
        rounds = rounds_of([[(0, len(order))]], 0, self.call_limit(data))
        return self._run(lay, params, [params], {}, data, order, rounds, epoch, t0)

    def readahead(self, data: Dataset):
        """:class:`sgdc.runtime.readahead.Readahead` for an epoch over ``data`` in the ``blocks`` order when its
        vectors are read from a file's mapping; else None."""
        if self.uir.model.schedule.order != "blocks" or not data.mapped_bytes():
            return None
        from sgdc.runtime.readahead import Readahead

        ra = Readahead(data, run_length(data))
        return ra if ra.active else None

    def call_limit(self, data: Dataset) -> int:
        """Examples per worker in one kernel call (:meth:`call_chunk`); one buffer of the ``blocks`` order at most
        when the data are read ahead (:meth:`readahead`)."""
        limit = self.call_chunk()
        if self.readahead(data) is not None:
            limit = max(1, min(limit, BUFFER * run_length(data)))
        return limit

    def _run(self, lay, params, copies, merged, data, order, rounds, epoch, t0, exchange=None, masks=None) -> float:
        """Run worker ``t`` on ``copies[t]`` over ``rounds[t]``; the params in ``merged`` are merged after each
        round (mode per param, see :mod:`sgdc.backend.driver`).  Each driver call takes at most ``interrupt_chunk``
        examples per worker, so Python sees Ctrl-C between calls."""
        from sgdc.ir.precision import seed_state

        threads = len(copies)
        slot_sets = [self._slots(lay.abi, c, data, order, epoch, t0, None) for c in copies]
        if self.model_layout == "locked":
            lock = private_copy(np.zeros(1, dtype=np.int32))
            for slots, keep in slot_sets:
                slots[lay.abi.slot("lock")] = lock.ctypes.data
                keep.append(lock)
        states = [gate.copy(np.array([seed_state(self.seed, epoch, t)], dtype=np.uint32)) for t in range(threads)]
        for (slots, keep), state in zip(slot_sets, states):
            slots[lay.abi.slot("rng")] = state.ctypes.data
            keep.append(state)
        if exchange is not None:
            share = int(np.array(1.0 / threads, dtype=np.float32).view(np.uint32))
            for t, (slots, keep) in enumerate(slot_sets):
                slots[lay.abi.slot("push")] = exchange["push"]
                slots[lay.abi.slot("share")] = share
                for k, base in exchange["bases"][t].items():
                    slots[lay.abi.slot("master", k)] = params[k].ctypes.data
                    slots[lay.abi.slot("base", k)] = base.ctypes.data
                    keep += [params[k], base]
        desc = merge_table(params, copies, merged, masks)
        spin = 4096 if threads <= available_cores() else 0
        ranges = gate.readable(np.ascontiguousarray(rounds, dtype=np.int64))  # (threads, R, 2)
        R = ranges.shape[1]
        per_round = np.max(ranges[:, :, 1] - ranges[:, :, 0], axis=0)
        self.stopped_after = None
        limit = self.call_limit(data)
        calls = []  # (first round, end round, examples per worker): as many rounds as fit in a call (one at least)
        r0 = 0
        while r0 < R:
            r1, work = r0 + 1, int(per_round[r0])
            while r1 < R and work + per_round[r1] <= limit:
                work += int(per_round[r1])
                r1 += 1
            calls.append((r0, r1, work))
            r0 = r1
        ahead = self.readahead(data) if calls else None
        if ahead is not None:
            ahead.begin()
            ahead.want(_call_rows(order, ranges, *calls[0][:2]))
        try:
            total = self._calls(lay, ranges, calls, slot_sets, desc, spin, threads, ahead, order)
        finally:
            if ahead is not None:
                ahead.end()
        del slot_sets
        return total

    def _calls(self, lay, ranges, calls, slot_sets, desc, spin, threads, ahead, order) -> float:
        """The driver calls of :meth:`_run` (``calls``: first round, end round, examples per worker); the summed
        loss.  ``ahead``: the next call's runs are read ahead while a call computes (:meth:`readahead`)."""
        R = ranges.shape[1]
        total = 0.0
        done = 0
        for i, (r0, r1, work) in enumerate(calls):
            if ahead is not None and i + 1 < len(calls):
                ahead.want(_call_rows(order, ranges, *calls[i + 1][:2]))  # read while this call computes
            part = gate.empty(threads, np.float64)
            ctrl = private_copy(np.zeros(CTRL_WORDS, dtype=np.int64))
            rows = WORKER.array(threads)
            rows["t"], rows["T"], rows["rounds"], rows["spin"] = np.arange(threads), threads, r1 - r0, spin
            rows["slots"] = [slot_sets[t][0].ctypes.data for t in range(threads)]
            rows["ranges"] = ranges.ctypes.data + (np.arange(threads) * R + r0) * 16  # 2 int64 a round
            rows["out"] = part.ctypes.data + 8 * np.arange(threads)
            rows["merge"], rows["nmerge"] = (desc.ctypes.data if len(desc) else 0), len(desc)
            rows["ctrl"], rows["train"] = ctrl.ctypes.data, lay.train_address
            started = time.perf_counter()
            failed = lay.driver(rows.ctypes.data, threads)
            if work >= 1024:
                self._example_seconds = (time.perf_counter() - started) / work
            if failed:
                raise UserError(f"could not start {failed} of {threads} worker threads (the system refused to "
                                f"create them); use fewer threads")
            check_interrupt()  # a Ctrl-C that an LLVM callback swallowed during the compile before
            total += float(part.sum())
            done += work
            if not math.isfinite(total):  # diverged: stop the epoch here (the runtime reports it)
                self.stopped_after = done * threads
                break
        return total

    # -- Hogwild! ----------------------------------------------------------------
    def copied_params(self, data: Dataset) -> set:
        """Params that every example writes in full: one private copy per worker (:func:`sgdc.passes.threads.copied_params`)."""
        return set(copied_params(self.uir, layouts_of(self.uir, data)))

    def _per_example(self, kernel, params, data, width):
        params = self._codes(params)
        prog = self.uir.predict if kernel == "sgdc_predict" else self.uir.train
        missing = prog.fields_read() - set(data.fields) - {f.name for f in self.uir.model.sampled_fields}
        if missing:
            raise InternalError(f"fields {sorted(missing)} missing for {kernel}")
        lay = self.layout(data)
        slots, keep = self._slots(lay.abi, params, data)
        out = gate.empty(data.n * width, np.float64)
        if data.n:
            lay.kernels[kernel](slots.ctypes.data, 0, data.n, out.ctypes.data)
        del keep
        return out if width == 1 else out.reshape(data.n, width)

    def predict(self, params, data) -> np.ndarray:
        shape = self.uir.model.predict.shape
        width = 1 if not shape else (shape[0] if isinstance(shape[0], int) else data.dims[shape[0]])
        out = self._per_example("sgdc_predict", params, data, int(width))
        return out.reshape(data.n, int(width)) if shape else out  # (n, 1) for one class, as for several

    def losses(self, params, data) -> np.ndarray:
        return self._per_example("sgdc_losses", params, data, 1)


@dataclass
class _StrataGroups:
    """A data set's strata groups (see :func:`strata_keys`), kept by the engine between epochs."""

    data: Dataset
    key: tuple  # (fields, threads)
    keys: np.ndarray  # each example's group
    stages: int
    starts: np.ndarray  # where each group starts in a grouped order (groups + 1 int64s)
    members: np.ndarray | None = None  # every example, grouped (made on first use by epoch_order)


def data_kind(uir: UpdateIR, field: str) -> str:
    return uir.model.field(field).kind


def make_engine(name: str, uir: UpdateIR):
    if name in ("llvm", "compiled", "native"):
        return CompiledEngine(uir)
    if name == "reference":
        return ReferenceEngine(uir)
    raise UserError(f"unknown engine '{name}' (expected llvm or reference)")


def _call_rows(order: np.ndarray, ranges: np.ndarray, r0: int, r1: int) -> np.ndarray:
    """The examples that rounds ``r0 .. r1 - 1`` of every worker take (``ranges``: ``(threads, R, 2)`` into
    ``order``)."""
    parts = [order[b:e] for t in range(ranges.shape[0]) for b, e in ranges[t, r0:r1]]
    return np.concatenate(parts) if parts else np.zeros(0, np.int32)
