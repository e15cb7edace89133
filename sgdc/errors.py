"""Errors and source positions.

Three kinds of error, as TACO has them:

* :class:`SpecError`   -- the user's spec is wrong; carries a :class:`Loc` and prints a caret.
* :class:`UserError`   -- any other mistake a user can make (data, arguments, model files).
* :class:`Unsupported` -- a valid request that this version does not implement yet.

Anything else escaping sgdc is an internal bug.
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


class Unsupported(UserError):
    """A valid request that this version of sgdc does not implement yet."""

    def render(self) -> str:
        return f"error: not supported yet: {self}"


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
        head = f"{self.loc}: error: {self.message}" if self.loc else f"error: {self.message}"
        if self.loc is None or self.source is None:
            return head
        lines = self.source.splitlines()
        if not 1 <= self.loc.line <= len(lines):
            return head
        text = lines[self.loc.line - 1].expandtabs(1)
        caret = " " * (max(self.loc.col, 1) - 1) + "^"
        return f"{head}\n    {text}\n    {caret}"
