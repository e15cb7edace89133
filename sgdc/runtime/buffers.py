"""Buffers handed to native code: the typed records it reads and the copies it writes.

* a kernel's slot array (:class:`sgdc.backend.codegen.ABI`): :func:`address`
  is the last check of each buffer's type and contiguity before its address is
  written into a slot (every buffer was validated by :mod:`sgdc.runtime.gate`);
* the driver's records (:data:`sgdc.ir.native.WORKER`, :data:`sgdc.ir.native.MERGE`):
  :func:`merge_table` fills the merge entries by field name;
* private copies of params, each on cache lines of its own (:func:`private_copy`);
* large buffers on transparent huge pages (:func:`on_huge_pages`).
"""
from __future__ import annotations

import mmap
import weakref

import numpy as np

from sgdc.backend.driver import DTYPES
from sgdc.errors import InternalError
from sgdc.ir.native import MERGE
from sgdc.runtime import gate, memory


LINE = 128  # bytes: a cache line and its prefetched neighbour (Intel's adjacent-line prefetcher pairs them)


def private_copy(a: np.ndarray) -> np.ndarray:
    """A copy of ``a`` that shares no cache line with any other buffer (one worker writes it on every example:
    two small copies side by side in the heap would be false sharing, the cores fighting over one line).
    In guarded mode it ends at a guard page instead (:mod:`sgdc.runtime.gate`)."""
    if gate.enabled():
        return gate.copy(a)
    raw = np.zeros(a.nbytes + 3 * LINE, dtype=np.uint8)
    start = (-raw.ctypes.data) % LINE + LINE
    out = raw[start:start + a.nbytes].view(a.dtype).reshape(a.shape)
    out[...] = a
    return out


HUGE_MIN = 4 << 20  # bytes: buffers at least this large go on huge pages
HUGE_PAGE = 2 << 20
_HUGE: dict = {}  # id -> weakref of the arrays already on huge pages


def _is_huge(a: np.ndarray) -> bool:
    ref = _HUGE.get(id(a))
    return ref is not None and ref() is a


def on_huge_pages(a: np.ndarray) -> np.ndarray:
    """``a``, or a copy of it in an anonymous mapping aligned to 2 MiB and advised ``MADV_HUGEPAGE``, when ``a`` is
    at least :data:`HUGE_MIN` bytes and the system has transparent huge pages.

    Kernels read rows of the data and coordinates of the model in a shuffled order: with 4 KiB pages nearly every
    row is a TLB miss and a page walk, which a software prefetch does not hide.  With 2 MiB pages a 100 MB data set
    is 50 TLB entries.  W1 D8M32 (a 100 MB data set of 8-bit rows, shuffled): 80 -> 31 ms an epoch; W7 float32
    (a 256 MB factor table): 860 -> 761 ms (docs/precision.md).  The kernel falls back to 4 KiB pages where the
    kernel has no huge page to give (``/sys/kernel/mm/transparent_hugepage/enabled`` ``never``, or memory too
    fragmented); the copy is the same either way.  An array larger than half the memory still available stays
    where it is (the copy and the original live side by side until the original is dropped), and so does a
    mapped data file (a binary data file trains from the page cache, whatever its size)."""
    if a.nbytes < HUGE_MIN or _is_huge(a) or not hasattr(mmap, "MADV_HUGEPAGE") or not a.flags.c_contiguous:
        return a
    from sgdc.data.dataset import file_mapped

    if file_mapped(a):  # a data file's mapping (sgdc.data.binary): read from the page cache, not copied
        return a
    room = memory.limit_bytes()
    if room is not None and a.nbytes > room // 2:  # the copy and the original live side by side a moment
        return a
    try:
        mm = mmap.mmap(-1, a.nbytes + HUGE_PAGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        mm.madvise(mmap.MADV_HUGEPAGE)
    except (OSError, ValueError):
        return a
    raw = np.frombuffer(mm, dtype=np.uint8)
    start = (-raw.ctypes.data) % HUGE_PAGE
    out = raw[start:start + a.nbytes].view(a.dtype).reshape(a.shape)
    out[...] = a
    key = id(out)
    _HUGE[key] = weakref.ref(out, lambda _r, key=key: _HUGE.pop(key, None))
    return out


def address(a: np.ndarray, dtype, keep: list, written: bool = False, guard: bool = False) -> int:
    """Where ``a`` starts, for a slot: only a contiguous array of the type the kernel reads (validated before
    got here: :mod:`sgdc.runtime.gate`; this is the last check), kept alive in ``keep`` while the call runs.  In guarded
    mode (``guard``: :func:`sgdc.runtime.gate.enabled`, read once by the caller) a buffer native code only reads is
    replaced by a guarded twin; one it ``written`` must be guarded."""
    if a.dtype != dtype or not a.flags.c_contiguous:
        raise InternalError(f"unvalidated buffer {a.dtype} reached native code")
    if guard and not gate.is_guarded(a):
        if written:
            raise InternalError("a buffer that native code writes has no guard page (SGDC_GUARD=1)")
        a = gate.copy(a)
    keep.append(a)
    return a.ctypes.data


def fresh_copy(a: np.ndarray, role: tuple) -> np.ndarray:
    """A :func:`private_copy` made for this epoch only (``role`` is what the copy is for; unused here)."""
    return private_copy(a)


def merge_table(params: dict, copies: list, merged: dict, masks: dict | None = None) -> np.ndarray:
    """The driver's merge entries (see :mod:`sgdc.backend.driver`) for the params in ``merged``."""
    rows = MERGE.array(len(merged), tail=len(copies))
    for row, (k, mode) in zip(rows, merged.items()):
        p = params[k]
        mask = (masks or {}).get(k)
        row["mode"], row["dtype"], row["n"], row["master"] = mode, DTYPES[p.dtype.name], p.size, p.ctypes.data
        row["mask"] = mask.ctypes.data if mask is not None else 0
        row["copies"] = [c[k].ctypes.data for c in copies]
    return rows


