"""The front end in one call: spec (path, text or bundled name) -> checked model IR.

``load_model("logistic")``, ``load_model("my.sgd", threads=4)`` or
``load_model(text)`` parse (:mod:`sgdc.frontend.parser`), check (:mod:`sgdc.frontend.checker`)
and apply schedule overrides (:mod:`sgdc.ir.schedule`).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from sgdc.frontend import ast
from sgdc.frontend.checker import check
from sgdc.errors import Loc, SpecError, UserError
from sgdc.data.fileio import read_limited
from sgdc.ir.model import Model
from sgdc.frontend.parser import parse
from sgdc.ir.schedule import override_model


def examples_dir() -> Path | None:
    """Where the bundled example specs live (a checkout's ``examples/``), if anywhere."""
    here = Path(__file__).resolve().parents[1]  # the sgdc package
    for cand in (here / "examples", here.parent / "examples"):
        if cand.is_dir():
            return cand
    return None


def bundled_examples() -> tuple:
    d = examples_dir()
    return tuple(sorted(p.stem for p in d.glob("*.sgd"))) if d else ()


SPEC_LIMIT = 4 << 20  # bytes: a spec is a small text file (the bundled ones are under 2 KB)


def _read_spec(path: Path, spec) -> bytes:
    """A spec file's bytes, at most :data:`SPEC_LIMIT` (:func:`sgdc.data.fileio.read_limited`)."""
    return read_limited(path, "spec", SPEC_LIMIT, name=spec)


def resolve_spec(spec) -> tuple:
    """``(source text, filename)`` for a path, source text (has a newline) or a bundled example name."""
    if isinstance(spec, str) and "\n" in spec:
        return spec, "<spec>"
    if not isinstance(spec, (str, os.PathLike)):
        raise UserError(f"a spec must be a path, source text or an example name, not {type(spec).__name__}")
    path = Path(spec)
    if not path.exists() and isinstance(spec, str) and os.sep not in spec and not spec.endswith(".sgd"):
        d = examples_dir()
        if d is not None and (d / f"{spec}.sgd").is_file():
            path = d / f"{spec}.sgd"
        else:
            names = ", ".join(bundled_examples()) or "none"
            raise UserError(f"cannot find spec '{spec}': no such file and no bundled example of that name "
                            f"(bundled: {names})")
    raw = _read_spec(path, spec)
    try:
        return raw.decode("utf-8"), str(path)
    except UnicodeDecodeError as e:
        # a position like any other spec error: the line and column (in characters) of the bad byte
        line = raw.count(b"\n", 0, e.start) + 1
        begin = raw.rfind(b"\n", 0, e.start) + 1
        col = len(raw[begin:e.start].decode("utf-8", errors="replace")) + 1
        text = raw.decode("utf-8", errors="replace")
        raise SpecError(f"not UTF-8 text (byte 0x{raw[e.start]:02x}: {e.reason})", Loc(str(path), line, col),
                        text) from None


def load_ast(spec) -> tuple:
    """``(AST, source, filename)`` of a spec given as for :func:`load_model`."""
    source, filename = resolve_spec(spec)
    return parse(source, filename), source, filename


def load_model(spec, consts: dict | None = None, **overrides) -> Model:
    """Parse and check a spec, then apply schedule overrides (see :func:`sgdc.ir.schedule.apply_overrides`).

    ``consts``: ``{name: value}`` replacing the values of the spec's ``const`` statements in its text before it
    is checked (``sgdc train --set k=16``; :func:`set_consts`), so the model, its file and its errors all see
    the text with the new values."""
    tree, source, filename = load_ast(spec)
    if consts:
        source = set_consts(tree, source, consts)
        tree = parse(source, filename)
    model = check(tree, source, filename)
    return override_model(model, **overrides) if overrides else model


_NUMBER_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_SIGNED_AT = re.compile(r"-?[ \t]*(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")  # the grammar's signed_number


def set_consts(tree: ast.Spec, source: str, values: dict) -> str:
    """``source`` with the value of each named ``const`` replaced by ``values[name]`` (a number, or its text);
    an unknown name or a value that is not a number is one :class:`UserError`."""
    decls = {st.name.name: st for st in tree.statements if isinstance(st, ast.ConstDecl)}
    edits = []
    for name, value in values.items():
        if name not in decls:
            have = f"its consts: {', '.join(decls)}" if decls else "it declares none"
            raise UserError(f"the spec has no const '{name}' to set ({have})")
        text = str(value).strip()
        if not _NUMBER_TEXT.fullmatch(text):
            raise UserError(f"const {name} = '{value}': not a number")
        edits.append((decls[name].value.loc, text.lstrip("+")))
    lines = source.split("\n")
    for loc, text in sorted(edits, key=lambda e: (e[0].line, e[0].col), reverse=True):  # right to left
        line = lines[loc.line - 1]
        m = _SIGNED_AT.match(line, loc.col - 1)
        if m is None:  # (a number split over lines: nothing the parser makes, but never edit blindly)
            raise UserError(f"--set: cannot find the value of the const at {loc}")
        lines[loc.line - 1] = line[:m.start()] + text + line[m.end():]
    return "\n".join(lines)


def format_ast(spec_ast: ast.Spec) -> str:
    """Canonical source text of a parsed spec."""
    return ast.format_spec(spec_ast)
