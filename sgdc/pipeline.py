"""The compiler pipeline, as a table of contents.

Each pass is one function in its own module; :func:`lower` calls them in
order.  ``SGDC_DUMP_PASSES=1`` prints the IR after every pass (to stderr).

    .sgd text --parse--> AST --check--> model IR          (frontend: parser, checker)
              --differentiate--> update IR                 (grad)
              --codegen--> LLVM module --jit--> machine code (codegen, jit; per data layout)
"""
from __future__ import annotations

import os
import sys

from .grad import build_update_ir
from .ir import Model, format_model
from .uir import UpdateIR, format_update_ir


def _dump(title: str, text: str) -> None:
    if os.environ.get("SGDC_DUMP_PASSES"):
        print(f"--- after {title} ---\n{text}", file=sys.stderr)


def lower(model: Model) -> UpdateIR:
    """Model IR -> update IR (the layout-independent part of compilation)."""
    _dump("check", format_model(model))
    uir = build_update_ir(model)  # rewrite to stable forms, reverse-mode gradient, simplify, DCE
    _dump("differentiate", format_update_ir(uir))
    return uir
