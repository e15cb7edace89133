"""Ctrl-C and SIGTERM that are never lost.

Python turns SIGINT into a ``KeyboardInterrupt`` in whatever Python code runs
next.  While LLVM compiles, that can be a ctypes callback (llvmlite's object
cache), where the exception is printed and *ignored*, and the run would go on.
The CLI therefore installs :func:`install`: the handler records the request
before raising, and :func:`check`, called between kernel calls, epochs and
tuning variants, raises it again.  A library user's process keeps Python's own
handlers (nothing is installed on import), and :func:`check` costs one flag
test.
"""
from __future__ import annotations

import signal
import sys
import threading

requested = threading.Event()


def _handler(signum, frame):
    requested.set()
    raise KeyboardInterrupt


def install() -> None:
    """SIGINT and SIGTERM raise ``KeyboardInterrupt`` and stay requested until the process ends; a
    ``KeyboardInterrupt`` that Python could not raise (in a callback) is not printed as a traceback."""
    signal.signal(signal.SIGINT, _handler)
    signal.signal(signal.SIGTERM, _handler)
    previous = sys.unraisablehook

    def hook(unraisable):
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            requested.set()  # raised again at the next check()
            return
        previous(unraisable)

    sys.unraisablehook = hook


def check() -> None:
    """Raise ``KeyboardInterrupt`` if a stop was requested (and perhaps swallowed) since :func:`install`."""
    if requested.is_set():
        raise KeyboardInterrupt
