"""The compiler pipeline, as a table of contents.

Each pass is one function in its own module; :func:`lower` and :func:`build`
call them in order, and both training (:class:`sgdc.runtime.engine.CompiledLayout`) and
``sgdc compile --emit`` go through them.  ``SGDC_DUMP_PASSES=1`` prints the IR
after every pass (to stderr).

    .sgd text --parse--> AST --check--> model IR          (frontend: parser, checker)
              --differentiate--> update IR                 (grad)
              --codegen--> LLVM module                     (codegen; per data layout)
              --link support, optimise, JIT--> machine code (jit)
"""
from __future__ import annotations

import os
import sys

from sgdc.passes.differentiate import build_update_ir
from sgdc.ir.model import Model, format_model
from sgdc.ir.update import UpdateIR, format_update_ir


def _dump(title: str, text: str) -> None:
    if os.environ.get("SGDC_DUMP_PASSES"):
        print(f"--- after {title} ---\n{text}", file=sys.stderr)


def lower(model: Model) -> UpdateIR:
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


def emit(uir: UpdateIR, layouts: dict, locked: bool = False):
    """Update IR -> the LLVM module of one data layout, and its slot ABI."""
    from sgdc.backend.codegen import emit_module

    module, abi = emit_module(uir, layouts, locked=locked)
    _dump(f"codegen ({', '.join(f'{k} {v}' for k, v in sorted(layouts.items())) or 'no vectors'})", str(module))
    return module, abi


def build(uir: UpdateIR, layouts: dict, *, locked: bool = False, generic: bool | None = None, cache: bool = True):
    """Update IR -> ``(llvm IR text, ABI, finalised KernelLibrary)``: codegen, link the support library,
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
