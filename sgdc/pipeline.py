"""The compiler pipeline: the one list of passes, in order.

Training (:class:`sgdc.runtime.engine.CompiledLayout`) and ``sgdc compile
--emit STAGE`` both go through :func:`differentiate` and :func:`build`, so what
``--emit`` shows is what runs.  ``SGDC_DUMP_PASSES=1`` prints the IR after
every pass (to stderr).

=====================  ==========================================  ============================
pass (stage name)      does                                        module
=====================  ==========================================  ============================
``parse``              .sgd text -> AST                            sgdc.frontend.parser
``check``              AST -> typed model IR                       sgdc.frontend.checker
``differentiate``      model IR -> per-example update IR           sgdc.passes.differentiate
``loops``              update IR + data layouts -> lowered         sgdc.passes.loops
                       kernels: loops over rows and nonzeros
``precision``          the DMGC signature: codes, scales,          sgdc.passes.precision
                       saturation, integer dots
``rounding``           unbiased rounding's random streams          sgdc.passes.rounding
``threads``            private copies and exchanges, or a lock     sgdc.passes.threads
``lookahead``          a dense linear score carried to the next    sgdc.passes.lookahead
                       example, off the chain between examples
``prefetch``           software prefetch of the rows ahead         sgdc.passes.prefetch
``llvm``               lowered kernels -> LLVM module (a printer)  sgdc.backend.codegen
``optimise``           link the support library, O3, JIT           sgdc.backend.jit
=====================  ==========================================  ============================
"""
from __future__ import annotations

import os
import sys

from sgdc.ir.lowered import format_kernels
from sgdc.ir.model import Model, format_model
from sgdc.ir.update import UpdateIR, format_update_ir
from sgdc.passes.differentiate import build_update_ir
from sgdc.passes.constraints import apply_constraints
from sgdc.passes.lookahead import apply_lookahead
from sgdc.passes.loops import make_kernels
from sgdc.passes.precision import apply_precision
from sgdc.passes.prefetch import insert_prefetch
from sgdc.passes.rounding import apply_rounding
from sgdc.passes.threads import apply_threads

LOWERING = ("loops", "precision", "rounding", "constraints", "threads", "lookahead", "prefetch")  # the passes that make the lowered IR
STAGES = ("ast", "ir", "grad", *LOWERING, "lowered", "llvm", "llvm-opt", "asm")  # `sgdc compile --emit STAGE`


def _dump(title: str, text: str) -> None:
    if os.environ.get("SGDC_DUMP_PASSES"):
        print(f"--- after {title} ---\n{text}", file=sys.stderr)


def differentiate(model: Model) -> UpdateIR:
    """Model IR -> update IR (the layout-independent part of compilation)."""
    _dump("check", format_model(model))
    uir = build_update_ir(model)  # rewrite to stable forms, reverse-mode gradient, simplify, DCE
    _dump("differentiate", format_update_ir(uir))
    return uir


def layouts_for(model: Model) -> dict:
    """``{vector field: "dense" | "sparse"}`` without data: the schedule's ``data_layout``, sparse under ``auto``
    (with data, :func:`sgdc.runtime.engine.layouts_of` takes the layout bind gave each field)."""
    mode = model.schedule.data_layout
    return {f.name: mode if mode in ("dense", "sparse") else "sparse" for f in model.vector_fields}


def lower(uir: UpdateIR, layouts: dict, locked: bool = False, dump: bool = True, until: str = "prefetch") -> tuple:
    """Update IR -> the lowered kernels of one data layout: the schedule applied by passes, in order, up to and
    including the pass ``until`` (one of :data:`LOWERING`).
    (The reference interpreter lowers too, to run the same coordinate rules: ``dump=False``.)"""
    tag = ", ".join(f"{k} {v}" for k, v in sorted(layouts.items())) or "no vectors"
    show = _dump if dump else (lambda title, text: None)
    kernels = make_kernels(uir, layouts)
    show(f"loops ({tag})", format_kernels(kernels))
    if until == "loops":
        return kernels
    for name, run in (("precision", lambda ks: apply_precision(ks, uir)),
                      ("rounding", lambda ks: apply_rounding(ks, uir)),
                      ("constraints", lambda ks: apply_constraints(ks, uir)),
                      ("threads", lambda ks: apply_threads(ks, uir, locked)),
                      ("lookahead", lambda ks: apply_lookahead(ks, uir)),
                      ("prefetch", lambda ks: insert_prefetch(ks, uir))):
        kernels = run(kernels)
        show(f"{name} ({tag})", format_kernels(kernels))
        if name == until:
            break
    return kernels


def emit(uir: UpdateIR, layouts: dict, locked: bool = False):
    """Update IR -> the LLVM module of one data layout, and its slot ABI."""
    from sgdc.backend.codegen import print_module

    kernels = lower(uir, layouts, locked)
    module, abi = print_module(kernels, uir)
    _dump(f"llvm ({', '.join(f'{k} {v}' for k, v in sorted(layouts.items())) or 'no vectors'})", str(module))
    return module, abi


def build(uir: UpdateIR, layouts: dict, *, locked: bool = False, generic: bool | None = None, cache: bool = True):
    """Update IR -> ``(llvm IR text, ABI, finalised KernelLibrary)``: lower, print, link the support library,
    optimise, JIT (or load from the kernel cache)."""
    from sgdc.backend.jit import KernelLibrary

    module, abi = emit(uir, layouts, locked)
    text = str(module)
    library = KernelLibrary(f"sgdc.{uir.model.name}", generic=generic, cache=cache)
    library.add_ir(text)
    library.finalise()
    if os.environ.get("SGDC_DUMP_PASSES"):
        _dump("optimise", library.optimised_ir)
    return text, abi, library
