"""sgdc's binary data file: a data set parsed once, read back by mapping it (``sgdc convert``, ``--cache``).

Layout (all integers little-endian)::

    bytes 0-7      b"SGDCDATA"
    bytes 8-11     uint32: format version (1)
    bytes 12-15    uint32: H, the header's length in bytes (at most 1 MiB)
    bytes 16-..    the header: H bytes of UTF-8 JSON
    then           the arrays, each at an offset that is a multiple of 4096 (a page), in the order listed

The header holds ``version``, ``kind`` (the text format it came from: ``svmlight``, ``csv`` or ``ratings``),
``rows``, ``columns`` (the width of the feature matrix; svmlight and CSV), ``names`` (CSV: the feature columns'
names), ``source`` (the text's path, size and modification time when converted: what ``--cache`` compares),
``precision`` (optional: absent or null for float32 features; ``{"bits", "scale", "rounding", "range",
"clipped"}`` for features stored as fixed-point codes, ``sgdc convert --precision D8|D16``),
``arrays`` (for each array its ``dtype``, ``shape``, ``offset`` and ``nbytes``), ``data_sha256`` (a SHA-256
of every array's bytes, in order: :func:`verify` and ``sgdc convert --verify`` check it) and ``sha256`` (a
SHA-256 of the canonical JSON of every other header field, checked at every open).

The arrays are in the dtypes the engines bind (no conversion at load): svmlight, ``x.indptr`` int64,
``x.indices`` int32, ``x.data`` float32 (canonical CSR: sorted, no duplicates, no explicit zeros), ``y``
float64, ``w`` float64 (only when the text had ``cost:`` weights); CSV, ``x`` float32 ``(rows, columns)`` and
``y`` float64; ratings, ``u`` and ``i`` int64 raw ids, ``r`` float64 (absent for ``user item`` pairs).

Quantised features (``precision`` D8 or D16): ``x.data`` (svmlight) or ``x`` (CSV) hold int8 or int16 codes, a
feature's value being ``code * scale``; ``scale`` is the power of two that :func:`sgdc.ir.precision.pow2_scale`
gives for ``range`` (the data's largest ``|x|``, or ``--data-range``), the codes are what
:func:`sgdc.ir.precision.quantize` gives with the recorded ``rounding`` and the seed in-memory quantisation uses.
A spec of the same ``D`` precision and scale binds the codes as they are (mapped, a quarter or half of the float
bytes read an epoch); any other spec gets the values ``code * scale`` (a copy in memory).  Ratings have no
features to quantise.

Opening (:func:`load_binary`) checks the magic, the version, the header's size, JSON and checksum, every
array's name, dtype, shape (against ``rows`` and ``columns``), alignment and extent (inside the file, not
overlapping), then maps each array read-only (``np.memmap``): nothing is read in proportion to the data.  What
the arrays hold is checked where every data set is, when it is bound (:mod:`sgdc.data.bind`: CSR structure,
column and id ranges, finite values), so a file changed after its conversion is caught there or by
:func:`verify`, never by native code.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import struct

import numpy as np
import scipy.sparse as sp

from sgdc.data.bind import json_int, json_object, json_what
from sgdc.data.loaders import BINARY_MAGIC as MAGIC
from sgdc.errors import UserError

VERSION = 1
HEADER_MAX = 1 << 20
ALIGN = 4096
SUFFIX = ".sgdb"

#: per kind: array name -> (dtype, shape as a function of rows and columns, required)
_ARRAYS = {
    "svmlight": {"x.indptr": ("<i8", lambda n, d, nnz: (n + 1,), True),
                 "x.indices": ("<i4", lambda n, d, nnz: (nnz,), True),
                 "x.data": ("<f4", lambda n, d, nnz: (nnz,), True),
                 "y": ("<f8", lambda n, d, nnz: (n,), True),
                 "w": ("<f8", lambda n, d, nnz: (n,), False)},
    "csv": {"x": ("<f4", lambda n, d, nnz: (n, d), True), "y": ("<f8", lambda n, d, nnz: (n,), True)},
    "ratings": {"u": ("<i8", lambda n, d, nnz: (n,), True), "i": ("<i8", lambda n, d, nnz: (n,), True),
                "r": ("<f8", lambda n, d, nnz: (n,), False)},
}
_FIELDS = ("version", "kind", "rows", "columns", "names", "source", "arrays", "data_sha256", "sha256", "precision")
_REQUIRED = _FIELDS[:-1]  # ``precision``: only in files of quantised features
_FEATURES = {"svmlight": "x.data", "csv": "x"}  # the array of feature values, per kind
PRECISIONS = (8, 16, 32)


def _canonical(header: dict) -> bytes:
    body = {k: v for k, v in header.items() if k != "sha256"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode()


def source_stamp(path) -> dict:
    """What ``--cache`` compares to decide that a text file is the one a binary file was made from."""
    st = os.stat(path)
    return {"path": os.path.abspath(os.fspath(path)), "size": int(st.st_size), "mtime_ns": int(st.st_mtime_ns)}


def arrays_of(kind: str, loaded) -> tuple:
    """``(arrays, rows, columns, names)`` to write for what a text loader returned."""
    if kind == "svmlight":
        X, y, w = loaded
        X = X.tocsr()
        arrays = {"x.indptr": np.asarray(X.indptr, np.int64), "x.indices": np.asarray(X.indices, np.int32),
                  "x.data": np.asarray(X.data, np.float32), "y": np.asarray(y, np.float64)}
        if w is not None:
            arrays["w"] = np.asarray(w, np.float64)
        return arrays, int(X.shape[0]), int(X.shape[1]), None
    if kind == "csv":
        X, y, names = loaded
        return {"x": np.ascontiguousarray(X, np.float32), "y": np.asarray(y, np.float64)}, int(X.shape[0]), \
            int(X.shape[1]), list(names)
    d = loaded
    arrays = {"u": np.asarray(d["u"], np.int64), "i": np.asarray(d["i"], np.int64)}
    if "r" in d:
        arrays["r"] = np.asarray(d["r"], np.float64)
    return arrays, int(arrays["u"].size), None, None


def quantised(kind: str, arrays: dict, bits: int, rounding: str = "nearest", data_range: float | None = None):
    """``(arrays, precision)``: ``arrays`` with the features as ``D<bits>`` codes, and the header's ``precision``
    (see the module doc); the quantisation losses that in-memory quantisation warns about are warned about here."""
    from sgdc.ir.precision import pow2_scale, quantise_data

    if kind not in _FEATURES:
        raise UserError(f"--precision D{bits}: {kind} data have no features to quantise")
    key = _FEATURES[kind]
    values = arrays[key]
    top = float(np.max(np.abs(values))) if values.size else 1.0
    value_range = top if data_range is None else float(data_range)
    scale = pow2_scale(value_range, bits)
    source = f"the largest |x| = {top:g}" if data_range is None else f"--data-range {data_range:g}"
    codes, clipped = quantise_data("x", values, scale, bits, rounding, source)
    out = dict(arrays)
    out[key] = np.ascontiguousarray(codes)
    return out, {"bits": bits, "scale": scale, "rounding": rounding, "range": value_range, "clipped": clipped}


def write_binary(path, kind: str, loaded, source: dict | None = None, precision: int = 32,
                 rounding: str = "nearest", data_range: float | None = None) -> dict:
    """Write what a text loader returned as a binary data file (atomically); returns the header.  ``precision``
    8 or 16: the features as fixed-point codes (:func:`quantised`)."""
    from sgdc.data.fileio import atomic_write

    arrays, rows, columns, names = arrays_of(kind, loaded)
    quant = None
    if precision != 32:
        arrays, quant = quantised(kind, arrays, precision, rounding, data_range)
    digest = hashlib.sha256()
    table, offset = {}, 0
    for name, a in arrays.items():
        a = np.ascontiguousarray(a)
        table[name] = {"dtype": a.dtype.str, "shape": list(a.shape), "nbytes": int(a.nbytes), "offset": 0}
        digest.update(memoryview(a).cast("B"))
    header = {"version": VERSION, "kind": kind, "rows": rows, "columns": columns, "names": names,
              "source": source, "arrays": table, "data_sha256": digest.hexdigest()}
    if quant is not None:
        header["precision"] = quant
    # offsets: the header's length does not depend on them beyond its digits, so place, measure, place again
    for _ in range(3):
        start = _round_up(16 + len(json.dumps({**header, "sha256": "0" * 64}).encode()))
        offset = start
        for name in arrays:
            table[name]["offset"] = offset
            offset = _round_up(offset + table[name]["nbytes"])
    header["sha256"] = hashlib.sha256(_canonical(header)).hexdigest()
    text = json.dumps(header).encode()
    if 16 + len(text) > table[next(iter(table))]["offset"]:
        raise UserError(f"cannot write {path}: its header does not fit before the data")  # (never: placed above)

    def write(fh):
        fh.write(MAGIC + struct.pack("<II", VERSION, len(text)) + text)
        for name, a in arrays.items():
            fh.write(b"\0" * (table[name]["offset"] - fh.tell()))
            fh.write(memoryview(np.ascontiguousarray(a)).cast("B"))

    atomic_write(path, write, "binary data file")
    return header


def _round_up(k: int) -> int:
    return -(-k // ALIGN) * ALIGN


def is_binary(path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(8) == MAGIC
    except OSError:
        return False


def read_header(path) -> dict:
    """The checked header of a binary data file; any problem is one :class:`UserError` naming the file."""
    from sgdc.data.fileio import open_regular

    name = os.fspath(path)
    with open_regular(name, "binary data file") as fh:
        size = os.fstat(fh.fileno()).st_size
        head = fh.read(16)
        if len(head) < 16 or head[:8] != MAGIC:
            raise UserError(f"{name}: not an sgdc binary data file (no SGDCDATA magic)")
        version, hlen = struct.unpack("<II", head[8:])
        if version != VERSION:
            raise UserError(f"{name}: binary data format version {version}; this sgdc reads version {VERSION}: "
                            f"convert the text again")
        if hlen > HEADER_MAX or 16 + hlen > size:
            raise UserError(f"{name}: corrupt header (its length {hlen} is beyond the file or {HEADER_MAX} bytes)")
        raw = fh.read(hlen)
    try:
        header = json.loads(raw.decode("utf-8"), parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise UserError(f"{name}: corrupt header ({type(e).__name__}: {e})") from None
    json_object(f"{name}: header", header, _FIELDS, _REQUIRED)
    if not isinstance(header["sha256"], str) or hashlib.sha256(_canonical(header)).hexdigest() != header["sha256"]:
        raise UserError(f"{name}: the header does not match its checksum (the file was modified or damaged)")
    kind = header["kind"]
    if kind not in _ARRAYS:
        raise UserError(f"{name}: unknown kind {json_what(kind)}")
    rows = json_int(f"{name}: header.rows", header["rows"], 0, 2**62)
    cols = header["columns"]
    if kind != "ratings":
        json_int(f"{name}: header.columns", cols, 0, 2**31 - 1)
    table = json_object(f"{name}: header.arrays", header["arrays"], tuple(_ARRAYS[kind]),
                        tuple(k for k, v in _ARRAYS[kind].items() if v[2]))
    nnz = None
    if kind == "svmlight":
        shape = json_object(f"{name}: header.arrays.x.indices", table["x.indices"])["shape"]
        if not (isinstance(shape, list) and len(shape) == 1):
            raise UserError(f"{name}: header.arrays.x.indices.shape: expected one length")
        nnz = json_int(f"{name}: x.indices length", shape[0], 0, 2**62)
    quant = _precision(name, kind, header.get("precision"))
    spans = []
    for key, entry in table.items():
        dtype, shape_of, _ = _ARRAYS[kind][key]
        if quant is not None and key == _FEATURES[kind]:
            dtype = np.dtype(f"<i{quant['bits'] // 8}").str  # fixed-point codes
        json_object(f"{name}: header.arrays.{key}", entry, ("dtype", "shape", "offset", "nbytes"),
                    ("dtype", "shape", "offset", "nbytes"))
        want = list(shape_of(rows, cols, nnz))
        if entry["dtype"] != dtype or entry["shape"] != want:
            raise UserError(f"{name}: array {key} is {json_what(entry['dtype'])} of shape {json_what(entry['shape'])}"
                            f"; expected {dtype} of shape {want}")
        off = json_int(f"{name}: header.arrays.{key}.offset", entry["offset"], 16 + len(raw), size)
        nbytes = json_int(f"{name}: header.arrays.{key}.nbytes", entry["nbytes"], 0, size)
        if nbytes != int(np.prod(want, dtype=np.int64)) * np.dtype(dtype).itemsize or off % ALIGN \
                or off + nbytes > size:
            raise UserError(f"{name}: array {key} is not where its header says (offset {off}, {nbytes} bytes, "
                            f"in a file of {size})")
        spans.append((off, off + nbytes, key))
    spans.sort()
    for (a0, a1, ka), (b0, b1, kb) in zip(spans, spans[1:]):
        if b0 < a1:
            raise UserError(f"{name}: arrays {ka} and {kb} overlap")
    return header


def _precision(name: str, kind: str, quant) -> dict | None:
    """The header's checked ``precision`` (None: float32 features)."""
    if quant is None:
        return None
    keys = ("bits", "scale", "rounding", "range", "clipped")
    json_object(f"{name}: header.precision", quant, keys, keys)
    json_int(f"{name}: header.precision.clipped", quant["clipped"], 0, 2**62)
    if kind not in _FEATURES:
        raise UserError(f"{name}: header.precision: {kind} data have no features to quantise")
    if quant["bits"] not in (8, 16) or isinstance(quant["bits"], bool):
        raise UserError(f"{name}: header.precision.bits: expected 8 or 16, got {json_what(quant['bits'])}")
    scale = quant["scale"]
    if not isinstance(scale, float) or not scale > 0 or math.frexp(scale)[0] != 0.5 or not math.isfinite(scale):
        raise UserError(f"{name}: header.precision.scale: expected a power of two, got {json_what(scale)}")
    if quant["rounding"] not in ("nearest", "unbiased"):
        raise UserError(f"{name}: header.precision.rounding: expected nearest or unbiased")
    return quant


def _mapped(path, header: dict) -> dict:
    out = {}
    for key, e in header["arrays"].items():
        shape = tuple(e["shape"])
        if e["nbytes"] == 0:
            out[key] = np.zeros(shape, dtype=e["dtype"])
        else:
            out[key] = np.memmap(path, dtype=e["dtype"], mode="r", offset=e["offset"], shape=shape)
    return out


def load_binary(path):
    """``(kind, loaded)``: what the text loader of ``kind`` returns, its arrays mapped read-only from the file
    (svmlight ``(X, y, w)``, CSV ``(X, y, names)``, ratings ``{u, i[, r]}``)."""
    header = read_header(path)
    a = _mapped(os.fspath(path), header)
    kind = header["kind"]
    quant = header.get("precision")
    if kind == "svmlight":
        X = sp.csr_matrix((header["rows"], header["columns"]), dtype=a["x.data"].dtype)
        X.data, X.indices, X.indptr = a["x.data"], a["x.indices"], a["x.indptr"]  # checked when bound
        return kind, (_features(X, quant), a["y"], a.get("w"))
    if kind == "csv":
        names = header["names"]
        if not (isinstance(names, list) and len(names) == header["columns"] and all(isinstance(s, str) for s in names)):
            raise UserError(f"{path}: header.names: expected {header['columns']} column names")
        return kind, (_features(a["x"], quant), a["y"], names)
    return kind, {k: a[k] for k in ("u", "i", "r") if k in a}


def _features(X, quant):
    if quant is None:
        return X
    from sgdc.data.dataset import Codes

    return Codes(X, float(quant["scale"]), int(quant["bits"]), int(quant["clipped"]))


def verify(path) -> dict:
    """The header, after checking every array's bytes against ``data_sha256`` (a full read of the file)."""
    header = read_header(path)
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for key, e in header["arrays"].items():
            fh.seek(e["offset"])
            left = e["nbytes"]
            while left:
                chunk = fh.read(min(left, 16 << 20))
                if not chunk:
                    raise UserError(f"{path}: array {key} is cut short")
                digest.update(chunk)
                left -= len(chunk)
    if digest.hexdigest() != header["data_sha256"]:
        raise UserError(f"{path}: the data does not match its checksum (the file was modified or damaged)")
    return header


def convert(src, dst, fmt: str | None = None, bits: int | None = None, categorical=None, precision: int = 32,
            rounding: str = "nearest", data_range: float | None = None) -> dict:
    """Parse the text file ``src`` once and write it as a binary data file ``dst``; returns the header.
    ``bits``: Vowpal Wabbit text's hashed columns (``2^bits``); ``precision`` (8, 16 or 32), ``rounding`` and
    ``data_range``: the features' storage (:func:`quantised`)."""
    if precision not in PRECISIONS:
        raise UserError(f"precision D{precision}: expected D8, D16 or D32")
    from sgdc.data import loaders  # (imported at the top too: binary builds on loaders, never the other way)
    from sgdc.data.readers import TEXT_FORMATS, parse_text

    fmt = fmt or loaders.detect_format(src)
    if fmt not in TEXT_FORMATS:
        raise UserError(f"{src}: format {fmt} cannot be converted ({', '.join(TEXT_FORMATS)})")
    kind, loaded = parse_text(src, fmt, pairs=True, bits=bits, categorical=categorical)  # hashed text: a CSR
    return write_binary(dst, kind, loaded, source_stamp(src), precision, rounding, data_range)


def cached(src, fmt: str | None, cache_path=None, bits: int | None = None, categorical=None) -> tuple:
    """``(binary path, made)``: the binary twin of the text ``src`` (``cache_path``, default ``src`` + ``.sgdb``),
    reused when its header's source stamp (path, size, modification time) is the text's, else made again."""
    cache_path = os.fspath(cache_path) if cache_path else os.fspath(src) + SUFFIX
    stamp = source_stamp(src)
    if os.path.exists(cache_path):
        try:
            h = read_header(cache_path)
            if h["source"] == stamp and (bits is None or h["columns"] == 1 << bits):
                return cache_path, False
        except UserError:
            pass  # damaged or of another version: made again
    convert(src, cache_path, fmt, bits, categorical)
    return cache_path, True
