"""Files sgdc reads and writes: regular files only, written atomically.

:func:`atomic_write` writes through a temporary file in the target's folder,
flushes and fsyncs it, then ``os.replace``\\ s it over the target: a reader (or
an interrupted run) sees the old file or the new one, never a mix.  Model
files, ``.npz`` data, schedule files and the caches all write this way.  The
rules for the target (see docs/python.md, "Output paths"):

* it must be a regular file or not exist: a device, FIFO, socket or folder is
  refused and left as it is (``--out /dev/null`` never replaces the device);
* a symbolic link is written *through*, like ``cp``: the link stays a link and
  the file it names gets the content (written atomically next to that file).
  A dangling link is refused, and so is a link in a world-writable sticky
  folder (``/tmp``) that belongs to someone else (the kernel's
  ``protected_symlinks`` rule, which a rename would otherwise bypass);
* a new file gets the mode ``open()`` would give it (``0666`` less the umask);
  a file that is replaced keeps its permission bits (and its owner, where the
  process may set it).

:func:`open_regular` opens a file for reading only if it is a regular file
(a FIFO would block, a device or folder is not data), without a race between
the check and the open.
"""
from __future__ import annotations

import errno
import os
import secrets
import stat

from sgdc.errors import UserError

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str | None:
    """What a file of ``st_mode`` ``mode`` is when it is not a regular file ("a directory", ...); None if regular."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_regular(path, what: str = "file"):
    """``path`` opened for binary reading; one :class:`UserError` (starting with the path) unless it is a regular
    file (a symlink to one is fine).

    The path is checked with ``stat`` before it is opened (a FIFO is never opened, so nothing blocks), opened
    with ``O_NONBLOCK`` and checked again on the open descriptor (it may have changed in between).
    """
    path = os.fspath(path)
    try:
        kind = file_kind(os.stat(path).st_mode)
        if kind is None:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0))
            try:
                kind = file_kind(os.fstat(fd).st_mode)
                if kind is None:
                    os.set_blocking(fd, True)
                    return os.fdopen(fd, "rb")
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)
    except FileNotFoundError:
        raise UserError(f"{path}: no such {what}") from None
    except OSError as e:
        raise UserError(f"{path}: cannot read {what}: {e.strerror or e}") from None
    raise UserError(f"{path}: not a {what}: it is {kind}, not a regular file")


def open_input(path):
    """A binary file object reading a user's input ``path`` (a spec, a data file) without waiting on it.

    ``open`` of a named pipe blocks until a writer comes, maybe never: inputs are opened non-blocking (the call
    returns at once), then read blocking as usual, so a pipe without a writer reads as empty and one with a
    writer reads what it writes (``sgdc train --data /dev/stdin``, ``<(zcat data.gz)``).  How much is read is
    bounded by the readers (the spec cap in :mod:`sgdc.frontend.load`, the memory guard of :mod:`sgdc.runtime.memory` in
    :mod:`sgdc.data.loaders`).  ``IsADirectoryError`` for a directory, as ``open`` raises.  Model files, which must
    be regular files, use :func:`open_regular`.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path, what: str, limit: int, name=None) -> bytes:
    """The bytes of a small input file (a spec, a schedule file), at most ``limit``: a larger regular file is
    refused before reading, and anything else (``/dev/stdin``, a pipe, a device such as ``/dev/zero``) is read
    only up to the limit.  ``name``: how the message names the file (default: the path)."""
    name = os.fspath(path) if name is None else name
    cap = f"{limit >> 20} MiB" if limit >= 1 << 20 else f"{limit} bytes"
    kind = what if what.endswith(" file") else f"{what} file"
    try:
        with open_input(path) as f:  # a pipe without a writer reads as empty; open never waits
            st = os.fstat(f.fileno())
            if stat.S_ISREG(st.st_mode) and st.st_size > limit:
                raise UserError(f"{what} '{name}' is {st.st_size} bytes; a {kind} may be at most {cap} "
                                "(is this the right file?)")
            raw = f.read(limit + 1)
    except OSError as e:
        raise UserError(f"cannot read {what} '{name}': {e.strerror or e}") from None
    if len(raw) > limit:
        raise UserError(f"{what} '{name}' goes on past {cap}, the most a {kind} may hold (a device or a "
                        "pipe that does not end?)")
    return raw


def output_target(path, what: str = "file") -> tuple:
    """``(file to replace, its stat or None)`` for writing ``path`` (see the module's rules); else one UserError."""
    path = os.fspath(path)
    try:
        if os.path.islink(path):
            folder = os.stat(os.path.dirname(os.path.abspath(path)))
            owner = os.lstat(path).st_uid
            if (folder.st_mode & stat.S_ISVTX and folder.st_mode & stat.S_IWOTH
                    and owner not in (os.geteuid(), folder.st_uid)):
                raise UserError(f"cannot write {what} {path}: it is a symbolic link in a world-writable sticky "
                                f"folder that belongs to another user (uid {owner}); not following it")
            target = os.path.realpath(path)
            if not os.path.lexists(target) or os.path.islink(target):
                raise UserError(f"cannot write {what} {path}: it is a symbolic link to {os.readlink(path)!r}, "
                                f"which does not exist (a dangling or looping link); not writing through it")
        else:
            target = os.path.abspath(path)
        try:
            st = os.stat(target)
        except FileNotFoundError:
            return target, None
    except OSError as e:
        raise UserError(f"cannot write {what} {path}: {e.strerror or e}") from None
    kind = file_kind(st.st_mode)
    if kind is not None:
        raise UserError(f"cannot write {what} {path}: it is {kind}, not a regular file")
    return target, st


def _temp_file(folder: str) -> tuple:
    """A new ``.sgdc-*.tmp`` file in ``folder``: ``(fd, path)``, created with mode 0666 less the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        name = os.path.join(folder, f".sgdc-{secrets.token_hex(8)}.tmp")
        try:
            return os.open(name, flags, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary file name in {folder}")


def atomic_write(path, write, what: str = "file") -> None:
    """Call ``write(binary_file)`` on a temporary file, then move it to ``path`` (rules: module docstring).

    A target that is not a regular file, or an ``OSError``, is one :class:`UserError` naming the path; any
    other exception (a bug, Ctrl-C) propagates.  The temporary file is removed whatever goes wrong.
    """
    path = os.fspath(path)
    target, old = output_target(path, what)
    try:
        fd, tmp = _temp_file(os.path.dirname(target))
    except OSError as e:
        raise UserError(f"cannot write {what} {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if old is not None:
                _keep_owner_and_mode(fh.fileno(), old)
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if output_target(path, what)[0] != target:  # changed while writing: never replace what was not checked
            raise UserError(f"cannot write {what} {path}: it changed while being written")
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise UserError(f"cannot write {what} {path}: {e.strerror or e}") from None
        raise


def _keep_owner_and_mode(fd: int, old: os.stat_result) -> None:
    """Give the new file the replaced file's owner (where allowed) and permission bits."""
    if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, old.st_uid, old.st_gid)
        except OSError:  # not permitted (not root): the writer owns the new file, as with any rename
            pass
    os.fchmod(fd, stat.S_IMODE(old.st_mode) & 0o777)


def save_figure(fig, path) -> None:
    """Save a matplotlib figure (then close it), atomically and under the rules of :func:`atomic_write`; the
    format comes from the file name's suffix (``.png`` when it has none that matplotlib knows)."""
    import matplotlib.pyplot as plt

    suffix = os.path.splitext(os.fspath(path))[1].lstrip(".").lower()
    fmt = suffix if suffix in fig.canvas.get_supported_filetypes() else "png"
    try:
        atomic_write(path, lambda fh: fig.savefig(fh, format=fmt), "plot")
    finally:
        plt.close(fig)
