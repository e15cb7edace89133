"""An on-disk cache of compiled kernel object code.

:class:`sgdc.jit.KernelLibrary` asks this cache before it optimises and
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
An entry is one file ``<key>.o`` holding a small header (magic, length and
SHA-256 of the payload) and the object code.  Entries are written
atomically (a temporary file in the same folder, then ``os.replace``); an
entry that is truncated, corrupt or unreadable is ignored, counted as a
miss, and replaced by the fresh compile.  Any error writing the cache is
ignored too: the cache can only make compiles faster, never fail them.

``stats`` counts hits, misses and writes in this process (the tests use it
to tell a hit from a miss without timing).
"""
from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

FORMAT = 1
MAGIC = b"SGDCOBJ1"
_HEADER = struct.Struct("<8sQ32s")  # magic, payload length, sha256(payload)

stats = {"hits": 0, "misses": 0, "writes": 0, "corrupt": 0}


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


def versions() -> str:
    import llvmlite
    import llvmlite.binding as llvm

    from . import __version__

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


def _path(key: str) -> Path:
    return cache_dir() / f"{key}.o"


def get(key: str) -> bytes | None:
    """The object code stored under ``key``, or None (absent, unreadable or corrupt)."""
    if not enabled():
        return None
    try:
        blob = _path(key).read_bytes()
    except OSError:
        stats["misses"] += 1
        return None
    if len(blob) >= _HEADER.size:
        magic, length, digest = _HEADER.unpack_from(blob)
        payload = blob[_HEADER.size:]
        if magic == MAGIC and length == len(payload) and hashlib.sha256(payload).digest() == digest:
            stats["hits"] += 1
            return payload
    stats["corrupt"] += 1
    stats["misses"] += 1
    return None


def put(key: str, obj: bytes) -> bool:
    """Store ``obj`` under ``key`` atomically; False (and no exception) if it could not be written."""
    if not enabled():
        return False
    from .errors import UserError
    from .fileio import atomic_write

    def write(fh):
        fh.write(_HEADER.pack(MAGIC, len(obj), hashlib.sha256(obj).digest()))
        fh.write(obj)

    try:
        cache_dir().mkdir(parents=True, exist_ok=True)
        atomic_write(_path(key), write, "kernel cache entry")
    except (OSError, UserError):
        return False
    stats["writes"] += 1
    return True


def entries() -> list:
    d = cache_dir()
    try:
        return sorted(p for p in d.iterdir() if p.suffix == ".o" and not p.name.startswith("."))
    except OSError:
        return []


def info() -> dict:
    """Folder, whether enabled, number of entries and their total size in bytes."""
    files = entries()
    size = 0
    for p in files:
        try:
            size += p.stat().st_size
        except OSError:
            pass
    return {"dir": str(cache_dir()), "enabled": enabled(), "entries": len(files), "bytes": size,
            "versions": versions()}


def clear() -> int:
    """Remove every entry (and stray temporary files); returns the number of entries removed."""
    d = cache_dir()
    n = 0
    try:
        items = list(d.iterdir())
    except OSError:
        return 0
    for p in items:
        if p.suffix == ".o" and (p.name.startswith(".tmp-") or len(p.stem) == 64):
            try:
                p.unlink()
                n += 0 if p.name.startswith(".") else 1
            except OSError:
                pass
    return n
