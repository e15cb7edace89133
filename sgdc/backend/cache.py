"""An on-disk cache of compiled kernel object code, private to the user.

:class:`sgdc.backend.jit.KernelLibrary` asks this cache before it optimises and
compiles a module.  The key is a SHA-256 of everything that decides the
machine code:

* the LLVM IR text of every module in the library (the generated kernels and
  ``runtime/support.ll``), in order;
* the target: triple, CPU name and CPU feature string (``SGDC_TARGET=generic``
  gives a different key than the host CPU);
* the llvmlite version, the LLVM version it was built with, and the sgdc
  version;
* :data:`FORMAT`, bumped when the optimisation pipeline or the entry layout
  changes.

IR generation is cheap (a few milliseconds, see docs/python.md), so the key
is computed from the IR rather than from the spec: whatever the code
generator emits, an unchanged module hits and a changed one misses.

Where: ``$SGDC_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/sgdc``, else
``~/.cache/sgdc``.  ``SGDC_CACHE=0`` (or ``off``) turns the cache off.

Trust.  A cache entry is machine code that the next run executes, so whoever
can write an entry runs code as the next user of sgdc.  Hence:

* The folder (and any missing parent) is created mode 0700.  A folder that
  is not owned by the current user (effective uid) or is writable by group or
  others is refused: the cache is off for that call, with one
  :class:`~sgdc.errors.SgdcWarning` per folder and process saying why and how
  to fix it (as pip and numba refuse a cache folder that is not the user's).
* An entry is opened relative to the checked folder's descriptor, without
  following a symbolic link and without blocking (a FIFO), then ``fstat``-ed:
  only a regular file owned by the user, not writable by group or others, of
  at most :data:`MAX_ENTRY_BYTES` is read, and the read itself stops after
  that many bytes.  Anything else is a miss (warned about once) that the
  fresh compile replaces.
* Each entry carries an HMAC-SHA256 of its key and payload under a random
  per-folder secret (``secret.key``, 0600, made on the first write).  Bytes
  whose MAC does not verify never reach LLVM: a truncated, flipped or forged
  entry is a miss and is replaced.  A verified payload must also look like a
  relocatable object for this machine (:func:`object_problem`: ELF magic,
  64-bit, byte order, machine, section table and every section inside the
  file) before it is loaded; a payload that fails to load or lacks a kernel
  is discarded by the caller (:func:`discard`) and rebuilt.  Loading happens
  in-process: only bytes this user's sgdc wrote get there, and the JIT helper
  process (sgdc/backend/jitworker.py) hands its object code over a private pipe.
* The folder holds at most ``SGDC_CACHE_MAX_BYTES`` (default 256 MiB) of
  entries: a hit touches the entry's mtime, and a write evicts the least
  recently used entries (oldest mtime first) beyond the bound, along with
  temporary files of interrupted writes older than an hour.

Entries are written atomically (a 0600 temporary file, then a rename over
whatever has the entry's name); any error writing the cache is ignored: the
cache can only make compiles faster, never fail them.  ``sgdc cache clear``
removes the entries and every stray temporary file (``.sgdc-*.tmp``, here and
in ``tune/``).

``stats`` counts hits, misses, writes, corrupt and refused entries and
evictions in this process (the tests use it to tell a hit from a miss
without timing).
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import platform
import re
import stat
import struct
import sys
import time
from pathlib import Path

FORMAT = 2
MAGIC = b"SGDCOBJ2"
_HEADER = struct.Struct("<8sQ32s")  # magic, payload length, HMAC-SHA256(secret, magic + key + length + payload)

#: the largest entry file read or written (kernel objects are a few hundred KiB)
MAX_ENTRY_BYTES = 64 << 20
#: default bound on the entries' total size (``SGDC_CACHE_MAX_BYTES``)
DEFAULT_MAX_BYTES = 256 << 20
#: temporary files of interrupted writes older than this are removed when the cache is written
STRAY_SECONDS = 3600.0

SECRET_NAME = "secret.key"
_SECRET_BYTES = 32
_ENTRY = re.compile(r"[0-9a-f]{64}\.o\Z")
# temporary files: this module's and sgdc.data.fileio.atomic_write's (the tune cache's) are ".sgdc-*.tmp",
# those of sgdc before atomic_write ".tmp-*.o"; tests/test_cache.py checks atomic_write against the rule
_TEMP_PREFIX, _TEMP_SUFFIX = ".sgdc-", ".tmp"
_STRAY = re.compile(r"(\.sgdc-.*\.tmp|\.tmp-.*\.o)\Z", re.S)

#: what the checks need: descriptors of folders, opens relative to them, O_NOFOLLOW (POSIX); elsewhere no cache
SUPPORTED = (os.name == "posix" and os.open in os.supports_dir_fd and hasattr(os, "O_NOFOLLOW")
             and hasattr(os, "O_DIRECTORY"))

stats = {"hits": 0, "misses": 0, "writes": 0, "corrupt": 0, "refused": 0, "evicted": 0}
_warned: set = set()  # (folder, kind) pairs already warned about in this process


def enabled() -> bool:
    return os.environ.get("SGDC_CACHE", "1").strip().lower() not in ("0", "off", "no", "false")


def cache_dir() -> Path:
    """The cache folder (not necessarily existing yet)."""
    d = os.environ.get("SGDC_CACHE_DIR")
    if d:
        return Path(d).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and os.path.isabs(os.path.expanduser(xdg)) else Path.home() / ".cache"
    return base / "sgdc"


def max_bytes() -> int:
    """``SGDC_CACHE_MAX_BYTES``: bytes, or a number with K, M or G (binary units); default 256M."""
    from sgdc.errors import UserError
    from sgdc.runtime.memory import parse_size

    text = os.environ.get("SGDC_CACHE_MAX_BYTES", "").strip()
    if not text:
        return DEFAULT_MAX_BYTES
    try:
        return parse_size(text)
    except ValueError:
        raise UserError(f"SGDC_CACHE_MAX_BYTES must be a size in bytes such as 268435456 or 256M, "
                        f"not {text!r}") from None


def versions() -> str:
    import llvmlite
    import llvmlite.binding as llvm

    from sgdc.version import __version__

    llvm_version = ".".join(map(str, llvm.llvm_version_info))
    return f"sgdc {__version__}; llvmlite {llvmlite.__version__}; llvm {llvm_version}; format {FORMAT}"


def make_key(ir_texts, triple: str, cpu: str, features: str, version_text: str | None = None) -> str:
    """The cache key (64 hex digits) of a library's IR modules on one target."""
    h = hashlib.sha256()
    for part in (versions() if version_text is None else version_text, triple, cpu, features):
        h.update(part.encode())
        h.update(b"\0")
    for text in ir_texts:
        b = text.encode()
        h.update(str(len(b)).encode() + b"\0")
        h.update(b)
    return h.hexdigest()


def _name(key: str) -> str:
    """The entry's file name; a key is 64 lowercase hex digits (:func:`make_key`), never a path."""
    name = f"{key}.o"
    if not _ENTRY.match(name):
        raise ValueError(f"not a kernel cache key: {key!r}")
    return name


def _path(key: str) -> Path:
    return cache_dir() / _name(key)


# -- trust checks ------------------------------------------------------------------------------

def _warn(folder, kind: str, message: str) -> None:
    """One warning per folder, kind and process."""
    if (str(folder), kind) in _warned:
        return
    _warned.add((str(folder), kind))
    from sgdc.errors import warn

    warn(message)


def _who(st) -> str | None:
    """Why a file with this stat may not be trusted (None: it may)."""
    if st.st_uid != os.geteuid():
        return f"is owned by uid {st.st_uid}, not by the current user (uid {os.geteuid()})"
    if st.st_mode & 0o022:
        who = {0o022: "group and others", 0o020: "group", 0o002: "others"}[st.st_mode & 0o022]
        return f"is writable by {who} (mode {stat.S_IMODE(st.st_mode):04o})"
    return None


def _open_dir(create: bool) -> int | None:
    """A descriptor of the checked cache folder, or None (missing, unusable or refused, then warned)."""
    if not SUPPORTED:
        return None
    d = cache_dir()
    if create:
        make_private_dirs(d)
    try:
        fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return None  # missing or not a folder: the cache is simply skipped, as a folder that cannot be made
    try:
        why = _who(os.fstat(fd))
    except OSError:
        why = "cannot be examined"
    if why is None:
        return fd
    os.close(fd)
    stats["refused"] += 1
    _warn(d, "folder", f"kernel cache off: the folder {d} {why}; anyone who can write there could make sgdc run "
                       f"their code. Use a folder of your own that only you can write (chmod 700 it, or point "
                       f"SGDC_CACHE_DIR at another folder), or set SGDC_CACHE=off.")
    return None


def make_private_dirs(d: Path) -> None:
    """Create ``d`` and its missing parents mode 0700 (whatever the umask); errors are left to the open."""
    missing = []
    p = d
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for p in reversed(missing):
        try:
            os.mkdir(p, 0o700)
        except FileExistsError:
            continue  # another process made it: its mode is checked when it is opened
        except OSError:
            return
        with contextlib.suppress(OSError):
            os.chmod(p, 0o700)  # a umask with owner bits cannot take them away


def _read_checked(dfd: int, name: str, limit: int, touch: bool = False, secret: bool = False):
    """(bytes, problem): the file ``name`` in the folder, read only if it is a regular file of ours of at
    most ``limit`` bytes (and, for a ``secret``, readable by no one else).  problem is None (read), "absent",
    or why it was not read.  ``touch`` sets its mtime to now (a hit is recent use: eviction goes by mtime)."""
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC, dir_fd=dfd)
    except FileNotFoundError:
        return None, "absent"
    except OSError as e:
        return None, "is a symbolic link" if e.errno == errno.ELOOP else f"cannot be opened ({e.strerror})"
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, "is not a regular file"
        why = _who(st)
        if why is not None:
            return None, why
        if secret and st.st_mode & 0o077:
            return None, f"is readable by group or others (mode {stat.S_IMODE(st.st_mode):04o})"
        if st.st_size > limit:
            return None, f"is larger than {limit} bytes"
        chunks, total = [], 0
        while total <= limit:
            b = os.read(fd, min(1 << 20, limit + 1 - total))
            if not b:
                break
            chunks.append(b)
            total += len(b)
        if total > limit:
            return None, f"is larger than {limit} bytes"
        if touch:
            with contextlib.suppress(OSError):
                os.utime(fd)
        return b"".join(chunks), None
    except OSError as e:
        return None, f"cannot be read ({e.strerror})"
    finally:
        os.close(fd)


def _write_private(dfd: int, name: str, data: bytes, replace: bool = True) -> None:
    """Write ``data`` to ``name`` in the folder atomically: a new 0600 temporary file (``.sgdc-*.tmp``), fsync,
    then a rename over whatever ``name`` is (a symbolic link, FIFO or file of another owner is replaced, never
    followed or kept).  ``replace=False`` leaves an existing ``name`` alone (FileExistsError).

    Not :func:`sgdc.data.fileio.atomic_write`: that one writes user-named outputs, through symbolic links, keeping
    the replaced file's owner and mode, which is right for a model file and wrong for a private cache.
    """
    tmp = f"{_TEMP_PREFIX}{os.urandom(8).hex()}{_TEMP_SUFFIX}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600, dir_fd=dfd)
    try:
        try:
            os.fchmod(fd, 0o600)  # whatever the umask
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if replace:
            os.replace(tmp, name, src_dir_fd=dfd, dst_dir_fd=dfd)
        else:
            os.link(tmp, name, src_dir_fd=dfd, dst_dir_fd=dfd, follow_symlinks=False)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=dfd)  # after a rename: already gone


def _secret(dfd: int, folder, create: bool) -> bytes | None:
    """The folder's HMAC secret; made (0600) when missing or untrustworthy and ``create``."""
    data, why = _read_checked(dfd, SECRET_NAME, _SECRET_BYTES, secret=True)
    if why is None and len(data) == _SECRET_BYTES:
        return data
    if not create:
        return None
    if why != "absent":
        _warn(folder, "secret", f"kernel cache: replaced {os.path.join(folder, SECRET_NAME)}, which "
                                f"{why or 'has the wrong size'}; the entries signed with it will be rebuilt.")
    try:
        _write_private(dfd, SECRET_NAME, os.urandom(_SECRET_BYTES), replace=why != "absent")
    except FileExistsError:
        pass  # another process made it first: use its secret
    except OSError:
        return None
    data, why = _read_checked(dfd, SECRET_NAME, _SECRET_BYTES, secret=True)
    return data if why is None and len(data) == _SECRET_BYTES else None


def _mac(secret: bytes, key: str, payload: bytes) -> bytes:
    m = hmac.new(secret, MAGIC + key.encode() + struct.pack("<Q", len(payload)), hashlib.sha256)
    m.update(payload)
    return m.digest()


_ELF_MACHINES = {"x86_64": 62, "amd64": 62, "aarch64": 183, "arm64": 183, "ppc64le": 21, "s390x": 22,
                 "riscv64": 243}


def object_problem(obj: bytes) -> str | None:
    """Why ``obj`` is not a relocatable ELF object for this machine that LLVM can load safely (None: it is).

    A cheap structural check before bytes go near LLVM, whose object loader aborts or crashes on a section
    table that points outside the file.  Not a proof: the MAC is what keeps others' bytes out.
    """
    n = len(obj)
    if n < 64 or obj[:4] != b"\x7fELF":
        return "not an ELF object"
    if obj[4] != 2 or obj[6] != 1:
        return "not a 64-bit ELF object"
    order = "<" if obj[5] == 1 else ">" if obj[5] == 2 else None
    if order is None or (order == "<") != (sys.byteorder == "little"):
        return "not in this machine's byte order"
    e_type, e_machine = struct.unpack_from(order + "HH", obj, 16)
    e_shoff, = struct.unpack_from(order + "Q", obj, 40)
    e_ehsize, _phentsize, _phnum, e_shentsize, e_shnum, e_shstrndx = struct.unpack_from(order + "6H", obj, 52)
    if e_type != 1:
        return "not a relocatable object"
    want = _ELF_MACHINES.get(platform.machine().lower())
    if want is not None and e_machine != want:
        return f"for machine {e_machine}, not this one ({want})"
    if e_ehsize != 64 or e_shentsize != 64 or not 0 < e_shnum or not e_shstrndx < e_shnum:
        return "a malformed ELF header"
    if e_shoff < 64 or e_shoff + e_shnum * 64 > n:
        return "a section table outside the file"
    for i in range(e_shnum):
        _name, sh_type, _flags, _addr, sh_offset, sh_size, sh_link, _info, _align, _entsize = struct.unpack_from(
            order + "IIQQQQIIQQ", obj, e_shoff + 64 * i)
        if sh_type not in (0, 8) and sh_offset + sh_size > n:  # SHT_NULL and SHT_NOBITS take no bytes
            return f"section {i} outside the file"
        if sh_link >= e_shnum:
            return f"section {i} linked to a section that does not exist"
    return None


# -- the cache ---------------------------------------------------------------------------------

def get(key: str) -> bytes | None:
    """The object code stored under ``key``, or None (absent, untrusted, unreadable or corrupt: a miss)."""
    name = _name(key)
    if not enabled():
        return None
    dfd = _open_dir(create=False)
    if dfd is None:
        stats["misses"] += 1
        return None
    try:
        blob, why = _read_checked(dfd, name, MAX_ENTRY_BYTES, touch=True)
        if why is not None:
            stats["misses"] += 1
            if why != "absent":
                stats["refused"] += 1
                d = cache_dir()
                _warn(d, "entry", f"kernel cache: ignored the entry {d / name}, which {why}; the fresh "
                                  f"compile replaces it (`sgdc cache clear` empties the cache).")
            return None
        secret = _secret(dfd, cache_dir(), create=False)
    finally:
        os.close(dfd)
    if secret is not None and len(blob) >= _HEADER.size:
        magic, length, mac = _HEADER.unpack_from(blob)
        payload = blob[_HEADER.size:]
        if (magic == MAGIC and length == len(payload) and hmac.compare_digest(mac, _mac(secret, key, payload))
                and object_problem(payload) is None):
            stats["hits"] += 1
            return payload
    stats["corrupt"] += 1
    stats["misses"] += 1
    return None


def put(key: str, obj: bytes) -> bool:
    """Store ``obj`` under ``key`` atomically, then keep the cache under its bound; False (and no exception)
    if it was not written.  A ``SGDC_CACHE_MAX_BYTES`` that is not a size is a UserError."""
    name = _name(key)
    if not enabled():
        return False
    bound = max_bytes()
    size = _HEADER.size + len(obj)
    if size > min(bound, MAX_ENTRY_BYTES) or object_problem(obj) is not None:
        return False
    dfd = _open_dir(create=True)
    if dfd is None:
        return False
    try:
        secret = _secret(dfd, cache_dir(), create=True)
        if secret is None:
            return False
        try:
            _write_private(dfd, name, _HEADER.pack(MAGIC, len(obj), _mac(secret, key, obj)) + obj)
        except OSError:
            return False
        stats["writes"] += 1
        _evict(dfd, bound, keep=name)
    finally:
        os.close(dfd)
    return True


def discard(key: str) -> None:
    """Remove the entry under ``key`` (one that verified but would not load)."""
    with contextlib.suppress(OSError):
        _path(key).unlink()


def _scan(dfd: int):
    """(entries, strays): lists of (name, size, mtime) of the folder's entries and of the stray temporary files
    in it and in its subfolders (the tune cache's ``tune/``; a name relative to the folder)."""
    entries, strays = [], []
    with os.scandir(dfd) as it:
        for e in it:
            with contextlib.suppress(OSError):
                if _ENTRY.match(e.name) or _STRAY.match(e.name):
                    st = e.stat(follow_symlinks=False)
                    (entries if _ENTRY.match(e.name) else strays).append((e.name, st.st_size, st.st_mtime))
                elif e.is_dir(follow_symlinks=False):
                    sub = os.open(e.name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=dfd)
                    try:
                        with os.scandir(sub) as inner:
                            for f in inner:
                                if _STRAY.match(f.name):
                                    st = f.stat(follow_symlinks=False)
                                    strays.append((f"{e.name}/{f.name}", st.st_size, st.st_mtime))
                    finally:
                        os.close(sub)
    return entries, strays


def _evict(dfd: int, bound: int, keep: str) -> None:
    """Remove the least recently used entries until the rest fit in ``bound`` (never ``keep``), and the
    temporary files of writes interrupted more than :data:`STRAY_SECONDS` ago."""
    try:
        entries, strays = _scan(dfd)
    except OSError:
        return
    now = time.time()
    for name, _size, mtime in strays:
        if now - mtime > STRAY_SECONDS:
            with contextlib.suppress(OSError):
                os.unlink(name, dir_fd=dfd)
    total = sum(size for _name, size, _mtime in entries)
    for name, size, _mtime in sorted(entries, key=lambda e: e[2]):
        if total <= bound:
            break
        if name == keep:
            continue
        try:
            os.unlink(name, dir_fd=dfd)
        except FileNotFoundError:
            pass  # another process evicted it
        except OSError:
            continue
        total -= size
        stats["evicted"] += 1


def entries() -> list:
    try:
        return sorted(p for p in cache_dir().iterdir() if _ENTRY.match(p.name))
    except OSError:
        return []


def folder_problem(d: Path) -> str | None:
    """Why the folder ``d`` may not hold cached things (not ours, writable by others), or None."""
    try:
        return _who(os.stat(d))
    except OSError:
        return None


def info() -> dict:
    """Folder, whether enabled, why it is refused (or None), number of entries and their total size in
    bytes, stray temporary files, the size bound and the versions in the key."""
    d = cache_dir()
    problem = folder_problem(d)
    es, strays = [], []
    with contextlib.suppress(OSError):
        fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            es, strays = _scan(fd)
        finally:
            os.close(fd)
    return {"dir": str(d), "enabled": enabled(), "refused": None if problem is None else f"{d} {problem}",
            "entries": len(es), "bytes": sum(s for _n, s, _t in es), "temporaries": len(strays),
            "max_bytes": max_bytes(), "versions": versions()}


def clear() -> dict:
    """Remove every entry and every stray temporary file; returns how many of each were removed.

    The folder's secret stays (it signs the entries written from now on).  Works on a refused folder too:
    removing files can only take code out of it.
    """
    d = cache_dir()
    removed = {"entries": 0, "temporaries": 0}
    try:
        fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return removed
    try:
        entries, strays = _scan(fd)
        for kind, items in (("entries", entries), ("temporaries", strays)):
            for name, _size, _mtime in items:
                try:
                    os.unlink(name, dir_fd=fd)  # a symbolic link is removed, never followed
                except OSError:
                    continue
                removed[kind] += 1
    except OSError:
        pass
    finally:
        os.close(fd)
    return removed
