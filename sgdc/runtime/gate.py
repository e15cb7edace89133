"""The gate: the one check every buffer passes before native code touches it.

Generated kernels index params with the data's index fields and sparse column
indices, and loop over dims; none of that is bounds-checked at run time (it
would cost the hot loop).  So every buffer that reaches a kernel is checked
here, in one place, against what the kernel was compiled for:

* :func:`check_data` -- every field of a :class:`~sgdc.data.dataset.Dataset`:
  dtype, contiguity, length ``n``; index fields and sparse column indices in
  ``[0, dim)``; CSR ``indptr`` from 0, non-decreasing, ending at ``nnz``; dense
  rows exactly ``dim`` wide; every dim an integer in ``[1, 2^31 - 1]``.  Run
  once per data set (the engine caches its data slots by identity), so epochs
  pay nothing.
* :func:`check_params` -- every param: present, an ndarray of the storage
  dtype (float32, or the fixed-point code type), C-contiguous, writeable, and
  of the shape its dims give.  A few tuple comparisons a kernel call.
* :func:`check_order` -- an epoch's order: int32 positions in ``[0, n)``.
  Orders the engine made itself (a native shuffle of ``0 .. n-1``) are
  remembered by identity and not scanned again.

A failure is a :class:`~sgdc.errors.UserError` naming the field or param, the
dim and the offending value: it is reachable only by a caller that bypasses
:mod:`sgdc.data.bind` (the engines' own interface) or by a bug, and either way the
kernel never runs.

**Guarded mode** (``SGDC_GUARD=1``, used by the test suite): every buffer that
native code reads or writes sits at the very end of its own ``mmap`` region,
followed by an inaccessible page (``PROT_NONE``), so an overrun of even one
element faults at once instead of silently reading a neighbour.  Buffers that
kernels write (params, private copies, outputs) are allocated there
(:func:`empty`, :func:`copy`); buffers they only read get a guarded twin when
their address is taken (:func:`readable`).
"""
from __future__ import annotations

import ctypes
import mmap
import os
import weakref

import numpy as np

from sgdc.data.dataset import Dataset, Dense, Sparse, extent_of, param_shape
from sgdc.errors import InternalError, UserError
from sgdc.ir.model import MAX_EXTENT  # column indices, index fields and positions are int32 in the kernels

_CHUNK = 1 << 22  # elements per step of a bounds scan (no full-size temporaries)


# -- checks ------------------------------------------------------------------------------------------
def _first_outside(a: np.ndarray, limit: int) -> tuple:
    """(position, value) of the first entry of ``a`` outside ``[0, limit)``."""
    flat = a.reshape(-1)
    for s in range(0, flat.size, _CHUNK):
        part = flat[s:s + _CHUNK]
        bad = np.flatnonzero((part < 0) | (part >= limit))
        if len(bad):
            return s + int(bad[0]), int(part[bad[0]])
    raise InternalError("_first_outside found nothing")


def _array(what: str, a, dtype, ndim: int) -> np.ndarray:
    if not isinstance(a, np.ndarray):
        raise UserError(f"{what}: expected a numpy array, got {type(a).__name__}")
    if a.dtype != dtype:
        raise UserError(f"{what}: dtype {a.dtype}, the kernel reads {np.dtype(dtype)}")
    if a.ndim != ndim:
        raise UserError(f"{what}: {a.ndim}-d, the kernel reads a {ndim}-d array")
    if not a.flags.c_contiguous:
        raise UserError(f"{what}: not C-contiguous")
    return a


def _in_range(what: str, a: np.ndarray, limit: int, dim: str) -> None:
    """Every entry of the int32 array ``a`` in ``[0, limit)``: one pass (read as uint32, a negative entry is
    2^31 or more, beyond any limit), no temporaries."""
    if a.size and int(a.view(np.uint32).max()) >= limit:
        pos, value = _first_outside(a, limit)
        raise UserError(f"{what}: value {value} at position {pos} is outside [0, {limit}) of dim '{dim}'")


def check_data(model, data: Dataset, value_dtype) -> None:
    """Every field of ``data`` as the kernels of ``model`` read it (``value_dtype``: the vector values'
    storage: float32, or int8/int16 fixed-point codes).  Fields absent from ``data`` are not read."""
    n = data.n
    if isinstance(n, (bool, np.bool_)) or not isinstance(n, (int, np.integer)) or not 0 <= n <= MAX_EXTENT:
        raise UserError(f"data: {n!r} examples is not a count in [0, {MAX_EXTENT}]")
    for d in model.dims:
        if d.name in data.dims:
            extent_of(d.name, data.dims, "data")
    for f in model.fields:
        if f.name not in data.fields:
            continue
        v = data.fields[f.name]
        what = f"field '{f.name}'"
        if f.kind == "vector":
            width = extent_of(f.extent, data.dims, what)
            dim = f.extent if isinstance(f.extent, str) else str(f.extent)
            if isinstance(v, Dense):
                X = _array(what, v.X, value_dtype, 2)
                if X.shape != (n, width):
                    raise UserError(f"{what}: dense rows of shape {X.shape}, the kernel reads ({n}, {width}) "
                                    f"(dim '{dim}' = {width})")
            elif isinstance(v, Sparse):
                indptr = _array(f"{what} (indptr)", v.indptr, np.int64, 1)
                indices = _array(f"{what} (column indices)", v.indices, np.int32, 1)
                values = _array(f"{what} (values)", v.data, value_dtype, 1)
                if len(indptr) != n + 1:
                    raise UserError(f"{what}: indptr has {len(indptr)} entries for {n} examples (needs {n + 1})")
                if len(indices) != len(values):
                    raise UserError(f"{what}: {len(indices)} column indices but {len(values)} values")
                if n + 1 and (int(indptr[0]) != 0 or int(indptr[-1]) != len(indices)):
                    raise UserError(f"{what}: indptr runs from {int(indptr[0])} to {int(indptr[-1])}, "
                                    f"not from 0 to the {len(indices)} stored entries")
                for s in range(0, n, _CHUNK):
                    step = np.diff(indptr[s:s + _CHUNK + 1])
                    if step.size and int(step.min()) < 0:
                        row = s + int(np.flatnonzero(step < 0)[0])
                        raise UserError(f"{what}: indptr decreases at row {row}")
                _in_range(f"{what} (column indices)", indices, width, dim)
            else:
                raise UserError(f"{what}: a vector field must be dense or sparse rows, got {type(v).__name__}")
        elif f.kind == "index":
            c = _array(what, v, np.int32, 1)
            if len(c) != n:
                raise UserError(f"{what}: {len(c)} values for {n} examples")
            dim = f.extent if isinstance(f.extent, str) else str(f.extent)
            _in_range(what, c, extent_of(f.extent, data.dims, what), dim)
        elif f.kind == "reals":  # several targets: float32 rows, one value per output
            rows = _array(what, v, np.float32, 2)
            width = extent_of(f.extent, data.dims, what)
            if rows.shape != (n, width):
                raise UserError(f"{what}: rows of shape {rows.shape}, the kernel reads ({n}, {width})")
        else:  # real, label
            c = _array(what, v, np.float32, 1)
            if len(c) != n:
                raise UserError(f"{what}: {len(c)} values for {n} examples")


def check_params(model, params, dims: dict, code_dtypes: dict) -> None:
    """Every param of ``model`` in ``params`` as the kernels store it: ``code_dtypes`` maps a fixed-point
    param to its integer code type (the others are float32)."""
    if not isinstance(params, dict):
        raise UserError(f"params: expected a dict of arrays, got {type(params).__name__}")
    if _params_fit(model, params, dims, code_dtypes):
        return  # the usual case, in a few comparisons a param (every kernel call comes here)
    for p in model.params:
        if p.name not in params:
            raise UserError(f"param '{p.name}' is missing")
        a = _array(f"param '{p.name}'", params[p.name], code_dtypes.get(p.name, np.float32), len(p.shape))
        want = param_shape(model, p.name, dims)
        if a.shape != want:
            named = ", ".join(f"{e}={dims.get(e)}" if isinstance(e, str) else str(e) for e in p.shape)
            raise UserError(f"param '{p.name}' has shape {a.shape}; the data bind it to {want} ({named})")
        if not a.flags.writeable:
            raise UserError(f"param '{p.name}' is read-only")


def _params_fit(model, params: dict, dims: dict, code_dtypes: dict) -> bool:
    """Whether every param is exactly what the kernels read (no messages: :func:`check_params` makes them)."""
    f32 = _F32
    for p in model.params:
        a = params.get(p.name)
        if type(a) is not np.ndarray or a.dtype != code_dtypes.get(p.name, f32):
            return False
        flags = a.flags
        if not (flags.c_contiguous and flags.writeable):
            return False
        shape = a.shape
        if len(shape) != len(p.shape):
            return False
        for size, ext in zip(shape, p.shape):
            want = dims.get(ext) if isinstance(ext, str) else ext
            if size != want or type(want) is not int or not 1 <= want <= MAX_EXTENT:
                return False
    return True


_F32 = np.dtype(np.float32)
_ORDERS: dict = {}  # id -> weak reference to an order the engine made (a permutation of 0 .. n-1), and its n


def trust_order(order: np.ndarray, n: int) -> np.ndarray:
    """Record that ``order`` is a permutation of ``0 .. n-1`` made by the engine (read-only from now)."""
    order.flags.writeable = False
    key = id(order)
    _ORDERS[key] = (weakref.ref(order, lambda _, key=key: _ORDERS.pop(key, None)), n)
    return order


def check_order(order: np.ndarray, n: int) -> None:
    """An epoch's order as the kernels read it: int32 positions in ``[0, n)``."""
    made = _ORDERS.get(id(order))
    if made is not None and made[0]() is order and made[1] == n and not order.flags.writeable:
        return
    _array("the epoch's order", order, np.int32, 1)
    _in_range("the epoch's order", order, n, "examples")


# -- guarded mode -------------------------------------------------------------------------------------
_enabled = os.environ.get("SGDC_GUARD", "") == "1"  # read once: every kernel call asks (set_enabled switches it)


def enabled() -> bool:
    """Whether buffers are guarded (``SGDC_GUARD=1`` in the environment when sgdc was imported)."""
    return _enabled


def set_enabled(on: bool) -> bool:
    """Switch guarded mode for this process (the test suite does); returns what it was."""
    global _enabled
    was, _enabled = _enabled, bool(on)
    return was


_PAGE = mmap.PAGESIZE
_GUARDED: dict = {}  # address one past the end of a guarded buffer -> its mmap (while alive)
_libc = None


def _mprotect_none(address: int, length: int) -> None:
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
        _libc.mprotect.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    if _libc.mprotect(address, length, 0) != 0:  # PROT_NONE
        raise OSError(ctypes.get_errno(), "mprotect failed")


def empty(shape, dtype) -> np.ndarray:
    """A zeroed C-contiguous array; in guarded mode its last byte is followed by an inaccessible page."""
    if not enabled():
        return np.zeros(shape, dtype=dtype)
    dtype = np.dtype(dtype)
    shape = tuple(int(s) for s in shape) if isinstance(shape, tuple) else (int(shape),)
    nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    pages = -(-nbytes // _PAGE) or 1
    mm = mmap.mmap(-1, (pages + 1) * _PAGE, prot=mmap.PROT_READ | mmap.PROT_WRITE)
    raw = np.frombuffer(mm, dtype=np.uint8)
    base = raw.ctypes.data
    _mprotect_none(base + pages * _PAGE, _PAGE)
    start = pages * _PAGE - nbytes  # the buffer ends exactly at the guard page (aligned to its item size)
    out = raw[start:start + nbytes].view(dtype).reshape(shape)
    _GUARDED[base + pages * _PAGE] = weakref.ref(raw)  # raw (and the mapping) lives as long as ``out``
    return out


def copy(a: np.ndarray) -> np.ndarray:
    """A C-contiguous copy of ``a`` (guarded in guarded mode)."""
    if not enabled():
        return np.array(a, order="C")
    out = empty(a.shape, a.dtype)
    out[...] = a
    return out


def is_guarded(a: np.ndarray) -> bool:
    """Whether ``a`` ends exactly at a guard page."""
    if not isinstance(a, np.ndarray):
        return False
    ref = _GUARDED.get(a.ctypes.data + a.nbytes)
    return ref is not None and ref() is not None


def readable(a: np.ndarray) -> np.ndarray:
    """``a`` itself, or in guarded mode a guarded twin of it (for a buffer native code only reads)."""
    if not enabled() or is_guarded(a):
        return a
    return copy(a)
