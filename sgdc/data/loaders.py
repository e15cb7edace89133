"""Data loaders: svmlight, ratings, CSV and npz files, plus label/id mappings.

Every mistake in a file or an argument is a :class:`sgdc.errors.UserError` whose
message starts with the file name as the caller gave it and, where it applies,
the 1-based line: ``a9a.txt:17: bad feature 'x:1' (expected INDEX:VALUE)``.
No numpy/scipy traceback escapes, and nothing is allocated in proportion to a
feature index or an id value.

See ``docs/data.md`` for the formats and every decision taken here.
"""
from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import math
import os
import re
import stat
import zipfile
import zlib

import numpy as np
import scipy.sparse as sp

from sgdc.runtime import memory
from sgdc.errors import UserError
from sgdc.data.fileio import open_input

__all__ = [
    "MAX_INDEX",
    "load_svmlight",
    "load_ratings",
    "load_csv",
    "load_npz",
    "save_npz",
    "detect_format",
    "binary_labels",
    "class_labels",
    "IdMap",
    "scipy_compatible",
]

#: The first bytes of sgdc's binary data file (:mod:`sgdc.data.binary`, which builds on this module).
BINARY_MAGIC = b"SGDCDATA"

#: The largest feature index (as written in the file) that svmlight accepts.
MAX_INDEX = 2**31 - 2

_CHUNK = 1 << 20  # bytes of text parsed per vectorised step (a piece: its temporaries are some ten times that)
_READ = 8 << 20  # bytes read (or decompressed) per step, each checked for NUL bytes and against the memory guard
_TEXT_FACTOR = 2  # a text file in memory, and at least as much again for what is parsed from it
_CELL_BYTES = 80  # a CSV or ratings cell while parsed: its bytes object (~48), list slots, its numpy copies
_WS = bytes.maketrans(b"\t\r\x0b\x0c", b"    ")
_NUM_RE = re.compile(
    rb"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)\Z", re.IGNORECASE
)
_INT_RE = re.compile(rb"[+-]?\d+\Z")


# ---------------------------------------------------------------------------
# Reading bytes
# ---------------------------------------------------------------------------


def _name(path) -> str:
    return os.fspath(path) if not isinstance(path, bytes) else path.decode(errors="replace")


def _show(tok: bytes, limit: int = 40) -> str:
    s = tok.decode("utf-8", errors="replace")
    return s if len(s) <= limit else s[: limit - 3] + "..."


def _compression(raw: bytes, name: str) -> str | None:
    if raw[:2] == b"\x1f\x8b":
        return "gzip"
    if raw[:3] == b"BZh" and raw[3:4] in b"123456789" and raw[4:10] in (b"1AY&SY", b"\x17rE8P\x90"):
        return "bzip2"
    if raw[:6] == b"\xfd7zXZ\x00":
        return "xz"
    low = name.lower()
    if low.endswith(".gz"):
        return "gzip"
    if low.endswith(".bz2"):
        return "bzip2"
    if low.endswith(".xz"):
        return "xz"
    return None


class _Prefixed(io.RawIOBase):
    """A file that cannot seek (a pipe, a device) with the bytes already read from it put back in front."""

    def __init__(self, head: bytes, f):
        self._head, self._f = head, f

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head:
            k = min(len(b), len(self._head))
            b[:k] = self._head[:k]
            self._head = self._head[k:]
            return k
        return self._f.readinto(b)


def _decompressing(kind: str, f):
    if kind == "gzip":
        return gzip.GzipFile(fileobj=f, mode="rb")
    if kind == "bzip2":
        return bz2.BZ2File(f, "rb")
    return lzma.LZMAFile(f, "rb")


def _read_bytes(path, head: int | None = None) -> bytes:
    """The file's bytes, decompressed when gzip/bzip2/xz (by magic bytes or extension), read within bounds.

    ``head``: read at most that many bytes.  Otherwise the memory guard (:mod:`sgdc.runtime.memory`) bounds the read:
    holding the text and parsing it takes at least twice its size (``_TEXT_FACTOR``), so a regular file is
    checked by its size before it is read, and a stream (decompressed data, a pipe, a device) as it grows,
    ``_READ`` bytes at a time: a decompression bomb or an endless device stops with the size reached.  A NUL
    byte (binary data) stops the read at the chunk that holds it.
    """
    def read(src, kind, size, name):
        budget = memory.Budget()
        if kind is None:
            if head is None and size:  # a regular file: checked whole, then read in one piece
                budget.check(f"{name}: holding and parsing its {memory.fmt(size)} of text", _TEXT_FACTOR * size)
            return _drain(src, name, budget, head, size or _READ, checked=size or 0)
        return _drain(src, name, budget, head, _READ, kind, size)

    return _with_input(path, read)


def _with_input(path, use):
    """``use(stream, compression, size, name)`` on the file's (decompressed) byte stream: the opening, the
    sniffing of compression and every read error, as one :class:`UserError` naming the file.  ``use`` may be a
    generator function: its pieces are yielded, read inside the same guards."""
    import inspect

    name = _name(path)
    try:
        f = open_input(path)
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{name}: is a directory, not a data file") from None
    except OSError as e:
        raise UserError(f"{name}: cannot read: {e.strerror or e}") from None
    kind = None
    gen = inspect.isgeneratorfunction(use)

    def body():
        nonlocal kind
        with f:
            try:
                st = os.fstat(f.fileno())
                size = st.st_size if stat.S_ISREG(st.st_mode) else None
                magic = f.read(10)
                kind = _compression(magic, name)
                if f.seekable():
                    f.seek(0)
                    src = f
                else:
                    src = io.BufferedReader(_Prefixed(magic, f))
                if stat.S_ISFIFO(st.st_mode) and not magic:
                    raise UserError(f"{name}: a pipe with nothing to read (no writer, or it wrote nothing)")
                if kind is None:
                    if gen:
                        yield from use(src, None, size, name)
                        return
                    return use(src, None, size, name)
                with _decompressing(kind, src) as d:
                    if gen:
                        yield from use(d, kind, size, name)
                        return
                    return use(d, kind, size, name)
            except UserError:
                raise
            except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError) as e:
                if kind is None:
                    raise UserError(f"{name}: cannot read: {getattr(e, 'strerror', None) or e}") from None
                raise UserError(f"{name}: corrupt or truncated {kind} data ({e})") from None

    it = body()
    if gen:
        return it
    try:
        next(it)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("unreachable")  # (body yields only for generator users)


def _text_pieces(path, size: int = _CHUNK):
    """The file's text as ``(piece, line0)``: pieces of about ``size`` bytes that end at a line end (the last
    one where the file ends), decompressed, each checked for NUL bytes and UTF-8 as it comes (the line named),
    a leading UTF-8 BOM dropped; ``line0`` is the number of lines before the piece.  Never more than a piece
    and a line of text in memory: the loaders parse piece by piece into their final arrays (bounded loading,
    docs/data.md)."""
    def pieces(src, kind, fsize, name):
        budget = memory.Budget()
        carry, line0, first = b"", 0, True
        while True:
            chunk = src.read(size)
            if not chunk:
                break
            k = chunk.find(b"\x00")
            if k >= 0:
                line = line0 + carry.count(b"\n") + chunk.count(b"\n", 0, k) + 1
                raise UserError(f"{name}:{line}: binary data (NUL byte); expected a text file")
            buf = carry + chunk if carry else chunk
            cut = buf.rfind(b"\n") + 1
            if cut == 0:  # a line longer than a piece: held until it ends
                carry = buf
                budget.check(f"{name}: line {line0 + 1}, {memory.fmt(len(carry))} long so far,", _TEXT_FACTOR * len(carry))
                continue
            piece, carry = buf[:cut], buf[cut:]
            if first:
                piece, first = _no_bom(piece), False
            yield _check_text(piece, name, line0), line0
            line0 += piece.count(b"\n")
        if carry:
            if first:
                carry = _no_bom(carry)
            yield _check_text(carry, name, line0), line0

    return _with_input(path, pieces)


def _no_bom(buf: bytes) -> bytes:
    return buf[3:] if buf.startswith(b"\xef\xbb\xbf") else buf


def _drain(src, name: str, budget, head: int | None, first: int, kind: str | None = None,
           packed: int | None = None, checked: int = 0) -> bytes:
    """Read ``src`` to its end (or ``head`` bytes), checking each chunk for NUL bytes and, without ``head``, the
    growing total against ``budget`` (once past ``checked``, what was checked before the read)."""
    chunks: list = []
    total, want = 0, max(first, 1)
    while head is None or total < head:
        chunk = src.read(want if head is None else min(want, head - total))
        want = _READ
        if not chunk:
            break
        k = chunk.find(b"\x00")
        if k >= 0:
            line = sum(c.count(b"\n") for c in chunks) + chunk.count(b"\n", 0, k) + 1
            raise UserError(f"{name}:{line}: binary data (NUL byte); expected a text file")
        chunks.append(chunk)
        total += len(chunk)
        if head is None and total > checked:
            where = (f"its {kind} data, expanded to {memory.fmt(total)} so far"
                     + (f" (from a {memory.fmt(packed)} file)" if packed else "") if kind else
                     f"{memory.fmt(total)} of text read so far, still growing")
            budget.check(f"{name}: holding and parsing {where},", _TEXT_FACTOR * total)
    return b"".join(chunks)


def _check_text(buf: bytes, name: str, line0: int = 0) -> bytes:
    """Reject non-UTF-8 bytes, naming the line (``line0`` lines come before ``buf``).  (A NUL byte, binary
    data, stops the read: :func:`_drain`.)"""
    if not buf.isascii():
        try:
            buf.decode("utf-8")
        except UnicodeDecodeError as e:
            line = line0 + buf.count(b"\n", 0, e.start) + 1
            raise UserError(
                f"{name}:{line}: not UTF-8 text (byte 0x{buf[e.start]:02x}); expected a text file"
            ) from None
    return buf


def _read_text(path) -> tuple[bytes, str]:
    name = _name(path)
    return _check_text(_no_bom(_read_bytes(path)), name), name


def _big_int(digits: bytes, limit: int) -> bool:
    """Is the unsigned decimal ``digits`` larger than ``limit``?  Decided by length first:
    Python refuses ``int()`` of more than 4,300 digits, and a 10 MB index is still just too large."""
    d = digits.lstrip(b"0")
    if len(d) > len(str(limit)):
        return True
    return int(d or b"0") > limit


def _chunks(buf: bytes, size: int = _CHUNK):
    """(start, end) byte ranges of ``buf`` that end at a line boundary."""
    n, pos = len(buf), 0
    while pos < n:
        end = min(pos + size, n)
        if end < n:
            nl = buf.find(b"\n", end - 1)
            end = n if nl < 0 else nl + 1
        yield pos, end
        pos = end


def _tokens(a: np.ndarray):
    """Token starts, ends and 0-based line of each token, in a uint8 text array
    whose only whitespace is ' ' and '\\n'."""
    space = (a == 32) | (a == 10)
    solid = ~space
    before = np.empty_like(space)
    before[0] = True
    before[1:] = space[:-1]
    after = np.empty_like(space)
    after[-1] = True
    after[:-1] = space[1:]
    starts = np.flatnonzero(solid & before)
    ends = np.flatnonzero(solid & after) + 1
    newlines = np.flatnonzero(a == 10)
    lines = np.searchsorted(newlines, starts)
    return starts, ends, lines


# ---------------------------------------------------------------------------
# svmlight
# ---------------------------------------------------------------------------


class _SvmChunk:
    __slots__ = ("labels", "ex_lines", "rows", "idx", "vals")


def _svm_locate(chunk: bytes, line0: int, name: str) -> None:
    """Slow path: find and raise the first error in ``chunk`` (already cleaned)."""
    for k, line in enumerate(chunk.split(b"\n")):
        toks = line.split()
        if not toks:
            continue
        where = f"{name}:{line0 + k + 1}"
        lab = toks[0]
        if b":" in lab:
            raise UserError(f"{where}: missing label (the line starts with feature '{_show(lab)}')")
        if not _NUM_RE.match(lab):
            raise UserError(f"{where}: bad label '{_show(lab)}' (expected a number)")
        if not np.isfinite(float(lab)):
            raise UserError(f"{where}: bad label '{_show(lab)}' (not a finite number)")
        for tok in toks[1:]:
            idx, colon, val = tok.partition(b":")
            if not colon or not idx or not val or b":" in val:
                raise UserError(f"{where}: bad feature '{_show(tok)}' (expected INDEX:VALUE)")
            if idx[:1] == b"-" and idx[1:].isdigit():
                raise UserError(f"{where}: negative feature index in '{_show(tok)}'")
            if not idx.isdigit():
                raise UserError(f"{where}: bad feature '{_show(tok)}' (expected INDEX:VALUE)")
            if _big_int(idx, MAX_INDEX):
                raise UserError(
                    f"{where}: feature index {_show(idx.lstrip(b'0') or b'0')} too large (at most {MAX_INDEX})"
                )
            if not _NUM_RE.match(val):
                raise UserError(f"{where}: bad value in feature '{_show(tok)}' (expected a number)")
            if not np.isfinite(float(val)):
                raise UserError(f"{where}: feature '{_show(tok)}' has a non-finite value")
    # The fast path saw a problem the slow path cannot name: still never a traceback.
    raise UserError(f"{name}:{line0 + 1}: cannot parse svmlight data in this part of the file")


def _svm_chunk(chunk: bytes, line0: int, name: str) -> _SvmChunk | None:
    a = np.frombuffer(chunk, dtype=np.uint8)
    starts, ends, tline = _tokens(a)
    ntok = starts.size
    if ntok == 0:
        return None
    first = np.empty(ntok, dtype=bool)
    first[0] = True
    first[1:] = tline[1:] != tline[:-1]
    feat = ~first
    colons = np.flatnonzero(a == 58)
    ctok = np.searchsorted(starts, colons, side="right") - 1
    ncolon = np.bincount(ctok, minlength=ntok)
    if ((ncolon != 0) & first).any() or ((ncolon != 1) & feat).any():
        _svm_locate(chunk, line0, name)
    fstart = starts[feat]
    fend = ends[feat]
    # exactly one colon per feature token, none in labels: colons line up with fstart
    if colons.size and ((colons == fstart).any() or (colons == fend - 1).any()):
        _svm_locate(chunk, line0, name)
    ilen = colons - fstart
    if ilen.size and ilen.max() > 15:
        _svm_locate(chunk, line0, name)
    # indices: vectorised over digit positions (at most 15 passes)
    idx = np.zeros(fstart.size, dtype=np.int64)
    blank = a.copy()
    blank[colons] = 32
    maxlen = int(ilen.max()) if ilen.size else 0
    for k in range(maxlen):
        m = ilen > k
        pos = np.where(m, fstart + k, colons)  # past its index: point at the colon
        d = a[pos].astype(np.int64) - 48
        if (((d < 0) | (d > 9)) & m).any():
            _svm_locate(chunk, line0, name)
        idx = np.where(m, idx * 10 + d, idx)
        blank[pos] = 32
    try:
        nums = np.fromstring(blank.tobytes(), dtype=np.float64, sep=" ")
    except ValueError:
        _svm_locate(chunk, line0, name)
    if nums.size != ntok:
        _svm_locate(chunk, line0, name)
    big = idx > MAX_INDEX
    if big.any():
        _svm_locate(chunk, line0, name)
    if not np.isfinite(nums).all():
        _svm_locate(chunk, line0, name)
    out = _SvmChunk()
    out.labels = nums[first]
    out.vals = nums[feat]
    out.idx = idx
    out.ex_lines = line0 + tline[first] + 1
    out.rows = (np.cumsum(first) - 1)[feat]
    return out


def load_svmlight(path, n_features: int | None = None, zero_based="auto", with_weights: bool = False):
    """Load an svmlight/libsvm file: ``label idx:val idx:val ... [# comment]``.

    Returns ``(X, y)``: ``X`` a ``scipy.sparse.csr_matrix`` of float32 with int32
    ``indices`` and int64 ``indptr`` (canonical: sorted indices, no duplicates,
    no explicit zeros), ``y`` a float64 array of labels.

    ``zero_based``: ``"auto"`` (one-based unless an index 0 occurs, then zero-based),
    ``False`` (one-based; index 0 is an error) or ``True``.  ``n_features``: the
    number of columns; an index beyond it is an error.  Default: the largest index
    seen + 1.  ``qid:`` tokens are ignored, duplicate indices in a row are summed,
    unsorted indices are sorted, explicit zeros are dropped; gzip/bzip2/xz input is
    decompressed (by extension or magic bytes).

    An example's weight is SVMlight's ``cost:<value>`` token (after the label; 1 where a line has none);
    ``with_weights=True`` returns ``(X, y, w)`` with ``w`` float64, or None when no line has one.  Without
    it the tokens are skipped.
    """
    name = _name(path)
    if zero_based not in ("auto", True, False):
        raise UserError(f"zero_based must be 'auto', True or False, not {zero_based!r}")
    if n_features is not None:
        if isinstance(n_features, bool) or not isinstance(n_features, (int, np.integer)):
            raise UserError(f"n_features must be an integer, not {n_features!r}")
        if not 0 <= int(n_features) <= MAX_INDEX + 1:
            raise UserError(f"n_features must be in [0, {MAX_INDEX + 1}], not {n_features}")
        n_features = int(n_features)
    name = _name(path)
    labels, counts, idx, vals = _Grow(np.float64), _Grow(np.int64), _Grow(np.int32), _Grow(np.float32)
    weights = _Grow(np.float64) if with_weights else None
    any_cost = False
    zero_line = None  # the first line with feature index 0
    top_line = None  # the first line with raw index == n_features (out of range if the file is zero-based)
    maxraw = -1  # the largest index written (explicit zeros included: they count towards the columns)
    budget = memory.Budget()
    for piece, line0 in _text_pieces(path, _CHUNK):
        if b"#" in piece:
            piece = re.sub(rb"#[^\n]*", b"", piece)
        if b"qid:" in piece:
            piece = re.sub(rb"(?<!\S)qid:\S*", b"", piece)
        costs = None
        if b"cost:" in piece:
            any_cost = True
            if with_weights:
                costs = _svm_costs(piece, name, line0)
            piece = re.sub(rb"(?<!\S)cost:\S*", b"", piece)
        if b"\t" in piece or b"\r" in piece or b"\x0b" in piece or b"\x0c" in piece:
            piece = piece.translate(_WS)
        part = _svm_chunk(piece, line0, name)
        if part is None:
            continue
        rows, raw = part.rows, part.idx  # the checks see every entry written, explicit zeros too
        if raw.size:
            maxraw = max(maxraw, int(raw.max()))
            if zero_line is None and (raw == 0).any():
                zero_line = int(part.ex_lines[rows[int(np.flatnonzero(raw == 0)[0])]])
                if zero_based is False:
                    raise UserError(f"{name}:{zero_line}: feature index 0 in a one-based file (zero_based=False)")
            if n_features is not None:
                bound = n_features - 1 if zero_based is True else n_features  # the largest raw index allowed
                over = raw > bound
                if over.any():
                    k = int(np.flatnonzero(over)[0])
                    zb = zero_based is True or zero_line is not None
                    raise UserError(f"{name}:{part.ex_lines[rows[k]]}: feature index {int(raw[k])} out of range "
                                    f"for n_features={n_features} ({'zero' if zb else 'one'}-based)")
                if top_line is None and zero_based == "auto" and (raw == n_features).any():
                    top_line = int(part.ex_lines[rows[int(np.flatnonzero(raw == n_features)[0])]])
        rows, raw, v = _svm_rows(part, name)
        labels.extend(part.labels)
        counts.extend(np.bincount(rows, minlength=part.labels.size))
        idx.extend(raw)
        vals.extend(v)
        if weights is not None:
            weights.extend(np.ones(part.labels.size) if costs is None else costs)
        budget.check(f"{name}: the data parsed up to line {int(part.ex_lines[-1])}",
                     labels.nbytes + counts.nbytes + idx.nbytes + vals.nbytes)
    n = labels.n
    if n == 0:
        raise UserError(f"{name}: no examples (the file is empty or holds only blank lines and comments)")
    y, data, cols = labels.done(), vals.done(), idx.done()
    zb = zero_line is not None if zero_based == "auto" else bool(zero_based)
    if zb and top_line is not None:  # (auto: an index 0 made the file zero-based after the check above)
        raise UserError(f"{name}:{top_line}: feature index {n_features} out of range for n_features={n_features} "
                        f"(zero-based)")
    if not zb and cols.size:
        cols -= 1  # in place: one-based indices to columns
    if n_features is None:
        n_features = maxraw + (1 if zb else 0) if maxraw >= 0 else 0
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts.done(), out=indptr[1:])
    X = _csr(data, cols, indptr, (n, n_features))  # (not _grown_csr: the columns were shifted in place above)
    if not with_weights:
        return X, y
    w = weights.done() if any_cost else None
    if w is not None and w.size != n:  # (the parser and this count the same lines: a guard)
        raise UserError(f"{name}: {w.size} weights for {n} examples")
    return X, y, w


def _mapped(n: int, dtype) -> np.ndarray:
    """An array of ``n`` elements in anonymous memory of its own (``mmap``): its pages become resident as they
    are written and go back to the system when the array goes, however the allocator's heap is fragmented by
    the temporaries of parsing (a block taken from the heap between them stayed resident after it was freed)."""
    import mmap

    dtype = np.dtype(dtype)
    return np.frombuffer(mmap.mmap(-1, max(n, 1) * dtype.itemsize), dtype=dtype, count=n)


class _Grow:
    """A 1-D array filled piece by piece, in blocks that double up to ``MAX_BLOCK`` elements, joined at the end.

    A block is anonymous memory of its own (:func:`_mapped`: its pages are not resident until written), so what
    is held
    while parsing is what was parsed; :meth:`done` cuts a single block to size in place, or copies the blocks
    into the final array one at a time, freeing each as it goes (the final array's pages too fill only as they
    are written): the peak is the data plus one block, never two copies of it.  (``ndarray.resize`` to grow
    would zero the new capacity, making it resident; blocks from the allocator's heap, between the parsing's
    temporaries, stayed resident once freed.)"""

    MAX_BLOCK = 1 << 23

    def __init__(self, dtype):
        self.dtype = np.dtype(dtype)
        self.blocks: list = []
        self.used = 0  # elements filled in the last block
        self.n = 0

    @property
    def nbytes(self) -> int:
        return self.n * self.dtype.itemsize

    def extend(self, v) -> None:
        v = np.asarray(v)
        at = 0
        while at < v.size:
            if not self.blocks or self.used == self.blocks[-1].size:
                size = min(self.MAX_BLOCK, max(1 << 12, 2 * self.blocks[-1].size if self.blocks else 0))
                self.blocks.append(_mapped(max(size, min(v.size - at, self.MAX_BLOCK)), self.dtype))
                self.used = 0
            b = self.blocks[-1]
            k = min(b.size - self.used, v.size - at)
            b[self.used:self.used + k] = v[at:at + k]
            self.used += k
            at += k
        self.n += v.size

    def done(self) -> np.ndarray:
        if not self.blocks:
            return np.empty(0, dtype=self.dtype)
        if len(self.blocks) == 1:
            return self.blocks.pop()[:self.n]  # (the pages past n were never written: never resident)
        out = _mapped(self.n, self.dtype)
        at = 0
        while self.blocks:
            b = self.blocks.pop(0)
            k = b.size if self.blocks else self.used
            out[at:at + k] = b[:k]
            at += k
            del b
        return out


def _grown_csr(counts: _Grow, vals: _Grow, cols: _Grow, width: int) -> sp.csr_matrix:
    """The CSR matrix of rows parsed piece by piece: each row's entry count, and the entries' values and columns
    (the grown arrays handed over, not copied)."""
    n = counts.n
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts.done(), out=indptr[1:])
    return _csr(vals.done(), cols.done(), indptr, (n, width))


def _svm_rows(part: _SvmChunk, name: str) -> tuple:
    """A parsed piece's entries as its rows (piece-local), raw indices (int32) and float32 values: each row's
    indices sorted, duplicates summed, explicit zeros dropped; a value beyond float32 is an error."""
    rows, raw, vals = part.rows, part.idx, part.vals
    if rows.size > 1:
        same = rows[1:] == rows[:-1]
        if (same & (raw[1:] <= raw[:-1])).any():
            key = rows.astype(np.int64) * (MAX_INDEX + 1) + raw
            order = np.argsort(key, kind="stable")
            key, vals = key[order], vals[order]
            head = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
            vals = np.add.reduceat(vals, head) if head.size else vals
            rows, raw = np.divmod(key[head], MAX_INDEX + 1)
    keep = vals != 0
    if not keep.all():
        rows, raw, vals = rows[keep], raw[keep], vals[keep]
    with np.errstate(over="ignore"):
        data = vals.astype(np.float32)
    if not np.isfinite(data).all():
        k = int(np.flatnonzero(~np.isfinite(data))[0])
        raise UserError(f"{name}:{part.ex_lines[rows[k]]}: feature value {float(vals[k])!r} is too large for float32")
    return rows, raw.astype(np.int32), data


def _svm_costs(buf: bytes, name: str, line0: int = 0) -> np.ndarray:
    """The weight of each example line of an svmlight text (comments removed; ``line0`` lines before it): its
    ``cost:<v>`` or 1."""
    out = []
    for k, line in enumerate(buf.split(b"\n"), line0 + 1):
        if not line.strip():
            continue
        m = re.search(rb"(?<!\S)cost:(\S*)", line)
        if m is None:
            out.append(1.0)
            continue
        try:
            v = float(m.group(1))
        except ValueError:
            v = float("nan")
        if not (np.isfinite(v) and v >= 0):
            raise UserError(f"{name}:{k}: cost:{_show(m.group(1))} is not a weight (a finite number >= 0)")
        out.append(v)
    return np.array(out, dtype=np.float64)


def _csr(data, indices, indptr, shape) -> sp.csr_matrix:
    """A csr_matrix holding these arrays, with one index dtype as scipy wants:
    int32 ``indices`` and ``indptr`` while the entries fit, else int64 for both."""
    X = sp.csr_matrix(shape, dtype=np.float32)
    small = len(indices) < 2**31 - 1
    X.data = np.ascontiguousarray(data, dtype=np.float32)
    X.indices = np.ascontiguousarray(indices, dtype=np.int32 if small else np.int64)
    X.indptr = np.ascontiguousarray(indptr, dtype=np.int32 if small else np.int64)
    return X


# ---------------------------------------------------------------------------
# Tabular text (ratings and CSV): one shared strict line/cell reader
# ---------------------------------------------------------------------------


def _lines(buf: bytes):
    """(1-based line number, stripped line) for every non-blank line."""
    out = []
    for k, line in enumerate(buf.split(b"\n")):
        s = line.strip()
        if s:
            out.append((k + 1, s))
    return out


def _parse_col(cells: list, kind, what: str, lines: list, name: str, offset: int = 0):
    """Parse a column of byte cells to int64 or float64, with a line-numbered error."""
    arr = np.array(cells, dtype=bytes) if cells else np.zeros(0, dtype="S1")
    try:
        if kind is int:
            out = arr.astype(np.int64)
        else:
            out = arr.astype(np.float64)
    except (ValueError, OverflowError):
        rx = _INT_RE if kind is int else _NUM_RE
        for k, c in enumerate(cells):
            if not rx.match(c.strip()) or (kind is int and (_big_int(c.strip().lstrip(b"+-"), 2**63)
                                                        or not -(2**63) <= int(c) < 2**63)):
                want = "an integer" if kind is int else "a number"
                shown = _show(c) if c else ""
                raise UserError(f"{name}:{lines[k + offset]}: bad {what} '{shown}' (expected {want})") from None
        raise UserError(f"{name}: cannot parse the {what} column") from None
    if kind is float and not np.isfinite(out).all():
        k = int(np.flatnonzero(~np.isfinite(out))[0])
        raise UserError(f"{name}:{lines[k + offset]}: {what} '{_show(cells[k])}' is not a finite number")
    return out


#: bytes of text a tabular loader (ratings, CSV) parses at a time: its cells live as Python bytes objects while
#: parsed (``_CELL_BYTES`` each), so a piece of 1 MiB holds some 20 MB of them, whatever the file's size
_TABLE_PIECE = 1 << 20


def load_ratings(path, pairs: bool = False) -> dict:
    """Load ``user item rating [timestamp]`` lines (tab, spaces, ``::`` or comma separated).

    Returns ``dict(u=int64 raw user ids, i=int64 raw item ids, r=float64 ratings)``.  With ``pairs`` (pairs to
    score), lines of two columns ``user item`` are allowed too and give no ``r``.
    Blank lines and ``#`` comment lines are skipped.  The first non-blank line is
    skipped as a header when its user, item or rating column is not numeric
    (``userId,movieId,rating,timestamp``); a non-numeric line anywhere else is an
    error.  Every line must have the same number of columns (3 or 4) as the first
    data line.  Timestamps, when present, must be integers but are not returned.
    The text is parsed a piece at a time into the final arrays (bounded memory: docs/data.md).
    """
    name = _name(path)
    users, items, ratings = _Grow(np.int64), _Grow(np.int64), _Grow(np.float64)
    budget = memory.Budget()
    ncol = first = None  # the columns of the first data line, and its number
    seen_header = seen_line = False
    for piece, line0 in _text_pieces(path, _TABLE_PIECE):
        if b"#" in piece:
            piece = re.sub(rb"(?m)^[ \t]*#[^\n]*", b"", piece)
        piece = piece.replace(b"::", b" ").translate(bytes.maketrans(b",\t\r\x0b\x0c", b"     "))
        a = np.frombuffer(piece, dtype=np.uint8)
        if a.size == 0:
            continue
        starts, _, tline = _tokens(a)
        if starts.size == 0:
            continue
        toks = piece.split()
        # distinct lines with tokens, their token counts, and where their tokens start
        head = np.flatnonzero(np.r_[True, tline[1:] != tline[:-1]])
        counts = np.diff(np.r_[head, tline.size])
        nums = line0 + tline[head] + 1  # 1-based line numbers
        if not seen_line:  # the file's first line with tokens: a header when not numeric
            seen_line = True
            n0 = int(counts[0])
            f0 = toks[:n0]
            if n0 >= (2 if pairs else 3) and not (
                _INT_RE.match(f0[0]) and _INT_RE.match(f0[1]) and (n0 == 2 or _NUM_RE.match(f0[2]))
            ):
                toks = toks[n0:]
                counts, nums = counts[1:], nums[1:]
                seen_header = True
                if counts.size == 0:
                    continue
        nums = nums.tolist()
        if ncol is None:
            ncol, first = int(counts[0]), nums[0]
            if ncol not in ((2, 3, 4) if pairs else (3, 4)):
                want = "2 to 4 columns (user item [rating [timestamp]])" if pairs else \
                    "3 or 4 columns (user item rating [timestamp])"
                raise UserError(f"{name}:{first}: expected {want}, found {ncol}")
        bad = np.flatnonzero(counts != ncol)
        if bad.size:
            k = int(bad[0])
            raise UserError(f"{name}:{nums[k]}: expected {ncol} columns (as on line {first}), found {counts[k]}")
        cols = [toks[c::ncol] for c in range(ncol)]
        users.extend(_parse_col(cols[0], int, "user id", nums, name))
        items.extend(_parse_col(cols[1], int, "item id", nums, name))
        if ncol >= 3:
            ratings.extend(_parse_col(cols[2], float, "rating", nums, name))
        if ncol == 4:
            _parse_col(cols[3], int, "timestamp", nums, name)
        budget.check(f"{name}: the ratings parsed up to line {nums[-1]}", users.nbytes + items.nbytes + ratings.nbytes)
    if users.n == 0:
        raise UserError(f"{name}: no ratings (" + ("only a header line)" if seen_header else "the file is empty)"))
    out = {"u": users.done(), "i": items.done()}
    if ncol >= 3:
        out["r"] = ratings.done()
    return out


def load_csv(path, label_column=-1, header="auto", width: int | None = None):
    """Load a comma-separated numeric table.

    Returns ``(X, y, columns)``: ``X`` float32, 2-D, C-contiguous (every column but
    the label), ``y`` float64 (the label column), ``columns`` the names of X's
    columns (from the header, or ``"col<k>"`` with ``k`` the 0-based column number
    in the file when there is none).

    ``label_column``: an int (negative counts from the end) or a header name.
    ``header``: ``"auto"`` (the first non-blank row is a header when any of its
    cells is not a number), ``True`` or ``False``.
    ``width`` (scoring: the features a model was trained on): a file of exactly that many columns has no
    label column (``y`` is None), all of them features.
    """
    name = _name(path)
    if header not in ("auto", True, False):
        raise UserError(f"header must be 'auto', True or False, not {header!r}")
    X, y = _Grow(np.float32), _Grow(np.float64)
    budget = memory.Budget()
    names = hline = ncol = lc = feat = first = row1 = None
    header_only = False
    for piece, line0 in _text_pieces(path, _TABLE_PIECE):  # parsed a piece at a time (bounded memory)
        lines = [(k + line0, ln) for k, ln in _lines(piece)]
        if not lines:
            continue
        rows = [[c.strip() for c in ln.split(b",")] for _, ln in lines]
        nums = [k for k, _ in lines]
        if ncol is None:  # the file's first row: a header?  the columns, the label's
            has_header = not all(_NUM_RE.match(c) for c in rows[0]) if header == "auto" else bool(header)
            if has_header:
                names = [c.decode("utf-8", errors="replace").strip('"').strip() for c in rows[0]]
                hline, ncol = nums[0], len(names)
            else:
                ncol = len(rows[0])
            first = lines[0][1]
            lc, feat = _csv_label(name, names, ncol, label_column, first, hline or nums[0])
            if width is not None and ncol == width:  # (scoring) the features alone
                lc, feat = None, list(range(ncol))
            if has_header:
                rows, nums = rows[1:], nums[1:]
                header_only = True
                if not rows:
                    continue
        header_only = False
        row1 = nums[0] if row1 is None else row1  # the first data row's line, which a message may cite
        counts = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        bad = np.flatnonzero(counts != ncol)
        if bad.size:
            k = int(bad[0])
            ref = f"the header on line {hline}" if hline else f"line {row1}"
            raise UserError(f"{name}:{nums[k]}: expected {ncol} cells (as {ref}), found {counts[k]}")
        vals = _csv_values(name, names, rows, nums, ncol)
        y.extend(vals[:, lc] if lc is not None else np.zeros(len(vals)))  # (no label: counts the rows)
        with np.errstate(over="ignore"):
            part = np.ascontiguousarray(vals[:, feat], dtype=np.float32)
        if not np.isfinite(part).all():
            r, c = (int(v[0]) for v in np.nonzero(~np.isfinite(part)))
            raise UserError(f"{name}:{nums[r]}: value {vals[r, feat[c]]!r} is too large for float32")
        X.extend(part.reshape(-1))
        budget.check(f"{name}: the rows parsed up to line {nums[-1]}", X.nbytes + y.nbytes)
    if ncol is None:
        raise UserError(f"{name}: no rows (the file is empty)")
    if header_only or y.n == 0:
        raise UserError(f"{name}: no rows (only a header line)")
    columns = [names[k] for k in feat] if names else [f"col{k}" for k in feat]
    return X.done().reshape(y.n, len(feat)), y.done() if lc is not None else None, columns


def _csv_label(name, names, ncol, label_column, first: bytes, line: int) -> tuple:
    """``(label column, feature columns)`` of a CSV file whose first row is ``first`` (on ``line``)."""
    if ncol < 1:
        raise UserError(f"{name}: no columns")
    if ncol == 1:
        for sep in (b";", b"\t", b"|"):
            if sep in first:
                raise UserError(f"{name}:{line}: one column only, and the line holds {sep.decode()!r}: CSV cells "
                                f"must be separated by commas")
    if isinstance(label_column, str):
        if names is None:
            raise UserError(f"{name}: label column {label_column!r} given by name, but the file has no header")
        if label_column not in names:
            raise UserError(f"{name}: no column named {label_column!r} (columns: {', '.join(names)})")
        lc = names.index(label_column)
    elif isinstance(label_column, (int, np.integer)) and not isinstance(label_column, bool):
        lc = int(label_column)
        if not -ncol <= lc < ncol:
            raise UserError(f"{name}: label_column {lc} out of range for {ncol} columns")
        lc %= ncol
    else:
        raise UserError(f"label_column must be an int or a column name, not {label_column!r}")
    return lc, [k for k in range(ncol) if k != lc]


def _csv_values(name, names, rows: list, nums: list, ncol: int) -> np.ndarray:
    """The cells of ``rows`` as a float64 ``(rows, ncol)`` array; a cell that is not a finite number is an
    error naming its line and column."""
    flat = [c for row in rows for c in row]
    arr = np.array(flat, dtype=bytes)
    try:
        vals = arr.astype(np.float64)
    except ValueError:
        for k, c in enumerate(flat):
            if not _NUM_RE.match(c):
                r, col = divmod(k, ncol)
                what = f"column {col + 1}" + (f" ({names[col]!r})" if names else "")
                cell = f"'{_show(c)}'" if c else "an empty cell"
                raise UserError(f"{name}:{nums[r]}: {what}: {cell} is not a number")
        raise UserError(f"{name}: cannot parse the table") from None
    vals = vals.reshape(len(rows), ncol)
    finite = np.isfinite(vals)
    if not finite.all():
        r, col = (int(v[0]) for v in np.nonzero(~finite))
        what = f"column {col + 1}" + (f" ({names[col]!r})" if names else "")
        raise UserError(f"{name}:{nums[r]}: {what}: '{_show(rows[r][col])}' is not a finite number")
    return vals


# ---------------------------------------------------------------------------
# npz
# ---------------------------------------------------------------------------

_SPARSE_PARTS = ("indptr", "indices", "data", "shape")


def load_npz(path) -> dict:
    """Load an ``.npz`` of data fields (``allow_pickle=False``).

    A sparse field ``x`` is stored as ``x_indptr``, ``x_indices``, ``x_data`` and
    optionally ``x_shape``; it comes back as one validated ``csr_matrix`` (float32,
    int32 indices, int64 indptr) under the key ``x``.  Other arrays come back as
    they are.
    """
    name = _name(path)
    try:
        with open(path, "rb") as f:
            z = np.load(f, allow_pickle=False)
            if not isinstance(z, np.lib.npyio.NpzFile):
                raise UserError(f"{name}: not an .npz archive (it holds a single .npy array)")
            _check_npz_sizes(z, name)
            arrays = {}
            for key in z.files:
                try:
                    arrays[key] = z[key]
                except ValueError as e:
                    if "pickle" in str(e).lower():
                        raise UserError(
                            f"{name}: array '{key}' holds Python objects; only plain numeric arrays are allowed"
                        ) from None
                    raise UserError(f"{name}: array '{key}' is corrupt ({e})") from None
            z.close()
    except UserError:
        raise
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{name}: is a directory, not a data file") from None
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, KeyError, zlib.error) as e:
        raise UserError(f"{name}: not a valid .npz file (corrupt or truncated: {e})") from None
    out: dict = {}
    bases = sorted(k[: -len("_indptr")] for k in arrays if k.endswith("_indptr"))
    used = set()
    for b in bases:
        need = [f"{b}_indices", f"{b}_data"]
        missing = [m for m in need if m not in arrays]
        if missing:
            raise UserError(f"{name}: sparse field '{b}' has '{b}_indptr' but no {' or '.join(repr(m) for m in missing)}")
        if b in arrays:
            raise UserError(f"{name}: both an array '{b}' and a sparse field '{b}_indptr'/... are stored")
        parts = {p: arrays.get(f"{b}_{p}") for p in _SPARSE_PARTS}
        out[b] = _assemble_csr(name, b, **parts)
        used.update(f"{b}_{p}" for p in _SPARSE_PARTS)
    for k, v in arrays.items():
        if k not in used:
            out[k] = v
    return out


def _check_npz_sizes(z, name: str) -> None:
    """Refuse, before any array is made, an archive whose arrays cannot be or would not fit.

    numpy makes an array of the shape an ``.npy`` header declares before it reads the data, and the members
    are compressed: each header is read first, its array must fit in its member's (uncompressed) size, which
    is all that reading the member can yield, and the arrays, twice (they and what is made from them), must
    fit the memory guard (:mod:`sgdc.runtime.memory`)."""
    members = set(z.zip.namelist())
    total = 0
    for key in z.files:
        member = key if key in members else f"{key}.npy"
        size = z.zip.getinfo(member).file_size
        with z.zip.open(member) as m:
            try:
                version = np.lib.format.read_magic(m)
            except ValueError:  # not an .npy: numpy gives the member's bytes
                total += size
                continue
            read_header = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                           else np.lib.format.read_array_header_2_0)
            shape, _, dtype = read_header(m)
        if dtype.hasobject:  # refused when read, as a pickle
            continue
        nbytes = math.prod(shape) * dtype.itemsize
        if nbytes > size:
            raise UserError(f"{name}: array '{key}' is corrupt: its header declares shape {shape} of {dtype} "
                            f"({memory.fmt(nbytes)}) but its member holds {memory.fmt(size)}")
        total += nbytes
    memory.check_fits(f"{name}: its arrays ({memory.fmt(total)}) and what is made from them", 2 * total)


def _assemble_csr(name, b, indptr, indices, data, shape) -> sp.csr_matrix:
    def err(msg):
        return UserError(f"{name}: sparse field '{b}': {msg}")

    for part, arr in (("indptr", indptr), ("indices", indices)):
        if arr.ndim != 1 or arr.dtype.kind not in "iu":
            raise err(f"'{b}_{part}' must be a 1-D integer array (got {arr.dtype} with shape {arr.shape})")
    if data.ndim != 1 or data.dtype.kind not in "fiub":
        raise err(f"'{b}_data' must be a 1-D numeric array (got {data.dtype} with shape {data.shape})")
    if indptr.size < 1:
        raise err(f"'{b}_indptr' is empty (it needs n_rows + 1 entries)")
    if indices.size != data.size:
        raise err(f"'{b}_indices' has {indices.size} entries but '{b}_data' has {data.size}")
    ip = indptr.astype(np.int64)
    if ip[0] != 0:
        raise err(f"'{b}_indptr' must start at 0, not {ip[0]}")
    if (np.diff(ip) < 0).any():
        k = int(np.flatnonzero(np.diff(ip) < 0)[0])
        raise err(f"'{b}_indptr' decreases at position {k + 1}")
    if ip[-1] != indices.size:
        raise err(f"'{b}_indptr' ends at {ip[-1]} but there are {indices.size} entries in '{b}_indices'")
    n_rows = ip.size - 1
    if indices.size and indices.min() < 0:
        raise err(f"'{b}_indices' holds a negative column index ({int(indices.min())})")
    if shape is not None:
        if shape.ndim != 1 or shape.size != 2 or shape.dtype.kind not in "iu":
            raise err(f"'{b}_shape' must be two integers (got {shape.dtype} with shape {shape.shape})")
        r, c = (int(v) for v in shape)
        if r != n_rows:
            raise err(f"'{b}_shape' says {r} rows but '{b}_indptr' describes {n_rows}")
        if not 0 <= c <= MAX_INDEX + 1:
            raise err(f"'{b}_shape' has {c} columns (must be in [0, {MAX_INDEX + 1}])")
        n_cols = c
    else:
        n_cols = int(indices.max()) + 1 if indices.size else 0
        if n_cols > MAX_INDEX + 1:  # int32 indices would wrap; a width of 2^40 would be allocated later
            raise err(f"'{b}_indices' holds column index {n_cols - 1} (at most {MAX_INDEX})")
    if indices.size and int(indices.max()) >= n_cols:
        raise err(f"'{b}_indices' holds column index {int(indices.max())}, out of range for {n_cols} columns")
    with np.errstate(over="ignore", invalid="ignore"):
        vals = data.astype(np.float32)
    if not np.isfinite(vals).all():
        raise err(f"'{b}_data' holds a non-finite value")
    X = _csr(vals, indices.astype(np.int32), ip, (n_rows, n_cols))
    if not X.has_canonical_format:
        # scipy's kernels need one index dtype: canonicalise with int64 throughout
        Y = sp.csr_matrix((vals, indices.astype(np.int64), ip), shape=(n_rows, n_cols))
        Y.sum_duplicates()  # sorts indices, sums duplicates
        X = _csr(Y.data, Y.indices, Y.indptr, Y.shape)
    return X


def scipy_compatible(X: sp.csr_matrix) -> sp.csr_matrix:
    """A copy of ``X`` whose ``indices`` and ``indptr`` share one dtype (int64).

    The loaders return int32 ``indices`` with int64 ``indptr`` (what the runtime
    wants).  Most scipy operations accept that, but a few of scipy's C kernels
    (``tocoo``, ``sort_indices`` on unsorted data) need a single index dtype.
    """
    return sp.csr_matrix(
        (X.data, X.indices.astype(np.int64), X.indptr.astype(np.int64)), shape=X.shape
    )


def save_npz(path, fields: dict, compress: bool = False) -> None:
    """Write ``fields`` (name -> ndarray or scipy sparse matrix) as an ``.npz``.

    Sparse matrices are stored as ``name_indptr``, ``name_indices``, ``name_data``,
    ``name_shape`` (CSR).  The write is atomic: a temporary file in the same
    directory, then ``os.replace``.
    """
    name = _name(path)
    arrays: dict[str, np.ndarray] = {}
    for key, v in fields.items():
        if not isinstance(key, str) or not key.isidentifier():
            raise UserError(f"{name}: field name {key!r} must be an identifier")
        if sp.issparse(v):
            X = sp.csr_matrix(v)
            X.sum_duplicates()
            new = {
                f"{key}_indptr": X.indptr.astype(np.int64),
                f"{key}_indices": X.indices.astype(np.int32),
                f"{key}_data": X.data.astype(np.float32),
                f"{key}_shape": np.array(X.shape, dtype=np.int64),
            }
        else:
            a = np.asarray(v)
            if a.dtype.kind == "O":
                raise UserError(f"{name}: field {key!r} holds Python objects; only numeric arrays can be saved")
            new = {key: a}
        for k in new:
            if k in arrays or k in fields and k != key:
                raise UserError(f"{name}: array name {k!r} is used twice (a sparse field's parts clash with another field)")
        arrays.update(new)
    from sgdc.data.fileio import atomic_write

    atomic_write(path, lambda f: (np.savez_compressed if compress else np.savez)(f, **arrays), "data file")


# ---------------------------------------------------------------------------
# Format detection
# ---------------------------------------------------------------------------

_EXT = {
    ".npz": "npz",
    ".csv": "csv",
    ".svm": "svmlight",
    ".svmlight": "svmlight",
    ".libsvm": "svmlight",
    ".sgdb": "binary",
    ".vw": "vw",
}


def detect_format(path) -> str:
    """``"svmlight"``, ``"ratings"``, ``"csv"``, ``"npz"``, ``"binary"`` or ``"vw"``.

    1. Extension (after dropping ``.gz``/``.bz2``/``.xz``): ``.npz``, ``.csv``,
       ``.svm``/``.svmlight``/``.libsvm``.
    2. Otherwise content: a zip archive is npz, ``SGDCDATA`` an sgdc binary data file; else the first non-blank line that is
       not a ``#`` comment decides: ``::`` -> ratings; a ``|`` -> vw; a token ``INDEX:VALUE`` after
       the first, or a single number -> svmlight; commas -> csv; 2 to 4
       whitespace-separated numbers whose first two are integers -> ratings (2: pairs to score).
    Anything else is a UserError, and so is a path that is not a regular file (a pipe would lose what
    detection reads): give such a file's format.
    """
    name = _name(path)
    low = name.lower()
    for z in (".gz", ".bz2", ".xz"):
        if low.endswith(z):
            low = low[: -len(z)]
    ext = os.path.splitext(low)[1]
    if ext in _EXT:
        if not os.path.exists(name):
            raise UserError(f"{name}: no such file")
        return _EXT[ext]
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except OSError as e:
        raise UserError(f"{name}: cannot read: {e.strerror or e}") from None
    if stat.S_ISDIR(mode):
        raise UserError(f"{name}: is a directory, not a data file")
    if not stat.S_ISREG(mode):  # reading a pipe to look at it would lose what was read
        raise UserError(f"{name}: not a regular file (a pipe or a device): its format cannot be detected "
                        "without consuming it; give the format (--format)")
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except OSError as e:
        raise UserError(f"{name}: cannot read: {e.strerror or e}") from None
    if head == b"PK\x03\x04":
        return "npz"
    if head == BINARY_MAGIC[:4]:
        with open(path, "rb") as f:
            if f.read(len(BINARY_MAGIC)) == BINARY_MAGIC:
                return "binary"
    buf = _read_bytes(path, head=1 << 16)  # the first 64 KiB (decompressed) decide
    for raw in buf.split(b"\n"):
        line = raw.split(b"#", 1)[0].strip()
        if not line:
            continue
        if b"\x00" in line:
            break
        if b"::" in line:
            return "ratings"
        if b"|" in line:  # Vowpal Wabbit: 'label [importance] [tag] |namespace features'
            return "vw"
        toks = line.split()
        if any(b":" in t for t in toks[1:]) or (len(toks) == 1 and _NUM_RE.match(toks[0])):
            return "svmlight"
        if b"," in line:
            return "csv"
        if 2 <= len(toks) <= 4 and _INT_RE.match(toks[0]) and _INT_RE.match(toks[1]) and all(
            _NUM_RE.match(t) for t in toks[2:]
        ):
            return "ratings"
        break
    raise UserError(f"{name}: cannot tell the data format (expected svmlight, ratings, csv or npz)")


# ---------------------------------------------------------------------------
# Label and id mappings
# ---------------------------------------------------------------------------


def _finite_1d(y, what: str) -> np.ndarray:
    y = np.asarray(y)
    if y.ndim != 1:
        raise UserError(f"{what} must be a 1-D array, got shape {y.shape}")
    if y.dtype.kind not in "iubf":
        raise UserError(f"{what} must be numeric, got dtype {y.dtype}")
    if y.dtype.kind == "f" and not np.isfinite(y).all():
        raise UserError(f"{what} hold a non-finite value")
    return y


def binary_labels(y):
    """Map two classes to -1/+1: ``(y_pm1 float32, mapping {raw: -1.0 or 1.0})``.

    The larger value maps to +1 and the smaller to -1, so {0,1}, {-1,1} and {1,2}
    all work.  A single class is allowed only when it is one of -1, 0, 1 (0 and -1
    map to -1, 1 to +1).  More than two classes is an error.
    """
    y = _finite_1d(y, "labels")
    if y.size == 0:
        raise UserError("no labels (empty data)")
    classes = np.unique(y)
    if classes.size > 2:
        raise UserError(f"expected two classes, found {classes.size}")
    if classes.size == 2:
        lo, hi = (c.item() for c in classes)
        mapping = {lo: -1.0, hi: 1.0}
        return np.where(y == classes[1], 1.0, -1.0).astype(np.float32), mapping
    c = classes[0].item()
    if c not in (-1, 0, 1):
        raise UserError(f"expected two classes, found 1 (every label is {c}); a single class must be -1, 0 or 1")
    v = 1.0 if c == 1 else -1.0
    return np.full(y.size, v, dtype=np.float32), {c: v}


def class_labels(y):
    """``(codes int32 in 0..k-1, classes)``: classes sorted ascending, codes index them."""
    y = _finite_1d(y, "labels")
    classes, codes = np.unique(y, return_inverse=True)
    return codes.astype(np.int32).reshape(-1), classes


class IdMap:
    """A mapping from raw integer ids (user/item ids) to dense codes 0..n-1.

    Codes follow the sorted order of the raw ids.  :meth:`transform` gives -1 (and
    ``known=False``) for ids not seen by :meth:`fit`; the runtime then predicts with
    only the parts of the model it knows (e.g. the global mean, zero biases).
    """

    __slots__ = ("ids",)

    def __init__(self, ids):
        ids = np.asarray(ids)
        if ids.ndim != 1 or ids.dtype.kind not in "iu":
            raise UserError("IdMap ids must be a 1-D integer array")
        ids = ids.astype(np.int64)
        if ids.size > 1 and (np.diff(ids) <= 0).any():
            raise UserError("IdMap ids must be sorted and unique")
        if ids.size > 2**31 - 1:
            raise UserError("too many distinct ids for int32 codes")
        self.ids = ids

    @staticmethod
    def _raw(raw) -> np.ndarray:
        raw = np.asarray(raw)
        if raw.ndim != 1:
            raise UserError(f"ids must be a 1-D array, got shape {raw.shape}")
        if raw.dtype.kind == "f":
            if not np.isfinite(raw).all() or (raw != np.round(raw)).any():
                raise UserError("ids must be integers")
            return raw.astype(np.int64)
        if raw.dtype.kind not in "iu":
            raise UserError(f"ids must be integers, got dtype {raw.dtype}")
        return raw.astype(np.int64)

    @classmethod
    def fit(cls, raw):
        """``(idmap, codes int32)`` for these raw ids."""
        raw = cls._raw(raw)
        ids, codes = np.unique(raw, return_inverse=True)
        return cls(ids), codes.astype(np.int32).reshape(-1)

    def transform(self, raw):
        """``(codes int32, known bool)``; unseen ids get code -1 and known=False."""
        raw = self._raw(raw)
        if self.ids.size == 0:
            return np.full(raw.size, -1, dtype=np.int32), np.zeros(raw.size, dtype=bool)
        pos = np.searchsorted(self.ids, raw)
        pos_c = np.minimum(pos, self.ids.size - 1)
        known = self.ids[pos_c] == raw
        codes = np.where(known, pos_c, -1).astype(np.int32)
        return codes, known

    def inverse(self, codes) -> np.ndarray:
        """Raw ids of dense codes (codes must be in 0..n-1)."""
        codes = np.asarray(codes)
        if codes.size and (codes.min() < 0 or codes.max() >= self.ids.size):
            raise UserError("code out of range for this id map")
        return self.ids[codes]

    def __len__(self) -> int:
        return int(self.ids.size)

    def __eq__(self, other) -> bool:
        return isinstance(other, IdMap) and np.array_equal(self.ids, other.ids)

    def to_json(self) -> str:
        return json.dumps({"ids": self.ids.tolist()})

    @classmethod
    def from_json(cls, text) -> "IdMap":
        try:
            obj = json.loads(text) if isinstance(text, (str, bytes)) else text
            ids = obj["ids"]
        except (ValueError, TypeError, KeyError):
            raise UserError("bad id map: expected JSON {\"ids\": [...]}") from None
        if not isinstance(ids, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in ids):
            raise UserError("bad id map: 'ids' must be a list of integers")
        try:
            arr = np.array(ids, dtype=np.int64)
        except OverflowError:
            raise UserError("bad id map: an id does not fit in 64 bits") from None
        return cls(arr)
