"""Opening a user's input file (a spec, a data file) without waiting on it.

``open`` of a named pipe (FIFO) blocks until a writer comes, maybe never.
Inputs are opened non-blocking (the call returns at once), then read blocking
as usual: a pipe without a writer reads as empty, one with a writer reads what
it writes (``sgdc train --data /dev/stdin``, ``<(zcat data.gz)``).  How much
is read is bounded by the readers (the spec cap in :mod:`sgdc.frontend`, the
memory guard of :mod:`sgdc.memory` in :mod:`sgdc.loaders`).
"""
from __future__ import annotations

import errno
import os
import stat


def open_input(path):
    """A binary file object reading ``path``; ``IsADirectoryError`` for a directory, as ``open`` raises."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
