"""Errors and source positions.

The kinds of error, as TACO has them:

* :class:`SpecError`     -- the user's spec is wrong; carries a :class:`Loc` and prints a caret.
* :class:`UserError`     -- any other mistake a user can make (data, arguments, model files).
* :class:`Unsupported`   -- a valid request that this version does not implement yet (not the user's mistake).
* :class:`InternalError` -- a broken invariant inside sgdc: a bug, never the user's doing.

The first three are :class:`SgdcError` (the CLI prints one line and exits 1); an internal error prints one line
that asks for a report and exits 70 (``SGDC_TRACEBACK=1`` shows the traceback).  Anything else escaping sgdc is
a bug too.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Loc:
    """A position in a source text: 1-based line and column."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


class SgdcError(Exception):
    """Base class of every error sgdc raises on purpose."""

    def render(self) -> str:
        return f"error: {self}"


class UserError(SgdcError):
    """A user mistake outside the spec text (data, arguments, files)."""


class Unsupported(SgdcError):
    """A valid request that this version of sgdc does not implement yet; ``loc`` (with the spec's ``source``):
    where the spec asked for it, when it did (a schedule field it set), shown with a caret."""

    def __init__(self, message: str, loc: Loc | None = None, source: str | None = None):
        self.message = message
        self.loc = loc
        self.source = source
        super().__init__(message)

    def render(self) -> str:
        return render_at("error", f"not supported yet: {self.message}", self.loc, self.source)


class InternalError(AssertionError):
    """A broken invariant inside sgdc (a bug).  An ``AssertionError``, so that nothing that catches an
    :class:`SgdcError` (a user's mistake) swallows it."""

    def render(self) -> str:
        return (f"sgdc: internal error: {self}\nThis is a bug in sgdc, not in your input: please report it with "
                f"the command that caused it (SGDC_TRACEBACK=1 shows where it happened).")


def render_at(kind: str, message: str, loc: Loc | None, source: str | None) -> str:
    """``file:line:col: kind: message``, then the source line and a caret under the column (when known)."""
    head = f"{loc}: {kind}: {message}" if loc else f"{kind}: {message}"
    if loc is None or source is None:
        return head
    lines = source.splitlines()
    if not 1 <= loc.line <= len(lines):
        return head
    text = lines[loc.line - 1].expandtabs(1)
    caret = " " * (max(loc.col, 1) - 1) + "^"
    return f"{head}\n    {text}\n    {caret}"


@dataclass(frozen=True)
class SpecWarning:
    """Something valid in a spec that is likely not what was meant (``sgdc check`` prints these)."""

    message: str
    loc: Loc | None
    source: str | None = None

    def __str__(self) -> str:
        return f"{self.loc}: {self.message}" if self.loc else self.message

    def render(self) -> str:
        return render_at("warning", self.message, self.loc, self.source)


class SpecError(SgdcError):
    """An error in a spec, with the position it refers to.

    ``str(err)`` is ``file:line:col: message``; :meth:`render` adds the source
    line and a caret under the column.
    """

    def __init__(self, message: str, loc: Loc | None, source: str | None = None):
        self.message = message
        self.loc = loc
        self.source = source
        super().__init__(f"{loc}: {message}" if loc else message)

    def render(self) -> str:
        return render_at("error", self.message, self.loc, self.source)


class SgdcWarning(UserWarning):
    """Something the user should know that is not an error: a value sgdc capped, data that lost precision.

    Issued through :func:`warn` (a Python warning from the API; ``sgdc train`` prints it as ``warning: ...``
    and lists it under ``warnings`` in ``--json``).
    """


def warn(message: str) -> None:
    """Issue an :class:`SgdcWarning`, attributed to the first caller outside the sgdc package."""
    import os
    import sys
    import warnings

    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    frame, level = sys._getframe(1), 2
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(here):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, SgdcWarning, stacklevel=level)
