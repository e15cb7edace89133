"""Pass: what several workers on one model need in the train kernel.

* ``locked`` model layout: a spin lock around each example (the baseline that
  shows what Hogwild! saves).
* ``shared`` (Hogwild!): params that every example writes at the same
  coordinates (:func:`copied_params`) are private copies per worker, pulled
  from the shared master at the start of a call, exchanged every ``push``
  examples (the worker adds ``share * (copy - base)`` to the master with atomic
  read-modify-writes, codes rounded unbiasedly with a draw of (position,
  coordinate) and saturated) and at the end.  With one worker the runtime sets
  ``push = 0`` and the copies are the shared params themselves.
"""
from __future__ import annotations

from dataclasses import replace

from sgdc.ir.lowered import Copies, Exchange, Lock, Unlock
from sgdc.ir.update import UpdateIR


def copied_params(uir: UpdateIR, layouts: dict) -> tuple:
    """Params that every example writes at the same coordinates: several workers keep private copies of them.

    A scalar param (``mu``, a bias ``b``), a whole param row used without an
    index, a matrix applied to a computed vector (``W2 @ h``: every coordinate, every example), and a vector
    param dotted with a *dense* data vector: shared, they
    would be cache lines that all cores fight over on every example.
    """
    out: list = []
    for u in uir.train.updates:
        if (u.kind in ("elem", "row", "rank1") and not u.index) or (u.kind == "sparse" and not u.index
                                                                     and layouts.get(u.field) == "dense"):
            if u.param not in out:
                out.append(u.param)
    return tuple(out)


def apply_threads(kernels: tuple, uir: UpdateIR, locked: bool = False) -> tuple:
    out = []
    for k in kernels:
        if k.name != "sgdc_train":
            out.append(k)
            continue
        bits = dict((p, b) for p, b, _ in k.fixed_params)
        (loop,) = k.body
        if locked:
            out.append(k.with_body([replace(loop, body=(Lock(), *loop.body, Unlock()))]))
            continue
        names = copied_params(uir, dict(k.layouts))
        if not names:
            out.append(k)
            continue
        ex = tuple(Exchange(p, bits.get(p, 0)) for p in names)
        out.append(k.with_body([Copies("pull", ex), replace(loop, body=(*loop.body, Copies("every", ex))),
                                Copies("finish", ex)]))
    return tuple(out)
