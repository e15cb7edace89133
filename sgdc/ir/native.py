"""The native interface: the records that generated code and the Python runtime exchange, described once.

Each :class:`Record` is a row of int64 words (integers, and addresses as
integers).  The runtime builds rows as numpy structured arrays
(:meth:`Record.array`: one field a word, so a field is written by name) and the
generated code reads each word at ``Record.index(name)``, both from the
description here, so the two sides cannot drift apart.  A record may end in a
*tail*: a run of words whose length is given per call (a merge entry's copy of
each worker).

* :data:`WORKER`: what one worker thread of the parallel driver runs
  (:mod:`sgdc.backend.driver`): its slot array, its rounds, its merges.
* :data:`MERGE`: one param merged across the workers' private copies after a round.

The kernels' own slot array (params, data buffers, dims, order, epoch...) is
described by :class:`sgdc.backend.codegen.ABI`, named slot by named slot.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Record:
    name: str
    fields: tuple  # word names, in order
    docs: tuple  # one line per field
    tail: str | None = None  # name of a trailing run of words whose length is given per call

    def index(self, field: str) -> int:
        return self.fields.index(field)

    def width(self, tail: int = 0) -> int:
        """Words per row."""
        return len(self.fields) + (tail if self.tail else 0)

    def dtype(self, tail: int = 0) -> np.dtype:
        spec = [(f, np.int64) for f in self.fields]
        if self.tail and tail:
            spec.append((self.tail, np.int64, (tail,)))
        return np.dtype(spec)

    def array(self, n: int, tail: int = 0) -> np.ndarray:
        """``n`` zeroed rows; its buffer is ``n * width(tail)`` int64 words, row after row."""
        return np.zeros(n, dtype=self.dtype(tail))


WORKER = Record("worker", (
    "t", "T", "slots", "ranges", "rounds", "out", "merge", "nmerge", "ctrl", "spin", "train",
), (
    "this worker's number, 0..T-1",
    "the number of workers",
    "the address of its kernel slot array",
    "the address of its rounds: 2 int64 (begin, end) a round",
    "how many rounds",
    "the address of its float64 loss sum",
    "the address of the merge entries (MERGE rows), or 0",
    "how many merge entries",
    "the address of the shared control words (barrier count, generation, start flag)",
    "pause-spins at a barrier before yielding (0: more threads than cores)",
    "the address of the compiled sgdc_train",
))

MERGE = Record("merge", ("mode", "dtype", "n", "master", "mask"), (
    "0 average the copies, 1 add the moves, 3 average where mask is set and add elsewhere",
    "0 float32; 1, 2, 3: int8, int16, int32 codes",
    "elements",
    "the address of the shared param",
    "the address of a uint8 mask (mode 3), or 0",
), tail="copies")  # one address a worker: its private copy
