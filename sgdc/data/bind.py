"""Binding user data to a spec's data fields, with validation.

Everything a user hands to sgdc passes through :func:`bind` before native
code sees it: dtypes are converted, buffers made contiguous, lengths,
shapes, index ranges and finiteness checked.  A problem is one
:class:`~sgdc.errors.UserError` naming the field.

Mappings (kept with the model, see :class:`Encoders`):

* a ``label`` target: two distinct values, the larger becomes +1, the smaller -1;
* an ``index`` target: class labels, sorted, become 0 .. classes-1;
* other ``index`` fields: raw ids become dense indices, one map per *dim* (two
  fields over the same dim share it).  Ids never seen in training get an
  extra all-zero slot at prediction time, so an unknown user contributes
  nothing of its own (matrix completion then predicts from the global mean and
  the item's bias).  Passing ``dims={...}`` explicitly for a dim takes its ids
  as they are (checked to lie in ``[0, dim)``).
* a vector field's extent is bound from the training data's width; at
  prediction, sparse columns beyond it are dropped (features unseen in
  training have weight 0); dense data may be narrower (missing columns are
  zero) but not wider.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from sgdc.data.dataset import Codes, Dataset, Dense, Sparse
from sgdc.errors import UserError
from sgdc.ir.model import MAX_EXTENT, Model


# -- checking JSON read from a model file (untrusted) -------------------------------------------------
def json_what(v) -> str:
    """A JSON value as a message shows it: short values as they are, containers by their type."""
    if isinstance(v, dict):
        return "an object"
    if isinstance(v, list):
        return "a list"
    if v is None:
        return "null"
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."


def json_object(where: str, v, keys=None, required=()) -> dict:
    """``v`` if it is a JSON object with every ``required`` key and no key outside ``keys`` (None: any key)."""
    if not isinstance(v, dict):
        raise UserError(f"{where}: expected an object, got {json_what(v)}")
    for k in required:
        if k not in v:
            raise UserError(f"{where}: '{k}' is missing")
    if keys is not None:
        for k in v:
            if k not in keys:
                raise UserError(f"{where}: unknown entry {json_what(k)}")
    return v


def json_int(where: str, v, lo: int, hi: int) -> int:
    """``v`` if it is a JSON integer (not a boolean or a float) in ``[lo, hi]``."""
    if type(v) is not int or not lo <= v <= hi:
        raise UserError(f"{where}: expected an integer in [{lo}, {hi}], got {json_what(v)}")
    return v


def json_list(where: str, v) -> list:
    if not isinstance(v, list):
        raise UserError(f"{where}: expected a list, got {json_what(v)}")
    return v


def _json_scalars(where: str, v, lo: int, hi: int) -> list:
    """``lo`` to ``hi`` labels: JSON scalars (text, finite numbers, booleans) of one type, sorted and distinct."""
    vals = json_list(where, v)
    if not lo <= len(vals) <= hi:
        count = f"exactly {lo}" if lo == hi else f"{lo} to {hi}"
        raise UserError(f"{where}: expected {count} labels, got {len(vals)}")
    for x in vals:
        if not isinstance(x, (str, int, float)) or (isinstance(x, float) and not math.isfinite(x)) \
                or (isinstance(x, int) and not -(2**63) <= x < 2**63):
            raise UserError(f"{where}: a label must be text, a finite number (integers in 64 bits) or a boolean, "
                            f"got {json_what(x)}")
        if type(x) is not type(vals[0]):
            raise UserError(f"{where}: labels of mixed types ({json_what(vals[0])} and {json_what(x)})")
    if any(not a < b for a, b in zip(vals, vals[1:])):
        raise UserError(f"{where}: labels must be sorted and distinct")
    return vals


def _id_table(where: str, v, dim: int) -> np.ndarray:
    """The sorted distinct int64 ids of a dim learned from them: exactly ``dim`` (none for a dim of 1)."""
    ids = json_list(where, v)
    if len(ids) != dim and not (dim == 1 and not ids):
        raise UserError(f"{where}: {len(ids)} ids for a dim of {dim} (a dim learned from ids has one slot per id)")
    for x in ids:
        if type(x) is not int or not -(2**63) <= x < 2**63:
            raise UserError(f"{where}: ids must be integers that fit in 64 bits, got {json_what(x)}")
    a = np.array(ids, dtype=np.int64)
    if a.size > 1 and not np.all(a[1:] > a[:-1]):
        raise UserError(f"{where}: ids must be sorted and distinct")
    return a


@dataclass
class Encoders:
    dims: dict = field(default_factory=dict)
    raw_dims: set = field(default_factory=set)  # dims whose ids are taken as given
    labels: dict | None = None  # {"kind": "binary", "values": [neg, pos]} | {"kind": "classes", "classes": [...]}
    ids: dict = field(default_factory=dict)  # dim -> sorted unique raw ids (np.ndarray)
    scales: dict = field(default_factory=dict)  # low-precision data: vector field -> fixed-point step
    clipped: dict = field(default_factory=dict)  # low-precision data: vector field -> values clipped (last bind)

    def to_json(self) -> dict:
        return {
            "scales": {k: float(v) for k, v in self.scales.items()},
            "dims": {k: int(v) for k, v in self.dims.items()},
            "raw_dims": sorted(self.raw_dims),
            "labels": self.labels,
            "ids": {k: v.tolist() for k, v in self.ids.items()},
        }

    @classmethod
    def from_json(cls, d, model: Model | None = None) -> Encoders:
        """Encoders from :meth:`to_json`'s dict, every entry checked: a model file is untrusted input.

        Dims are integers in [1, MAX_EXTENT]; an id table holds the sorted distinct integer ids of a dim learned
        from them, exactly ``dim`` of them (so a code is always a valid row); labels are JSON scalars of one type,
        sorted and distinct (two for a binary target, at most the class dim for classes); scales are positive
        finite powers of two; clip counts are non-negative integers.  With ``model`` the names are checked
        against the spec too: exactly its dims, an id table for every dim of its non-target index fields that is
        not given as is (``raw_dims``) or a vector's width, and for no other, the label mapping its target needs,
        scales only for its vector fields, and params that fit in memory.
        A problem is one :class:`UserError` naming the entry (``encoders.ids.users: ...``).
        """
        w = "encoders"
        json_object(w, d, ("dims", "raw_dims", "labels", "ids", "scales", "clipped"),
                    ("dims", "raw_dims", "labels", "ids", "scales"))
        spec_dims = None if model is None else [x.name for x in model.dims]
        dims = {k: json_int(f"{w}.dims.{k}", v, 1, MAX_EXTENT)
                for k, v in json_object(f"{w}.dims", d["dims"], spec_dims, spec_dims or ()).items()}
        raw = json_list(f"{w}.raw_dims", d["raw_dims"])
        for k in raw:
            if not isinstance(k, str) or k not in dims or raw.count(k) > 1:
                raise UserError(f"{w}.raw_dims: {json_what(k)} is not a dim of the model, or is listed twice")
        id_dims, learned = None, ()  # dims that may have an id table, and those that must (learned from ids)
        if model is not None:
            id_dims = {f.extent for f in model.fields
                       if f.kind == "index" and f.name != model.target and isinstance(f.extent, str)}
            learned = sorted(id_dims - set(raw) - {f.extent for f in model.vector_fields})
        ids = {}
        for k, v in json_object(f"{w}.ids", d["ids"], id_dims, learned).items():
            if k not in dims or k in raw:
                raise UserError(f"{w}.ids.{k}: an id table for a dim that is "
                                f"{'given as is (raw_dims)' if k in raw else 'not in encoders.dims'}")
            ids[k] = _id_table(f"{w}.ids.{k}", v, dims[k])
        vectors = None if model is None else [f.name for f in model.vector_fields]
        scales = {}
        for k, v in json_object(f"{w}.scales", d["scales"], vectors).items():
            if type(v) not in (int, float) or not (math.isfinite(v) and v > 0 and math.frexp(v)[0] == 0.5):
                raise UserError(f"{w}.scales.{k}: expected a positive power of two, got {json_what(v)}")
            scales[k] = float(v)
        clipped = {k: json_int(f"{w}.clipped.{k}", v, 0, 2**63 - 1)
                   for k, v in json_object(f"{w}.clipped", d.get("clipped", {}), vectors).items()}
        enc = cls(dims=dims, raw_dims=set(raw), labels=cls._labels_from_json(d["labels"], model, dims, raw), ids=ids,
                  scales=scales, clipped=clipped)
        if model is not None:
            check_sizes(model, dims)
        return enc

    @staticmethod
    def _labels_from_json(v, model: Model | None, dims: dict, raw: list) -> dict | None:
        where = "encoders.labels"
        task = None if model is None else model.task
        want = {"binary": "binary", "multiclass": "classes", "regression": None}.get(task, "any")
        if v is None and want in (None, "any"):
            return None
        kind = v.get("kind") if isinstance(v, dict) else None
        if kind not in ("binary", "classes") or want not in (kind, "any"):
            expected = "null" if want is None else f"a {want} label mapping" if want != "any" else "a label mapping"
            raise UserError(f"{where}: expected {expected}" + (f" (the target of a {task} model)" if task else "")
                            + f", got {json_what(v) if kind is None else repr(kind) + ' labels'}")
        key = "values" if kind == "binary" else "classes"
        json_object(where, v, ("kind", key), ("kind", key))
        if kind == "binary":
            return {"kind": kind, "values": _json_scalars(f"{where}.values", v[key], 2, 2)}
        lo, hi = 1, MAX_EXTENT
        if model is not None:  # a class dim learned from the classes has one slot per class, else at most one
            ext = model.field(model.target).extent
            hi = ext if isinstance(ext, int) else dims[ext]
            if isinstance(ext, str) and ext not in raw and all(f.extent != ext for f in model.vector_fields):
                lo = hi
        return {"kind": kind, "classes": _json_scalars(f"{where}.classes", v[key], lo, hi)}


def as_mapping(model: Model, data, y=None) -> dict:
    """Accept a mapping of fields, a Dataset-like pair (X, y) or just X.

    Any scipy sparse matrix or array is X, never a mapping (``dok_matrix`` is a dict of ``(row, col)`` keys);
    :func:`_bind_sparse` reads it as CSR.
    """
    if isinstance(data, Mapping) and not sp.issparse(data):
        out = dict(data)
        if y is not None:
            out[model.target] = y
        return out
    vec = model.data_vector_fields
    if len(vec) != 1:
        raise UserError(
            f"spec '{model.name}' has {len(vec)} vector fields; pass data as a mapping of field names "
            f"({', '.join(f.name for f in model.fields)})"
        )
    out = {vec[0].name: data}
    if y is not None:
        out[model.target] = y
    return out


def _as_1d(name: str, a, n_expected=None) -> np.ndarray:
    try:
        arr = np.asarray(a)
    except Exception as e:  # noqa: BLE001 - any conversion failure is the user's
        raise UserError(f"field '{name}': cannot read as an array ({e})") from None
    if arr.ndim == 2 and 1 in arr.shape:
        arr = arr.reshape(-1)
    if arr.ndim != 1:
        raise UserError(f"field '{name}': expected a 1-D array, got shape {arr.shape}")
    if arr.dtype == object or arr.dtype.kind not in "biuf":
        if arr.dtype.kind in "US":
            return arr
        raise UserError(f"field '{name}': expected numbers, got dtype {arr.dtype}")
    return arr


def _first_nonfinite(a: np.ndarray) -> int:
    """Position of the first NaN or infinity in the 1-D float array ``a``, or -1 (chunk by chunk)."""
    step = 1 << 20
    for start in range(0, a.size, step):
        ok = np.isfinite(a[start:start + step])
        if not ok.all():
            return start + int(np.flatnonzero(~ok)[0])
    return -1


def _finite(name: str, a: np.ndarray) -> None:
    if a.dtype.kind == "f" and a.size:
        bad = _first_nonfinite(a)
        if bad >= 0:
            raise UserError(f"field '{name}': non-finite value at position {bad}")


def _codes_or_values(model: Model, name: str, codes: Codes, enc: Encoders, fit: bool, data_layout: str):
    """``codes`` themselves when the spec keeps this field in the same fixed point (its ``D`` precision, and the
    scale it would choose: the file's for ``data_range auto``, else ``data_range``'s; a model's own when
    predicting), so that a quantised file is read as it is; else the values they stand for (a copy)."""
    from sgdc.ir.precision import pow2_scale

    s = model.schedule
    if fit:
        scale = codes.scale if s.data_range == "auto" else pow2_scale(s.data_range, codes.bits)
    else:
        scale = enc.scales.get(name)
    layout_kept = data_layout == "auto" or (data_layout == "sparse") == bool(sp.issparse(codes.X))
    if s.precision.D == codes.bits and scale == codes.scale and layout_kept:
        enc.scales[name] = codes.scale
        enc.clipped[name] = codes.clipped
        return codes
    X = codes.X
    entries = X.nnz if sp.issparse(X) else int(np.prod(np.shape(X)))
    _fits_in_memory(f"field '{name}' as values (D{codes.bits} codes of another precision or scale than the "
                    f"spec's, D{s.precision.D})", entries * 4)
    return codes.values()


def _bind_vector(name: str, a, extent: int | None, fit: bool):
    if isinstance(a, Codes):
        return _bind_codes(name, a, extent, fit)
    if sp.issparse(a):
        return _bind_sparse(name, a, extent, fit)
    try:
        X = np.asarray(a)
    except Exception as e:  # noqa: BLE001
        raise UserError(f"field '{name}': cannot read as an array ({e})") from None
    if X.ndim != 2:
        raise UserError(f"field '{name}': expected a 2-D array (examples x features), got shape {X.shape}")
    if X.dtype.kind not in "biuf":
        raise UserError(f"field '{name}': expected numbers, got dtype {X.dtype}")
    with np.errstate(over="ignore", invalid="ignore"):
        X = np.ascontiguousarray(X, dtype=np.float32)
    _finite(name, X.reshape(-1))
    d = X.shape[1] if (fit and extent is None) else extent
    if d > MAX_EXTENT:
        raise UserError(f"field '{name}': {d} columns; at most {MAX_EXTENT}")
    if X.shape[1] < d:  # features absent from this data are zero
        _fits_in_memory(f"field '{name}' padded to {d} columns", X.shape[0] * d * 4)
        X = np.ascontiguousarray(np.pad(X, ((0, 0), (0, d - X.shape[1]))))
    elif X.shape[1] != d:
        raise UserError(f"field '{name}': expected {d} columns, got {X.shape[1]}")
    return Dense(X), X.shape[0]


def _bind_codes(name: str, codes: Codes, extent: int | None, fit: bool):
    """:class:`Sparse` or :class:`Dense` over fixed-point codes as they are (see :func:`_codes_or_values`)."""
    want = np.dtype(f"i{codes.bits // 8}")
    if sp.issparse(codes.X):
        return _bind_sparse(name, codes.X, extent, fit, codes=(want, codes.scale))
    X = np.asarray(codes.X)
    if X.ndim != 2 or X.dtype != want:
        raise UserError(f"field '{name}': expected a 2-D array of {want} codes, got {X.dtype} with shape {X.shape}")
    d = X.shape[1] if (fit and extent is None) else extent
    if X.shape[1] != d:
        raise UserError(f"field '{name}': expected {d} columns, got {X.shape[1]}")
    return Dense(np.ascontiguousarray(X), codes.scale), X.shape[0]


def _bind_sparse(name: str, a, extent: int | None, fit: bool, codes: tuple | None = None):
    """A scipy sparse matrix (any format) -> :class:`Sparse` with arrays of sgdc's own.

    The CSR parts are read as they are (no scipy conversion that could trust a
    bad ``indptr``), checked (integer dtypes, lengths, ``indptr`` from 0,
    non-decreasing, ending at nnz, columns in range, finite values) and copied,
    so nothing the caller does to its matrix later can reach native code.  ``codes``: ``(dtype, scale)`` of
    fixed-point codes kept as they are (any integer is a valid code: no value check).
    """
    if a.ndim != 2:
        raise UserError(f"field '{name}': expected a 2-D matrix, got {a.ndim}-D")
    if a.format != "csr":  # any other scipy format (csc, coo, bsr, dia, dok, lil; matrix or array)
        rows, stored = int(a.shape[0]), int(a.nnz)
        # scipy's CSR: indptr (rows + 1 int64s) and, per stored entry, an index and a value (int64, float64 at most)
        _fits_in_memory(f"field '{name}' converted from {a.format} to CSR ({rows} rows, {stored} entries)",
                        8 * (rows + 1) + 16 * stored)
        try:
            a = a.tocsr()
        except Exception as e:  # noqa: BLE001 - a broken matrix of another format
            raise UserError(f"field '{name}': cannot convert to CSR ({e})") from None
    n, width = (int(v) for v in a.shape)
    indptr, indices, values = (np.asarray(v) for v in (a.indptr, a.indices, a.data))
    for part, arr in (("indptr", indptr), ("indices", indices)):
        if arr.ndim != 1 or arr.dtype.kind not in "iu":
            raise UserError(f"field '{name}': CSR {part} must be a 1-D integer array, got {arr.dtype} "
                            f"with shape {arr.shape}")
    if values.ndim != 1 or values.dtype.kind not in "biuf":
        raise UserError(f"field '{name}': expected numeric values, got {values.dtype} with shape {values.shape}")
    if indptr.shape != (n + 1,):
        raise UserError(f"field '{name}': malformed CSR: indptr has {indptr.size} entries for {n} rows "
                        f"(needs {n + 1})")
    if len(values) != len(indices):
        raise UserError(f"field '{name}': malformed CSR: {len(indices)} indices but {len(values)} values")
    if indptr.dtype == np.uint64 and indptr.size and indptr.max() > np.iinfo(np.int64).max:
        raise UserError(f"field '{name}': malformed CSR: indptr beyond 2^63")
    # Copies, and every check below is on the copies: the caller's arrays may change during a fit
    # (another thread), and what native code reads must be exactly what was checked.
    ip = np.array(indptr, dtype=np.int64)
    if ip[0] != 0 or ip[-1] != len(indices) or (n and np.any(ip[1:] < ip[:-1])):
        raise UserError(f"field '{name}': malformed CSR: indptr must start at 0, never decrease and end at "
                        f"the number of entries ({len(indices)})")
    vdtype, scale = codes if codes is not None else (np.dtype(np.float32), 1.0)
    if codes is not None and values.dtype != vdtype:
        raise UserError(f"field '{name}': expected {vdtype} codes, got {values.dtype}")
    if _mapped_file(indices, np.int32) and _mapped_file(values, vdtype):
        kept = _bind_mapped(name, ip, indices, values, width, extent, fit, scale)
        if kept is not None:
            return kept, n
    idx = np.array(indices)  # a copy in the caller's dtype (no wider: one copy of the data at most)
    if len(idx) and (idx.min() < 0 or idx.max() >= width):
        bad = int(idx.min()) if idx.min() < 0 else int(idx.max())
        raise UserError(f"field '{name}': column index out of range [0, {width}): {bad}")
    with np.errstate(over="ignore", invalid="ignore"):
        vals = values.astype(vdtype)  # a copy
    if codes is None:
        _finite(name, vals)
    d = width if (fit and extent is None) else extent
    if d > MAX_EXTENT:
        raise UserError(f"field '{name}': {d} columns; at most {MAX_EXTENT} (column indices are 32-bit)")
    if width > d:  # columns unseen in training carry no weight: dropped
        keep = idx < d
        if not keep.all():
            counts = np.add.reduceat(keep.astype(np.int64), ip[:-1]) if n else np.zeros(0, np.int64)
            counts[np.diff(ip) == 0] = 0
            ip = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(counts, out=ip[1:])
            idx, vals = idx[keep], vals[keep]
    idx = idx.astype(np.int32, copy=False)  # in [0, d) with d <= MAX_EXTENT: exact
    if not _canonical(ip, idx):  # unsorted or duplicate columns in a row: sort, sum duplicates
        if codes is not None:  # (a sum of codes may leave the code range: never so in a file sgdc wrote)
            raise UserError(f"field '{name}': the codes' columns are not sorted and distinct in every row")
        m2 = sp.csr_matrix((vals, idx.astype(np.int64), ip), shape=(n, max(d, 1)))
        m2.sum_duplicates()
        ip, idx = np.array(m2.indptr, dtype=np.int64), np.array(m2.indices, dtype=np.int32)
        vals = np.ascontiguousarray(m2.data, dtype=np.float32)
        del m2
        with np.errstate(over="ignore", invalid="ignore"):
            _finite(name, vals)  # duplicates summed past float32
    return Sparse(ip, idx, vals, int(d), scale), n


def _mapped_file(a: np.ndarray, dtype) -> bool:
    """Is ``a`` a read-only mapping of a file (:mod:`sgdc.data.binary`), C-contiguous, of ``dtype``?"""
    from sgdc.data.dataset import file_mapped

    return file_mapped(a) and not a.flags.writeable and a.flags.c_contiguous and a.ndim == 1 and a.dtype == dtype


def _bind_mapped(name: str, ip: np.ndarray, idx: np.ndarray, vals: np.ndarray, width: int, extent, fit: bool,
                 scale: float = 1.0):
    """:class:`Sparse` over the mapped columns and values themselves (no copy: a data file larger than memory
    trains from the page cache), with ``ip``, sgdc's own checked copy of ``indptr``; or None when the entries
    need rewriting (columns to drop, unsorted rows: the copying path does that).

    The same checks as the copies get, read chunk by chunk from the mapping.  What native code reads of the
    mapping after them cannot take it out of bounds even if the file changes underneath: the row extents come
    from ``ip``, and the kernels clamp every column they read to ``[0, d)`` (``ExampleEmitter.over_support``,
    ``gathered``); a value changed later is only a wrong number."""
    d = width if (fit and extent is None) else extent
    if d > MAX_EXTENT or width > d:
        return None
    step = 1 << 22
    for lo in range(0, idx.size, step):
        part = idx[lo:lo + step]
        if part.size and (part.min() < 0 or part.max() >= width):
            bad = int(part.min()) if part.min() < 0 else int(part.max())
            raise UserError(f"field '{name}': column index out of range [0, {width}): {bad}")
    if vals.dtype.kind == "f":
        _finite(name, vals)
    if not _canonical(ip, idx):
        return None
    return Sparse(ip, idx, vals, int(d), scale)


def _canonical(indptr: np.ndarray, indices: np.ndarray, chunk: int = 1 << 22) -> bool:
    """Are the columns of every row strictly increasing (sorted, no duplicates)?

    Checked ``chunk`` entries at a time, so that the temporaries stay a few MB
    however many entries the matrix has (one extra copy of the data at most).
    """
    nnz = indices.size
    for lo in range(0, max(nnz - 1, 0), chunk):
        hi = min(lo + chunk, nnz - 1)  # the pairs (k, k + 1) for k in [lo, hi)
        up = indices[lo + 1:hi + 1] > indices[lo:hi]
        if up.all():
            continue
        nxt = np.flatnonzero(~up) + lo + 1  # entries not above their predecessor: fine only if a row starts there
        at = np.minimum(np.searchsorted(indptr, nxt), len(indptr) - 1)
        if not np.all(indptr[at] == nxt):
            return False
    return True


def _fits_in_memory(what: str, nbytes: int) -> None:
    """Refuse an allocation larger than the memory left here, before trying it (:mod:`sgdc.runtime.memory`)."""
    from sgdc.runtime.memory import check_fits

    check_fits(what, nbytes)


def check_sizes(model: Model, dims: dict) -> None:
    """Dims in range and the params within this machine's memory limits (a dim of 2^40 is an error, not a
    MemoryError).  Against the capacity, not what is left: at prediction the params already exist (fit checks
    what is left before allocating them, :func:`sgdc.runtime.params.init_params`)."""
    from sgdc.runtime.memory import check_params

    for k, v in dims.items():
        if not 1 <= v <= MAX_EXTENT:
            raise UserError(f"dim '{k}' = {v} is out of range [1, {MAX_EXTENT}]")
    check_params(model, dims, now=False)


# -- id mapping ----------------------------------------------------------------------------------
# Index fields over a dim learned from the data are mapped to dense int32 codes: the rank of each id
# among the sorted distinct ids (what np.unique's inverse gives).  The mapping works in chunks of
# _CHUNK ids, so no int64 temporary of a whole column is made: the only full-size array is the int32
# codes (sgdc's own copy, 4 bytes an example).  Ids that are small non-negative integers (the usual
# case: ids of 0 .. a few million) go through a lookup table with one entry per possible id, with no
# sort; others (negative, or large like 2^40) are sorted chunk by chunk and found by binary search.
_CHUNK = 1 << 20
_TABLE_MIN = 1 << 22  # a lookup table this large (entries) is always fine; beyond, at most 2 per example


def _chunks(n: int):
    for start in range(0, n, _CHUNK):
        yield slice(start, min(start + _CHUNK, n))


def _check_ids(name: str, c: np.ndarray) -> None:
    """Ids must be integers that fit in 64 bits (checked chunk by chunk)."""
    if c.dtype.kind == "f":
        for s in _chunks(len(c)):
            x = c[s]
            if not np.isfinite(x).all() or not np.array_equal(x, np.round(x)):
                raise UserError(f"field '{name}': ids must be integers")
            if len(x) and max(-float(x.min()), float(x.max())) >= 2.0**63:
                raise UserError(f"field '{name}': id {max(-float(x.min()), float(x.max())):g} does not fit in 64 bits")
    elif c.dtype.kind not in "iub":
        raise UserError(f"field '{name}': ids must be integers")
    elif c.dtype == np.uint64 and len(c) and c.max() > np.iinfo(np.int64).max:
        raise UserError(f"field '{name}': id {c.max()} does not fit in a signed 64-bit integer")


def _id_range(c: np.ndarray) -> tuple:
    """(smallest, largest) id as Python ints ((0, -1) when empty); no copy of ``c``."""
    if not len(c):
        return 0, -1
    return int(c.min()), int(c.max())


def _own_int32(c: np.ndarray) -> np.ndarray:
    """A new int32 array with the values of ``c`` (whose ids the caller checked fit), chunk by chunk."""
    own = np.empty(len(c), dtype=np.int32)
    for s in _chunks(len(c)):
        own[s] = c[s]
    return own


def _fits_int32(c: np.ndarray) -> bool:
    """Whether every id of ``c`` (integers, checked) fits in int32 (so its own copy keeps the values)."""
    lo, hi = _id_range(c)
    return lo >= -(2**31) and hi < 2**31


def _table_fits(lo: int, hi: int, total: int) -> bool:
    return lo >= 0 and hi < 2**31 - 1 and hi + 1 <= max(2 * total, _TABLE_MIN)


def _learn_ids(cols: list) -> tuple:
    """The sorted distinct ids of the columns (int64), and their int32 codes (or None per column when
    the codes are left to :func:`_map_ids`)."""
    total = sum(len(c) for c in cols)
    ranges = [_id_range(c) for c in cols if len(c)]
    lo = min((r[0] for r in ranges), default=0)
    hi = max((r[1] for r in ranges), default=-1)
    if _table_fits(lo, hi, total):
        owned = [_own_int32(c) for c in cols]  # read once; everything after works on sgdc's copies
        ranges = [_id_range(o) for o in owned if len(o)]
        lo = min((r[0] for r in ranges), default=0)
        hi = max((r[1] for r in ranges), default=-1)
        if _table_fits(lo, hi, total):
            seen = np.zeros(hi + 1, dtype=bool)
            for o in owned:
                for s in _chunks(len(o)):
                    seen[o[s]] = True
            rank = np.cumsum(seen, dtype=np.int32)
            rank -= 1
            for o in owned:
                for s in _chunks(len(o)):
                    o[s] = rank[o[s]]
            return np.flatnonzero(seen).astype(np.int64), owned
        cols = owned  # changed under us (another thread): learn from the stable copies
    parts: list = []
    for c in cols:
        for s in _chunks(len(c)):
            parts.append(np.unique(c[s].astype(np.int64)))
            if len(parts) >= 16:
                parts = [np.unique(np.concatenate(parts))]
    known = np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
    return known, [None] * len(cols)  # mapped by binary search (which no later change can push out of range)


def _map_ids(c: np.ndarray, known: np.ndarray) -> np.ndarray:
    """int32 codes of the ids ``c`` in the sorted id table ``known``: the position, or -1 where unseen."""
    k = len(known)
    codes = np.empty(len(c), dtype=np.int32)
    if k == 0:
        codes.fill(-1)
        return codes
    top = int(known[-1])
    lo, hi = _id_range(c)
    if _table_fits(int(known[0]), top, len(c)) and lo >= 0 and hi < 2**31 - 1:
        table = np.full(top + 1, -1, dtype=np.int32)
        table[known] = np.arange(k, dtype=np.int32)
        for s in _chunks(len(c)):
            x = c[s].astype(np.int64)
            inside = (x >= 0) & (x <= top)
            np.copyto(x, 0, where=~inside)
            r = table[x]
            r[~inside] = -1
            codes[s] = r
        return codes
    for s in _chunks(len(c)):
        x = c[s].astype(np.int64)
        pos = np.searchsorted(known, x)
        np.minimum(pos, k - 1, out=pos)
        codes[s] = np.where(known[pos] == x, pos, -1)
    return codes


def _replace_unknown(codes: np.ndarray, slot: int) -> int:
    """Set the codes of unseen ids (-1) to ``slot``; how many there were."""
    missing = 0
    for s in _chunks(len(codes)):
        part = codes[s]
        miss = part < 0
        n = int(np.count_nonzero(miss))
        if n:
            part[miss] = slot
            missing += n
    return missing


def bind(model: Model, data, y=None, *, enc: Encoders | None = None, fit: bool = False, dims: dict | None = None,
         data_layout: str = "auto", need_target: bool = True):
    """See :func:`bind_fields`; then quantise vector fields when the schedule asks for low-precision data."""
    ds, enc, unknown = bind_fields(model, data, y, enc=enc, fit=fit, dims=dims, data_layout=data_layout,
                                   need_target=need_target)
    bits = model.schedule.precision.D
    if bits < 32:
        ds = _quantise_data(model, ds, enc, fit, bits)
    return ds, enc, unknown


def _quantise_data(model: Model, ds: Dataset, enc: Encoders, fit: bool, bits: int) -> Dataset:
    """Fixed-point codes for every vector field (once, at load): D8 is a quarter of the float32 bytes.

    The step is a power of two covering the schedule's ``data_range`` (default: the
    training data's largest ``|x|``), kept with the model so new data uses the
    same one.  The schedule's rounding applies; ``unbiased`` draws from a fixed
    seed, so quantising the same data twice gives the same codes.  Values beyond
    the range are counted (``enc.clipped``); a field that loses most of its
    nonzero values to code 0, or clips many, is warned about
    (:func:`sgdc.ir.precision.data_warnings`).
    """
    from sgdc.ir.precision import pow2_scale, quantise_data

    s = model.schedule
    fields = dict(ds.fields)
    for f in model.vector_fields:
        v = fields[f.name]
        values = v.X if isinstance(v, Dense) else v.data
        if values.dtype.kind == "i":  # codes already (a quantised data file at this precision and scale)
            continue
        if s.data_range != "auto":
            source = f"data_range {s.data_range:g}"
        else:
            source = "the largest |x| of the training data"
        if fit or f.name not in enc.scales:
            rng_ = s.data_range if s.data_range != "auto" else float(np.max(np.abs(values))) if values.size else 1.0
            enc.scales[f.name] = pow2_scale(rng_, bits)
            if s.data_range == "auto":
                source = f"the largest |{f.name}| = {rng_:g}"
        delta = enc.scales[f.name]
        codes, enc.clipped[f.name] = quantise_data(f.name, values, delta, bits, s.rounding, source, fit)
        if isinstance(v, Dense):
            fields[f.name] = Dense(np.ascontiguousarray(codes), delta)
        else:
            fields[f.name] = Sparse(v.indptr, v.indices, np.ascontiguousarray(codes), v.d, delta)
    return Dataset(ds.n, fields, ds.dims)


def _elementwise(e, values: np.ndarray):
    """The float64 value of a derived field's expression over its source's values (numbers broadcast)."""
    from sgdc.ir import model as ir
    from sgdc.ir.ops import OPS

    if isinstance(e, ir.Num):
        return e.value
    if isinstance(e, ir.FieldRef):
        return values
    if isinstance(e, ir.Unary):
        return OPS[e.op].f64_array(_elementwise(e.arg, values))
    if isinstance(e, ir.Binary):
        return OPS[e.op].f64_array(_elementwise(e.lhs, values), _elementwise(e.rhs, values))
    if isinstance(e, ir.Pow):
        return OPS["pow"].f64_array(_elementwise(e.base, values), e.exponent)
    raise TypeError(f"not an elementwise expression of a data vector: {e!r}")


def derive_fields(model: Model, fields: dict, kind: str = "vector") -> None:
    """Add each derived field of ``kind`` to the bound ``fields``.  A vector (``x^2`` of ``dot(w, x^2)``) is
    computed elementwise from its source's values in float64 and stored as float32 with the source's layout: a
    sparse source keeps its pattern (the expression must be 0 where the source is 0: ``exp(x)`` of sparse ``x``
    is dense and is refused with a message), a dense one stays dense.  An index (``y + 1`` of ``theta[y + 1]``)
    is its source's positions shifted, checked against its extent (the checker proved the range; this keeps
    native code in bounds whatever the data)."""
    for f in model.derived_fields:
        if f.kind != kind:
            continue
        if f.source not in fields:  # (the target, when scoring: nothing a prediction reads is derived from it)
            continue
        if kind == "index":
            col = np.asarray(_elementwise(f.derived, fields[f.source].astype(np.int64)), dtype=np.int64)
            bad = np.flatnonzero((col < 0) | (col >= f.extent))
            if bad.size:
                raise UserError(f"field '{f.name}': {int(col[bad[0]])} at position {int(bad[0])} is outside "
                                f"[0, {f.extent})")
            fields[f.name] = col.astype(np.int32)
            continue
        v = fields[f.source]
        values = v.X if isinstance(v, Dense) else v.data
        values = values.astype(np.float64) * v.scale if values.dtype.kind == "i" else values.astype(np.float64)
        if isinstance(v, Sparse):
            at0 = float(np.asarray(_elementwise(f.derived, np.zeros(1)), dtype=np.float64).reshape(-1)[0])
            if at0 != 0.0:
                rewrite = f", or write an expression that is 0 at 0 (e.g. {f.name} - {at0:g})" \
                    if np.isfinite(at0) else ""
                raise UserError(f"'{f.name}' is {at0:g} where {f.source} is 0, so it is dense, but '{f.source}' is "
                                f"stored sparse: give '{f.source}' dense (data_layout dense){rewrite}")
        with np.errstate(all="ignore"):
            out = np.asarray(_elementwise(f.derived, values), dtype=np.float64)
            out32 = out.astype(np.float32)
        bad = _first_nonfinite(out32.reshape(-1))
        if bad >= 0:
            at = (f"row {bad // v.d}, column {bad % v.d}" if isinstance(v, Dense) else
                  f"row {int(np.searchsorted(v.indptr, bad, side='right')) - 1}, column {int(v.indices[bad])}")
            raise UserError(f"'{f.name}' is {out.reshape(-1)[bad]:g} at {at} ({f.source} = "
                            f"{values.reshape(-1)[bad]:g}): not a finite float32; the data must keep it finite")
        if isinstance(v, Dense):
            fields[f.name] = Dense(np.ascontiguousarray(out32))
        else:
            fields[f.name] = Sparse(v.indptr, v.indices, np.ascontiguousarray(out32), v.d)


def bind_fields(model: Model, data, y=None, *, enc: Encoders | None = None, fit: bool = False,
                dims: dict | None = None, data_layout: str = "auto", need_target: bool = True):
    """Validate and convert ``data`` for ``model``.

    ``fit=True`` learns the encoders (dims, label and id mappings) from this
    data; otherwise ``enc`` is applied.  Returns ``(Dataset, Encoders,
    unknown)`` where ``unknown`` maps a dim to the number of unseen ids that
    were given the extra slot at index ``dims[dim]``.
    """
    m = as_mapping(model, data, y)
    enc = enc if enc is not None else Encoders()
    if fit:
        enc = Encoders(dims={}, raw_dims=set(), labels=None, ids={}, scales={})
        for k, v in (dims or {}).items():
            if k not in {d.name for d in model.dims}:
                raise UserError(f"unknown dim '{k}' (spec dims: {', '.join(d.name for d in model.dims) or 'none'})")
            if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)):
                raise UserError(f"dim '{k}' must be an integer, not {v!r}")
            if not 1 <= int(v) <= MAX_EXTENT:
                raise UserError(f"dim '{k}' = {v} is out of range [1, {MAX_EXTENT}]")
            enc.dims[k] = int(v)
            enc.raw_dims.add(k)
    known_names = {f.name for f in model.data_fields}
    for k in m:
        if k in {f.name for f in model.sampled_fields}:
            raise UserError(f"field '{k}' is sampled in the kernel (index[...] sampled): it is not given as data")
        if k not in known_names:
            raise UserError(f"unknown data field '{k}' (spec fields: {', '.join(sorted(known_names))})")
    out: dict = {}
    n = None
    unknown: dict = {}

    def check_n(name, k):
        nonlocal n
        if n is None:
            n = k
        elif k != n:
            raise UserError(f"field '{name}' has {k} examples, others have {n}")

    # vector fields first: they bind the dims of their extents
    for f in model.fields:
        if f.kind != "vector" or f.derived is not None:
            continue
        if f.name not in m:
            raise UserError(f"missing data field '{f.name}'")
        ext = f.extent
        extent = ext if isinstance(ext, int) else enc.dims.get(ext)
        given = m[f.name]
        if isinstance(given, Codes):
            given = _codes_or_values(model, f.name, given, enc, fit, data_layout)
        v, k = _bind_vector(f.name, given, extent, fit)
        if data_layout == "dense" and isinstance(v, Sparse):
            _fits_in_memory(f"field '{f.name}' as dense ({k} x {v.d})", k * v.d * 4)
            X = np.zeros((k, v.d), dtype=np.float32)
            rows = np.repeat(np.arange(k), np.diff(v.indptr))
            X[rows, v.indices] = v.data
            v = Dense(X)
        elif data_layout == "sparse" and isinstance(v, Dense):
            v, _ = _bind_vector(f.name, sp.csr_matrix(v.X), v.d, False)
        if isinstance(ext, str):
            enc.dims.setdefault(ext, v.d)
        out[f.name] = v
        check_n(f.name, k)
    derive_fields(model, out)  # (x^2 of dot(w, x^2): computed from x, as bound)

    # index fields: group by dim
    index_fields = [f for f in model.data_fields if f.kind == "index"]
    raw_cols = {}
    for f in model.data_fields:
        if f.kind == "vector":
            continue
        if f.name not in m:
            if (f.name == model.target and not need_target) or f.name == model.weight:
                continue  # (a missing weight field: every example weighs 1, below)
            raise UserError(f"missing data field '{f.name}'")
        if f.kind == "reals":  # several targets: a float32 row of one value per output
            rows = _bind_reals(f, m[f.name], enc)
            check_n(f.name, len(rows))
            out[f.name] = rows
            continue
        col = _as_1d(f.name, m[f.name])
        check_n(f.name, len(col))
        raw_cols[f.name] = col

    if n is None:
        raise UserError("no data fields given")

    for f in model.fields:
        if f.name not in raw_cols:
            continue
        col = raw_cols[f.name]
        if f.kind in ("real",):
            if col.dtype.kind not in "biuf":
                raise UserError(f"field '{f.name}': expected numbers")
            with np.errstate(over="ignore", invalid="ignore"):
                c = np.ascontiguousarray(col, dtype=np.float32)
            if col.dtype.kind == "f":
                _finite(f.name, col)
            bad = _first_nonfinite(c)
            if bad >= 0:  # finite, but beyond float32
                raise UserError(f"field '{f.name}': value {col[bad]!r} at position {bad} is too large for float32")
            if f.name == model.weight and len(c) and c.min() < 0:
                bad = int(np.argmax(c < 0))
                raise UserError(f"field '{f.name}': weight {float(col[bad]):g} at position {bad} is negative (a weight "
                                f"scales an example's loss: it must be >= 0)")
            out[f.name] = c
        elif f.kind == "label":
            out[f.name] = _bind_binary(f.name, col, enc, fit)
        elif f.kind == "index" and f.name == model.target:
            out[f.name] = _bind_classes(f.name, col, enc, fit, f.extent)
    # non-target index fields, one id map per dim
    by_dim: dict = {}
    for f in index_fields:
        if f.name == model.target or f.name not in raw_cols:
            continue
        by_dim.setdefault(f.extent, []).append(f)
    # A dim is bound once.  Set explicitly, or the width of a data vector: index fields over it hold positions
    # in [0, dim) (learning ids would shrink the dim under the vector's columns).  Otherwise the index fields'
    # ids are learned and mapped to 0 .. ids-1, and the dim is their number.
    widths = {f.extent: f.name for f in model.vector_fields if isinstance(f.extent, str)}
    target = model.field(model.target) if model.target is not None else None
    class_dim = target.extent if target is not None and target.kind == "index" else None
    for ext, fs in by_dim.items():
        cols = [raw_cols[f.name] for f in fs]
        for f, c in zip(fs, cols):
            _check_ids(f.name, c)
        if isinstance(ext, int) or ext in enc.raw_dims or ext in widths:
            limit = ext if isinstance(ext, int) else enc.dims[ext]
            why = (f" (dim '{ext}' is the width of field '{widths[ext]}')" if ext in widths and ext not in enc.raw_dims
                   else f" of dim '{ext}'" if isinstance(ext, str) else "")
            for f, c in zip(fs, cols):
                own = _own_int32(c) if _fits_int32(c) else None  # checked on sgdc's own copy: nobody changes it
                lo, hi = _id_range(own if own is not None else c)
                if len(c) and (lo < 0 or hi >= limit):
                    bad = lo if lo < 0 else hi
                    raise UserError(f"field '{f.name}': index {bad} is out of range [0, {limit}){why}")
                out[f.name] = own
            continue
        if ext == class_dim:
            raise UserError(f"field '{fs[0].name}' and the class target '{model.target}' share dim '{ext}', which "
                            f"the data do not fix: set it explicitly (dims={{'{ext}': N}}, or --dim {ext}=N) so that "
                            f"'{fs[0].name}' holds positions in [0, N), or give the field a dim of its own")
        if fit:
            enc.ids[ext], owned = _learn_ids(cols)
            enc.dims[ext] = max(len(enc.ids[ext]), 1)
        else:
            owned = [None] * len(cols)
        known = enc.ids.get(ext)
        if known is None:
            raise UserError(f"no id mapping for dim '{ext}'")
        for f, c, own in zip(fs, cols, owned):
            codes = own if own is not None else _map_ids(c, known)
            missing = _replace_unknown(codes, enc.dims[ext])  # unseen ids -> the extra all-zero slot
            if missing:
                unknown[ext] = unknown.get(ext, 0) + missing
            out[f.name] = codes

    dims_out = dict(enc.dims)
    for ext in unknown:
        dims_out[ext] = enc.dims[ext] + 1
    for d in model.dims:
        if d.name not in dims_out:
            raise UserError(f"dim '{d.name}' is not bound by the data; set it explicitly")
    check_sizes(model, dims_out)
    if model.weight and model.weight not in out:  # no weights given: every example weighs 1
        out[model.weight] = np.ones(int(n), dtype=np.float32)
    derive_fields(model, out, "index")  # (theta[y + 1]'s y + 1: from y, as bound)
    return Dataset(int(n), out, dims_out), enc, unknown


def _bind_reals(f, given, enc: Encoders) -> np.ndarray:
    """A ``real[outputs]`` field: ``(n, outputs)`` numbers (a 1-D array is one output), finite in float32, as a
    C-ordered float32 copy; its width binds the dim ``outputs`` (or must equal it)."""
    if sp.issparse(given) and len(given.shape) == 2:  # (made dense: refused before it would not fit)
        _fits_in_memory(f"field '{f.name}' as dense ({given.shape[0]} x {given.shape[1]})",
                        int(given.shape[0]) * int(given.shape[1]) * 8)
    try:
        a = np.asarray(given.toarray() if sp.issparse(given) else given)
    except Exception as e:  # noqa: BLE001 - any conversion failure is the user's
        raise UserError(f"field '{f.name}': cannot read as an array ({e})") from None
    if a.ndim == 1:
        a = a.reshape(-1, 1)
    if a.ndim != 2 or a.dtype == object or a.dtype.kind not in "biuf":
        raise UserError(f"field '{f.name}': expected an (examples, outputs) array of numbers, got shape {a.shape} "
                        f"of {a.dtype}")
    width = a.shape[1]
    ext = f.extent
    want = ext if isinstance(ext, int) else enc.dims.get(ext)
    if want is None:
        if not 1 <= width <= MAX_EXTENT:
            raise UserError(f"field '{f.name}': {width} outputs is not in [1, {MAX_EXTENT}]")
        enc.dims[ext] = width
    elif width != want:
        raise UserError(f"field '{f.name}': {width} outputs, but " +
                        (f"the spec gives '{f.name}' {want}" if isinstance(ext, int) else f"{ext} = {want}"))
    with np.errstate(over="ignore", invalid="ignore"):
        out = np.ascontiguousarray(a, dtype=np.float32)
    bad = _first_nonfinite(out.reshape(-1))
    if bad >= 0:
        raise UserError(f"field '{f.name}': value {float(a.reshape(-1)[bad])!r} at row {bad // width}, output "
                        f"{bad % width} is not a finite float32")
    return out


def _bind_binary(name, col, enc: Encoders, fit: bool, chunk: int = 1 << 20) -> np.ndarray:
    """-1/+1 float32 labels.  A numeric column is read ``chunk`` values at a time (no sorted or float64 copy of a
    10-million-row column: the output is the one extra copy)."""
    n = len(col)
    text = col.dtype.kind in "US"
    if not text and col.dtype.kind == "f":
        for lo in range(0, n, chunk):
            ok = np.isfinite(col[lo:lo + chunk])
            if not ok.all():
                bad = lo + int(np.flatnonzero(~ok)[0])
                raise UserError(f"field '{name}': non-finite label at position {bad}")
    if fit:
        seen = np.zeros(0, dtype=col.dtype)
        for lo in range(0, n, chunk):
            seen = np.unique(np.concatenate([seen, np.unique(col[lo:lo + chunk])]))
            if len(seen) > 2:
                break
        if len(seen) != 2:
            found = f"at least {len(seen)}" if len(seen) > 2 else str(len(seen))
            raise UserError(f"field '{name}': a binary label needs exactly two classes, found {found}")
        neg, pos = seen[0], seen[1]  # the larger value is the positive class
        enc.labels = {"kind": "binary", "values": [_py(neg), _py(pos)]}
    neg, pos = enc.labels["values"]
    out = np.empty(n, dtype=np.float32)
    for lo in range(0, n, chunk):
        c = col[lo:lo + chunk]
        if text:
            is_pos, is_neg = np.asarray(c == str(pos)), np.asarray(c == str(neg))
        else:
            is_pos, is_neg = c == np.asarray(pos, dtype=col.dtype), c == np.asarray(neg, dtype=col.dtype)
        if not np.all(is_pos | is_neg):
            bad = c[~(is_pos | is_neg)][0]
            raise UserError(f"field '{name}': label {bad!r} is neither of the training labels {neg!r}, {pos!r}")
        out[lo:lo + chunk] = np.where(is_pos, np.float32(1), np.float32(-1))
    return out


def _bind_classes(name, col, enc: Encoders, fit: bool, extent) -> np.ndarray:
    if fit:
        classes = np.unique(col)
        enc.labels = {"kind": "classes", "classes": [_py(c) for c in classes]}
        if isinstance(extent, str):
            enc.dims.setdefault(extent, len(classes))
    classes = np.asarray(enc.labels["classes"])
    codes = np.searchsorted(classes, col)
    codes = np.clip(codes, 0, len(classes) - 1)
    if not np.all(classes[codes] == col):
        bad = col[classes[codes] != col][0]
        raise UserError(f"field '{name}': class {_py(bad)!r} was not seen in training")
    limit = extent if isinstance(extent, int) else enc.dims[extent]
    if len(classes) > limit:
        raise UserError(f"field '{name}': {len(classes)} classes but the dim allows {limit}")
    return np.ascontiguousarray(codes, dtype=np.int32)


def _py(v):
    return v.item() if hasattr(v, "item") else v


def decode_predictions(model: Model, enc: Encoders, scores: np.ndarray) -> np.ndarray:
    """Scores from the predict program -> labels in the user's terms."""
    task = model.task
    if task == "binary":
        neg, pos = enc.labels["values"]
        thr = 0.5 if is_probability(model) else 0.0
        return np.where(scores >= thr, pos, neg)
    if task == "multiclass":
        classes = np.asarray(enc.labels["classes"])
        return classes[np.argmax(scores[:, :len(classes)], axis=1)]  # a class dim set larger: its extra rows unused
    return scores


def is_probability(model: Model) -> bool:
    from sgdc.ir.model import Unary

    return isinstance(model.predict, Unary) and model.predict.op == "sigmoid"


def pad_unknown(model: Model, params: dict, unknown: dict) -> dict:
    """Params with one extra all-zero slot along each axis over a dim that saw unknown ids."""
    if not unknown:
        return params
    out = {}
    for p in model.params:
        a = params[p.name]
        for axis, ext in enumerate(p.shape):
            if ext in unknown:
                pad = [(0, 0)] * a.ndim
                pad[axis] = (0, 1)
                a = np.pad(a, pad)
        out[p.name] = np.ascontiguousarray(a) if a is not params[p.name] else a  # same dtype (codes stay codes)
    return out
