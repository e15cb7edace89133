"""Engines: what runs an epoch, a prediction, a loss.

Both engines have one interface (``epoch``, ``predict``, ``losses``) over a
:class:`~sgdc.dataset.Dataset` and a dict of param arrays, so the runtime and
the differential tests treat them alike:

* :class:`ReferenceEngine` -- the numpy interpreter (the oracle);
* :class:`CompiledEngine` -- JIT-compiled LLVM kernels, one library per data
  layout (dense / sparse per vector field), built on first use and kept.

Compiled kernels are called through ctypes, which releases the GIL for the
duration of the call.  They receive an int64 array of slots (addresses of the
numpy buffers, dims, epoch and step counter; see :class:`sgdc.codegen.ABI`)
and never copy data.  Every array has been validated by
:mod:`sgdc.bind` before it gets here; :meth:`CompiledEngine._slots` checks the
dtypes and contiguity once more, because a wrong buffer here is memory
corruption.
"""
from __future__ import annotations

import ctypes
import os
import threading
import time

import numpy as np

from .codegen import DRIVER, KERNELS, emit_module
from .dataset import Dataset
from .interp import Interpreter
from .jit import KernelLibrary
from .precision import parse as parse_precision
from .uir import UpdateIR

_KERNEL_TYPE = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64, ctypes.c_void_p)
_DRIVER_TYPE = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int64)


DEFAULT_SYNC = 8192  # examples per thread between averages of private copies
INTERRUPT_CHUNK = 1 << 16  # at most this many examples per worker and kernel call, so Ctrl-C is seen quickly


def available_cores() -> int:
    """The cores this process may run on (``threads auto``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_threads(threads) -> int:
    return available_cores() if threads == "auto" else int(threads)


def shard_bounds(n: int, threads: int) -> list:
    """Contiguous slices ``[(begin, end), ...]`` of ``n`` positions for each thread."""
    return [(t * n // threads, (t + 1) * n // threads) for t in range(threads)]


def shard_order(order: np.ndarray, threads: int, shard: str) -> np.ndarray:
    """Rearrange ``order`` so that contiguous slices give each thread its shard.

    ``contiguous``: thread t takes the t-th block of the shuffled order;
    ``roundrobin``: thread t takes positions t, t + T, t + 2T, ...
    """
    if shard == "roundrobin" and threads > 1:
        return np.ascontiguousarray(np.concatenate([order[t::threads] for t in range(threads)]))
    return order


def layouts_of(uir: UpdateIR, data: Dataset) -> dict:
    return {f.name: data[f.name].layout for f in uir.model.vector_fields}


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

    def _floats(self, params):
        """The interpreter works on float32 values; decode fixed-point codes (exact)."""
        from .precision import from_codes

        qs = self.interp.qsteps
        if not qs or all(params[k].dtype.kind == "f" for k in qs):
            return params
        return {k: (from_codes(v, qs[k]) if k in qs and v.dtype.kind != "f" else v) for k, v in params.items()}

    def epoch(self, params, data, order, epoch, t0) -> float:
        values = self._floats(params)
        total = self.interp.epoch(values, data, order, epoch, t0, seed=self.seed)
        if values is not params:
            from .precision import to_codes

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
        t = time.perf_counter()
        module, self.abi = emit_module(uir, layouts, locked=locked)
        self.llvm_ir = str(module)
        self.library = KernelLibrary(f"sgdc.{uir.model.name}", generic=generic)
        self.library.add_ir(self.llvm_ir)
        self.library.finalise()
        self.kernels = {name: _KERNEL_TYPE(self.library.address(name)) for name in KERNELS}
        self.driver = _DRIVER_TYPE(self.library.address(DRIVER))
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
        self.model_layout = s.layout  # shared | replicated | locked
        self.shard = s.shard
        self.sync = int(s.sync)
        from .precision import quantised_params

        self.qsteps = quantised_params(uir.model)  # fixed-point params -> step
        self.seed = 0  # seeds the rounding stream (Program.fit sets it)
        self.interrupt_chunk = INTERRUPT_CHUNK

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
        self.layout(data)

    def _slots(self, abi, params, data: Dataset, order=None, epoch=0, t0=0, lock=None):
        slots = np.zeros(len(abi), dtype=np.int64)
        keep = []
        value_dtype = {32: np.float32, 16: np.int16, 8: np.int8}[abi.data_bits]

        def addr(a: np.ndarray, dtype) -> int:
            if a.dtype != dtype or not a.flags.c_contiguous:
                raise AssertionError(f"internal: unvalidated buffer {a.dtype} reached native code")
            keep.append(a)
            return a.ctypes.data

        for i, (kind, name) in enumerate(abi.slots):
            if kind in ("field", "dense", "indptr", "indices", "values", "scale") and name not in data.fields:
                continue  # a field this call's program never reads (the target, at prediction): null
            if kind == "param":
                p = params[name]
                if not p.flags.writeable:
                    raise AssertionError("internal: read-only param")
                slots[i] = addr(p, p.dtype.type if name in abi.qparams else np.float32)
            elif kind == "field":
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
            elif kind == "dim":
                slots[i] = int(data.dims[name])
            elif kind == "order":
                slots[i] = addr(order, np.int64) if order is not None else 0
            elif kind == "epoch":
                slots[i] = int(epoch)
            elif kind == "t0":
                slots[i] = int(t0)
            elif kind == "lock":
                slots[i] = addr(lock, np.int32) if lock is not None else 0
            elif kind == "rng":
                slots[i] = 0  # set per worker by _run
        return slots, keep

    def epoch(self, params, data, order, epoch, t0) -> float:
        """One epoch on ``params`` as the kernels store them.

        Fixed-point params (M8, M16) are integer codes; the runtime keeps them
        that way between epochs (:attr:`sgdc.runtime.Program.state`).  A caller
        that passes a fixed-point param as float32 values on its grid gets them
        encoded, trained and written back (exact: the step is a power of two).
        """
        codes = self._codes(params)
        total = self._epoch(codes, data, order, epoch, t0)
        if codes is not params:
            from .precision import from_codes

            for k, step in self.qsteps.items():
                if params[k].dtype.kind == "f":
                    params[k][...] = from_codes(codes[k], step)
        return total

    def _codes(self, params: dict) -> dict:
        """Params as the kernels store them: fixed-point codes where the model is fixed point."""
        if not self.qsteps or all(params[k].dtype.kind != "f" for k in self.qsteps):
            return params
        from .precision import to_codes

        bits = parse_precision(self.uir.model.schedule.precision).M
        return {k: (to_codes(v, self.qsteps[k], bits) if k in self.qsteps and v.dtype.kind == "f" else v)
                for k, v in params.items()}

    def _epoch(self, params, data, order, epoch, t0) -> float:
        """One epoch over ``order`` on ``self.threads`` workers; returns the summed loss.

        * ``shared`` (Hogwild!): every worker updates ``params`` in place, racy
          and without locks, except the params every example writes
          (:meth:`copied_params`), which each worker keeps a copy of; the
          copies are averaged every ``sync`` examples per worker (default 8192).
        * ``locked``: the same loop, each example inside a spin lock.
        * ``replicated``: each worker updates its own copy of the whole model;
          every ``sync`` examples per worker (default: 8192, or an eighth of
          the model's size if larger, so that merging stays cheap) the copies
          are merged: the workers' changes since the last merge are added up
          (every example's update counts, as in sequential SGD, seen by the
          other workers at most one window late), except for the params every
          example writes, which are averaged (adding would count the same pull
          several times).
        """
        lay = self.layout(data)
        threads = max(1, min(self.threads, len(order)))
        order = shard_order(np.ascontiguousarray(order, dtype=np.int64), threads, self.shard)
        bounds = shard_bounds(len(order), threads)
        lock = np.zeros(1, dtype=np.int32)
        if threads == 1 or self.model_layout == "locked":
            return self._run(lay, [params] * threads, data, order, epoch, t0, bounds, lock, None, None)
        copied = self.copied_params(data)
        if self.model_layout == "shared":
            copies = [{k: (v.copy() if k in copied else v) for k, v in params.items()} for _ in range(threads)]
            chunk = (self.sync or DEFAULT_SYNC) if copied else None
        else:
            copies = [{k: v.copy() for k, v in params.items()} for _ in range(threads)]
            # default window: long enough that merging (O(model size)) stays cheap next to the work
            chunk = self.sync or max(DEFAULT_SYNC, sum(v.size for v in params.values()) // 8)

        def merge():
            for k, p in params.items():
                if k in copied:
                    avg = np.mean([c[k] for c in copies], axis=0)
                    p[...] = avg if p.dtype.kind == "f" else np.rint(avg)
                elif copies[0][k] is not p:
                    total = p.astype(np.float64) + np.sum([c[k].astype(np.float64) - p for c in copies], axis=0)
                    if p.dtype.kind != "f":  # fixed point: saturate, never wrap
                        Q = np.iinfo(p.dtype).max
                        total = np.clip(total, -Q, Q)
                    p[...] = total
                else:
                    continue
                for c in copies:
                    c[k][...] = p

        return self._run(lay, copies, data, order, epoch, t0, bounds, lock, chunk, merge)

    def _run(self, lay, copies, data, order, epoch, t0, bounds, lock, chunk, merge) -> float:
        """Run the workers (worker t on ``copies[t]``) over their shards, ``chunk``
        examples per worker at a time with ``merge()`` after each chunk."""
        from .precision import seed_state

        threads = len(bounds)
        slot_sets = [self._slots(lay.abi, c, data, order, epoch, t0, lock) for c in copies]
        states = [np.array([seed_state(self.seed, epoch, t)], dtype=np.uint32) for t in range(threads)]
        for (slots, keep), state in zip(slot_sets, states):
            slots[lay.abi.slot("rng")] = state.ctypes.data
            keep.append(state)
        longest = max(e - b for b, e in bounds)
        # chunks also bound how long Python waits for a kernel: Ctrl-C is seen between chunks
        chunk = max(min(int(chunk or longest), self.interrupt_chunk), 1)
        total = 0.0
        for start in range(0, longest, chunk):
            part = np.zeros(threads, dtype=np.float64)
            work = np.array([[slot_sets[t][0].ctypes.data, min(b + start, e), min(b + start + chunk, e), part[t:].ctypes.data]
                             for t, (b, e) in enumerate(bounds)], dtype=np.int64)
            lay.driver(work.ctypes.data, threads)
            total += float(part.sum())
            if merge is not None:
                merge()
        del slot_sets
        return total

    # -- Hogwild! ----------------------------------------------------------------
    def copied_params(self, data: Dataset) -> set:
        """Params that every example writes in full: one copy per thread.

        A scalar param (``mu``, a bias ``b``), a whole param row used without an
        index, and a vector param dotted with a *dense* data vector are written
        at the same coordinates by every example: shared, they would be cache
        lines that all cores fight over on every example.
        """
        out = set()
        for u in self.uir.train.updates:
            if u.kind in ("elem", "row") and not u.index:
                out.add(u.param)
            elif u.kind == "sparse" and not u.index and data[u.field].layout == "dense":
                out.add(u.param)
        return out

    def _per_example(self, kernel, params, data, width):
        params = self._codes(params)
        prog = self.uir.predict if kernel == "sgdc_predict" else self.uir.train
        missing = prog.fields_read() - set(data.fields)
        if missing:
            raise AssertionError(f"internal: fields {sorted(missing)} missing for {kernel}")
        lay = self.layout(data)
        slots, keep = self._slots(lay.abi, params, data)
        out = np.zeros(data.n * width, dtype=np.float64)
        if data.n:
            lay.kernels[kernel](slots.ctypes.data, 0, data.n, out.ctypes.data)
        del keep
        return out if width == 1 else out.reshape(data.n, width)

    def predict(self, params, data) -> np.ndarray:
        shape = self.uir.model.predict.shape
        width = 1 if not shape else (shape[0] if isinstance(shape[0], int) else data.dims[shape[0]])
        return self._per_example("sgdc_predict", params, data, int(width))

    def losses(self, params, data) -> np.ndarray:
        return self._per_example("sgdc_losses", params, data, 1)


def data_kind(uir: UpdateIR, field: str) -> str:
    return uir.model.field(field).kind


def make_engine(name: str, uir: UpdateIR):
    if name in ("llvm", "compiled", "native"):
        return CompiledEngine(uir)
    if name == "reference":
        return ReferenceEngine(uir)
    from .errors import UserError

    raise UserError(f"unknown engine '{name}' (expected llvm or reference)")
