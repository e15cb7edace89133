"""Bound data: the per-field arrays that both engines read.

A :class:`Dataset` holds one array per data field of a spec, validated and in
the exact dtypes native code expects:

* ``real`` and ``label`` fields: ``float32[n]`` (labels are -1.0 / +1.0);
* ``index`` fields: ``int32[n]`` in ``[0, extent)``;
* ``vector`` fields: :class:`Dense` (``float32[n, d]``, C-contiguous) or
  :class:`Sparse` (CSR: ``int64`` indptr, ``int32`` sorted column indices,
  ``float32`` values).  With low-precision data (``D8``, ``D16``) the values
  are ``int8``/``int16`` fixed-point codes and ``scale`` (a power of two)
  turns a code into its value.

Whether a vector field is dense or sparse is the layout; the model does not
change.  Sparse rows are iterated over their stored entries, dense rows over
all ``d`` columns.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sgdc.errors import UserError
from sgdc.ir.model import MAX_EXTENT


@dataclass(frozen=True)
class Dense:
    X: np.ndarray  # float32 [n, d], or int8/int16 fixed-point codes (value = code * scale)
    scale: float = 1.0

    layout = "dense"

    @property
    def n(self) -> int:
        return self.X.shape[0]

    @property
    def d(self) -> int:
        return self.X.shape[1]

    def row(self, e: int):
        """(column indices, values) of row ``e`` (values as reals)."""
        x = self.X[e]
        return self._cols, (x if x.dtype.kind == "f" else x.astype(np.float64) * self.scale)

    @property
    def _cols(self):
        cols = self.__dict__.get("_cols_cache")
        if cols is None:
            cols = np.arange(self.d)
            object.__setattr__(self, "_cols_cache", cols)
        return cols


@dataclass(frozen=True)
class Sparse:
    indptr: np.ndarray  # int64 [n + 1]
    indices: np.ndarray  # int32 [nnz]
    data: np.ndarray  # float32 [nnz], or int8/int16 fixed-point codes (value = code * scale)
    d: int
    scale: float = 1.0

    @property
    def layout(self) -> str:
        """``sparse``, or ``mapped`` when the columns are read from a data file's mapping (not sgdc's own checked
        copy): its kernels clamp every column they read (``ExampleEmitter.last_column``)."""
        return "mapped" if file_mapped(self.indices) else "sparse"

    @property
    def n(self) -> int:
        return self.indptr.shape[0] - 1

    def row(self, e: int):
        a, b = self.indptr[e], self.indptr[e + 1]
        x = self.data[a:b]
        return self.indices[a:b], (x if x.dtype.kind == "f" else x.astype(np.float64) * self.scale)


@dataclass(frozen=True)
class Codes:
    """A vector field's values given as ``D<bits>`` fixed-point codes (a quantised binary data file's
    features, :mod:`sgdc.data.binary`): ``X`` a scipy CSR matrix or a 2-D array of int8/int16 codes, a value
    being ``code * scale``; ``clipped``: the values beyond the range when they were quantised.  Bound as they
    are for a spec of the same precision and scale, else as their values (:func:`sgdc.data.bind.bind_fields`)."""
    X: object
    scale: float
    bits: int
    clipped: int = 0

    def values(self):
        """The values the codes stand for, float32 (a copy; exact: the scale is a power of two)."""
        import scipy.sparse as sp

        if sp.issparse(self.X):
            X = self.X.tocsr()
            return sp.csr_matrix((X.data.astype(np.float32) * np.float32(self.scale), X.indices, X.indptr),
                                 shape=X.shape)
        return np.asarray(self.X).astype(np.float32) * np.float32(self.scale)


def file_mapped(a: np.ndarray) -> bool:
    """Does ``a`` read a file's mapping (an ``np.memmap``, or a view of one: :mod:`sgdc.data.binary`)?"""
    while a is not None:
        if isinstance(a, np.memmap):
            return True
        a = getattr(a, "base", None)
        if a is not None and not isinstance(a, np.ndarray):
            return False  # an mmap, bytes...: the end of the chain
    return False


@dataclass(frozen=True)
class Dataset:
    n: int
    fields: dict  # name -> np.ndarray | Dense | Sparse
    dims: dict  # dim name -> int

    def __getitem__(self, name):
        return self.fields[name]

    def mapped_bytes(self) -> int:
        """Bytes of this data set read from a file's mapping (0 when it is all in memory)."""
        total = 0
        for v in self.fields.values():
            arrays = (v.X,) if isinstance(v, Dense) else (v.indices, v.data) if isinstance(v, Sparse) else (v,)
            total += sum(int(a.nbytes) for a in arrays if file_mapped(a))
        return total

    def take(self, rows: np.ndarray) -> "Dataset":
        """A new dataset of the given rows (a copy), same dims."""
        rows = np.asarray(rows, dtype=np.int64)
        out = {}
        for name, v in self.fields.items():
            if isinstance(v, Dense):
                out[name] = Dense(np.ascontiguousarray(v.X[rows]), v.scale)
            elif isinstance(v, Sparse):
                counts = v.indptr[rows + 1] - v.indptr[rows]
                indptr = np.zeros(len(rows) + 1, dtype=np.int64)
                np.cumsum(counts, out=indptr[1:])
                take = np.concatenate([np.arange(v.indptr[r], v.indptr[r + 1]) for r in rows]) if len(rows) else np.zeros(0, np.int64)
                out[name] = Sparse(indptr, v.indices[take].copy(), v.data[take].copy(), v.d, v.scale)
            else:
                out[name] = np.ascontiguousarray(v[rows])
        return Dataset(len(rows), out, dict(self.dims))


# -- dims: the extents data bound ------------------------------------------------------------------------

def extent_of(ext, dims: dict, what: str) -> int:
    """The size of extent ``ext`` (a literal or a dim name) under ``dims``."""
    if isinstance(ext, int):
        return ext
    if ext not in dims:
        raise UserError(f"{what}: dim '{ext}' is not bound (give data, or set it explicitly)")
    v = dims[ext]
    if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)) or not 1 <= int(v) <= MAX_EXTENT:
        raise UserError(f"{what}: dim '{ext}' = {v!r} is not an integer in [1, {MAX_EXTENT}]")
    return int(v)


def param_shape(model, name: str, dims: dict) -> tuple:
    """The shape of param ``name`` under ``dims``."""
    return tuple(extent_of(e, dims, f"param '{name}'") for e in model.param(name).shape)


def layouts_of(uir, data: Dataset) -> dict:
    """``{vector field: "dense" | "sparse" | "mapped"}``: the layout each vector field's data bound."""
    return {f.name: data[f.name].layout for f in uir.model.vector_fields}
