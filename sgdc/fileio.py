"""Atomic file writes: nothing is lost, nothing is half-written.

:func:`atomic_write` writes through a temporary file in the target's folder,
flushes and fsyncs it, then ``os.replace``\\ s it over the target: a reader (or
an interrupted run) sees the old file or the new one, never a mix.  Model
files, ``.npz`` data and the kernel cache all write this way.
"""
from __future__ import annotations

import os
import tempfile

from .errors import UserError


def atomic_write(path, write, what: str = "file") -> None:
    """Call ``write(binary_file)`` on a temporary file, then move it to ``path``.

    An ``OSError`` becomes one :class:`UserError` naming the path; any other
    exception (a bug, Ctrl-C) propagates after the temporary file is removed.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path)) or "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=".sgdc-", suffix=".tmp", dir=folder)
    except OSError as e:
        raise UserError(f"cannot write {what} {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise UserError(f"cannot write {what} {path}: {e.strerror or e}") from None
        raise


def save_figure(fig, path) -> None:
    """Save a matplotlib figure (then close it); a path that cannot be written is one UserError."""
    import matplotlib.pyplot as plt

    try:
        fig.savefig(path)
    except OSError as e:
        raise UserError(f"cannot write plot {path}: {e.strerror or e}") from None
    finally:
        plt.close(fig)
