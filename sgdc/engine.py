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
import threading
import time

import numpy as np

from .codegen import KERNELS, emit_module
from .dataset import Dataset, Dense, Sparse
from .interp import Interpreter
from .jit import KernelLibrary
from .uir import UpdateIR

_KERNEL_TYPE = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64, ctypes.c_void_p)


def layouts_of(uir: UpdateIR, data: Dataset) -> dict:
    return {f.name: data[f.name].layout for f in uir.model.vector_fields}


class ReferenceEngine:
    name = "reference"

    def __init__(self, uir: UpdateIR):
        self.uir = uir
        self.interp = Interpreter(uir)
        self.compile_seconds = 0.0

    def prepare(self, data: Dataset) -> None:
        pass

    def epoch(self, params, data, order, epoch, t0) -> float:
        return self.interp.epoch(params, data, order, epoch, t0)

    def predict(self, params, data) -> np.ndarray:
        out = self.interp._evaluate(self.uir.predict, params, data)
        return np.array(out, dtype=np.float64)

    def losses(self, params, data) -> np.ndarray:
        return self.interp.losses(params, data)


class CompiledLayout:
    """The kernels of one spec for one data layout."""

    def __init__(self, uir: UpdateIR, layouts: dict, generic: bool | None = None):
        t = time.perf_counter()
        module, self.abi = emit_module(uir, layouts)
        self.llvm_ir = str(module)
        self.library = KernelLibrary(f"sgdc.{uir.model.name}", generic=generic)
        self.library.add_ir(self.llvm_ir)
        self.library.finalise()
        self.kernels = {name: _KERNEL_TYPE(self.library.address(name)) for name in KERNELS}
        self.compile_seconds = time.perf_counter() - t


class CompiledEngine:
    name = "llvm"

    def __init__(self, uir: UpdateIR, generic: bool | None = None):
        self.uir = uir
        self.generic = generic
        self._layouts: dict = {}
        self._lock = threading.Lock()
        self.compile_seconds = 0.0

    def layout(self, data: Dataset) -> CompiledLayout:
        key = tuple(sorted(layouts_of(self.uir, data).items()))
        with self._lock:
            lay = self._layouts.get(key)
            if lay is None:
                lay = CompiledLayout(self.uir, dict(key), self.generic)
                self._layouts[key] = lay
                self.compile_seconds += lay.compile_seconds
        return lay

    def prepare(self, data: Dataset) -> None:
        self.layout(data)

    def _slots(self, abi, params, data: Dataset, order=None, epoch=0, t0=0):
        slots = np.zeros(len(abi), dtype=np.int64)
        keep = []

        def addr(a: np.ndarray, dtype) -> int:
            if a.dtype != dtype or not a.flags.c_contiguous:
                raise AssertionError(f"internal: unvalidated buffer {a.dtype} reached native code")
            keep.append(a)
            return a.ctypes.data

        for i, (kind, name) in enumerate(abi.slots):
            if kind in ("field", "dense", "indptr", "indices", "values") and name not in data.fields:
                continue  # a field this call's program never reads (the target, at prediction): null
            if kind == "param":
                p = params[name]
                if not p.flags.writeable:
                    raise AssertionError("internal: read-only param")
                slots[i] = addr(p, np.float32)
            elif kind == "field":
                col = data[name]
                slots[i] = addr(col, np.int32 if data_kind(self.uir, name) == "index" else np.float32)
            elif kind == "dense":
                slots[i] = addr(data[name].X, np.float32)
            elif kind == "indptr":
                slots[i] = addr(data[name].indptr, np.int64)
            elif kind == "indices":
                slots[i] = addr(data[name].indices, np.int32)
            elif kind == "values":
                slots[i] = addr(data[name].data, np.float32)
            elif kind == "dim":
                slots[i] = int(data.dims[name])
            elif kind == "order":
                slots[i] = addr(order, np.int64) if order is not None else 0
            elif kind == "epoch":
                slots[i] = int(epoch)
            elif kind == "t0":
                slots[i] = int(t0)
        return slots, keep

    def epoch(self, params, data, order, epoch, t0) -> float:
        lay = self.layout(data)
        order = np.ascontiguousarray(order, dtype=np.int64)
        slots, keep = self._slots(lay.abi, params, data, order, epoch, t0)
        out = np.zeros(1, dtype=np.float64)
        lay.kernels["sgdc_train"](slots.ctypes.data, 0, len(order), out.ctypes.data)
        del keep
        return float(out[0])

    def _per_example(self, kernel, params, data, width):
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
