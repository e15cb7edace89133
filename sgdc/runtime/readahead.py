"""Reading a mapped data file ahead of the kernels, for the ``blocks`` order.

A data set trained from a binary data file's mapping (:mod:`sgdc.data.binary`) is read by page faults.  In
order (``order sequential``) the kernel's read-ahead serves them well.  In the ``blocks`` order the runs come in
a random order, and each fault on a run not yet read makes the kernel read a window *around* it (the device's
read-ahead: 8 MiB on the development VM), most of it rows of other runs that the epoch reaches much later: on a
file larger than memory the page cache then thrashes (600 MiB under a 200 MiB limit: minutes an epoch).

So for that order, while the epoch runs the mapping is advised ``MADV_RANDOM`` (a fault reads its page, nothing
around it), and before each kernel call the pages of the *next* call's runs are asked for with
``MADV_WILLNEED`` (the kernel reads exactly those, in large requests, while the current call computes).  A
call then covers one buffer of the order (16 runs of about 1 MiB: :func:`sgdc.runtime.plan.run_length`), so at
most two buffers' pages are wanted at a time.  At the end of the epoch the mapping goes back to
``MADV_NORMAL``.  Advice is only advice: where ``madvise`` is missing (not Linux) or refuses, nothing changes but
the speed.
"""
from __future__ import annotations

import ctypes
import mmap

import numpy as np

from sgdc.data.dataset import Dataset, Dense, Sparse, file_mapped

_PAGE = mmap.PAGESIZE
_NORMAL, _RANDOM, _WILLNEED = 0, 1, 3  # MADV_* (Linux, every architecture)


def _libc_madvise():
    try:
        fn = ctypes.CDLL(None, use_errno=True).madvise
    except (OSError, AttributeError):
        return None
    fn.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    fn.restype = ctypes.c_int
    return fn


_MADVISE = _libc_madvise()


def _advise(address: int, nbytes: int, advice: int) -> None:
    if _MADVISE is None or nbytes <= 0:
        return
    lo = address - address % _PAGE
    _MADVISE(lo, address + nbytes - lo, advice)  # a refusal (EINVAL, ENOMEM) changes nothing but the speed


class Readahead:
    """The mapped arrays of ``data`` and how to read the rows of a slice of an epoch's order ahead of a call.

    ``run``: the examples of a run of the order (the unit read ahead)."""

    def __init__(self, data: Dataset, run: int):
        self.run = max(1, int(run))
        self.n = data.n
        self.parts = []  # (address, bytes per entry, entry offsets per row: indptr, or None for a dense row)
        for v in data.fields.values():
            if isinstance(v, Sparse):
                for a in (v.indices, v.data):
                    if file_mapped(a):
                        self.parts.append((a.ctypes.data, a.itemsize, v.indptr, a.nbytes))
            elif isinstance(v, Dense) and file_mapped(v.X):
                self.parts.append((v.X.ctypes.data, v.X.itemsize * v.X.shape[1], None, v.X.nbytes))

    @property
    def active(self) -> bool:
        return bool(self.parts) and _MADVISE is not None

    def begin(self) -> None:
        """An epoch starts: advise the mapping random, and no run asked for yet."""
        self.asked = np.zeros(-(-self.n // self.run), dtype=bool)
        for address, _, _, nbytes in self.parts:
            _advise(address, nbytes, _RANDOM)

    def end(self) -> None:
        for address, _, _, nbytes in self.parts:
            _advise(address, nbytes, _NORMAL)

    def want(self, rows: np.ndarray) -> None:
        """Ask for the pages of the runs that hold ``rows`` (example numbers), those not asked for before this
        epoch (a call's slice of the order may end inside a buffer: the next call asks only for the rest)."""
        if not rows.size:
            return
        runs = np.unique(rows // self.run)
        runs = runs[~self.asked[runs]]
        if not runs.size:
            return
        self.asked[runs] = True
        first = runs * self.run
        last = np.minimum(first + self.run, self.n)
        # neighbouring runs merged: one request each stretch
        cut = np.flatnonzero(runs[1:] != runs[:-1] + 1) + 1
        starts, ends = np.split(first, cut), np.split(last, cut)
        for lo_rows, hi_rows in zip((s[0] for s in starts), (e[-1] for e in ends)):
            for address, size, indptr, _ in self.parts:
                lo, hi = (int(indptr[lo_rows]), int(indptr[hi_rows])) if indptr is not None else (lo_rows, hi_rows)
                _advise(address + lo * size, (hi - lo) * size, _WILLNEED)
