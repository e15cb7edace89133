"""Pass: software prefetch for the examples ahead, in two stages.

The example order is shuffled, so each example's data row and model rows are
a random memory access; nothing else hides that latency.  Stage 1 (``2 x
AHEAD`` examples on): the per-example words (CSR row starts, index and scalar
fields).  Stage 2 (``AHEAD`` on, those words now cached): the data row itself
and the param rows its index fields select.  Prefetches never fault and never
change what the kernel computes.
"""
from __future__ import annotations

from dataclasses import replace

from sgdc.ir.lowered import Examples, Prefetch
from sgdc.ir.update import UpdateIR

AHEAD = 8  # examples: rows of example pos + 8 are fetched while pos runs


def prefetch_items(uir: UpdateIR, layouts: dict) -> tuple:
    model, prog = uir.model, uir.train
    reads = prog.fields_read()
    vec = [f.name for f in model.vector_fields if f.name in reads]
    idx = [f.name for f in model.fields if f.kind == "index" and f.name in reads and not f.sampled]
    scal = [f.name for f in model.fields if f.kind in ("real", "label") and f.name in reads]
    words = [("indptr", f) for f in vec if layouts[f] != "dense"] + [("field", f) for f in idx + scal]
    rows = [("row", f) for f in vec]
    for ins in prog.instrs:  # param rows selected by one index field
        if ins.op in ("load", "ddot") and len(ins.args) > (2 if ins.op == "ddot" else 1):
            index = ins.args[1:-1] if ins.op == "ddot" else ins.args[1:]
            if len(index) == 1 and index[0] in idx:  # (a sampled field's value is drawn, not read ahead)
                rows.append(("param", f"{ins.args[0]}[{index[0]}]"))
    return ((2 * AHEAD, tuple(words)), (AHEAD, tuple(rows)))


def insert_prefetch(kernels: tuple, uir: UpdateIR) -> tuple:
    out = []
    for k in kernels:
        if k.name != "sgdc_train":
            out.append(k)
            continue
        body = []
        for s in k.body:
            if isinstance(s, Examples):
                s = replace(s, body=(Prefetch(prefetch_items(uir, dict(k.layouts))), *s.body))
            body.append(s)
        out.append(k.with_body(body))
    return tuple(out)
