"""Generated data that fits any spec (``sgdc train SPEC`` with no ``--data``).

The recipe, for a spec with target ``y``:

1. dims get default sizes: the extent of a vector field 200 (``--dim`` to
   change), an index dim 100, the class dim of an index target 5;
2. every non-target field is drawn at random: vector fields sparse with 10
   stored entries a row (values N(0, 1), so rows have a squared norm near 10, like
   a9a's 14 ones), index fields uniform, real fields
   N(0, 1), labels ±1;
3. a *true* model is drawn: every param entry N(0, 1/sqrt(m)) where m is the
   size of its last axis (N(0, 1) for scalars);
4. the target is the spec's own ``predict`` under the true model: a binary
   label is its sign (threshold 0.5 for a probability), with 5% of labels
   flipped; a class is the argmax of the scores; a real target gets Gaussian
   noise of a tenth of the predictions' spread.

So every spec gets a learnable problem with a known answer, and the examples
train to good quality on it.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from sgdc.data.bind import derive_fields, is_probability
from sgdc.data.dataset import Dataset, Sparse
from sgdc.runtime.engine import ReferenceEngine, CompiledEngine
from sgdc.passes.differentiate import build_update_ir
from sgdc.ir.model import Model

DEFAULT_VECTOR_DIM = 200
DEFAULT_INDEX_DIM = 100
DEFAULT_CLASSES = 5
DEFAULT_OUTPUTS = 3  # the outputs of a generated several-target (real[outputs]) task
NNZ_PER_ROW = 10


def default_dims(model: Model, given: dict | None = None) -> dict:
    dims = {}
    for f in model.data_fields:  # (a sampled field is drawn by the kernels)
        if isinstance(f.extent, str):
            if f.kind == "vector":
                dims.setdefault(f.extent, DEFAULT_VECTOR_DIM)
            elif f.kind == "reals":
                dims.setdefault(f.extent, DEFAULT_OUTPUTS)
            elif f.name == model.target:
                dims.setdefault(f.extent, DEFAULT_CLASSES)
            else:
                dims.setdefault(f.extent, DEFAULT_INDEX_DIM)
    for d in model.dims:
        dims.setdefault(d.name, DEFAULT_INDEX_DIM)
    dims.update(given or {})
    return dims


def synthesize(model: Model, n: int = 5000, seed: int = 0, dims: dict | None = None, *, true_seed: int | None = None):
    """``(fields, dims)``: ``n`` examples for ``model``; ``true_seed`` fixes the true model (default: ``seed``)."""
    dims = default_dims(model, dims)
    rng = np.random.default_rng([seed, 7])
    fields: dict = {}
    bound: dict = {}
    for f in model.data_fields:  # (a sampled field is drawn by the kernels)
        if f.name == model.target:
            continue
        ext = dims[f.extent] if isinstance(f.extent, str) else f.extent
        if f.kind == "vector":
            nnz = min(NNZ_PER_ROW, ext)
            cols = np.argsort(rng.random((n, ext)), axis=1)[:, :nnz] if ext <= 4096 else rng.integers(0, ext, (n, nnz))
            cols = np.sort(cols, axis=1)
            vals = rng.normal(0, 1, (n, nnz)).astype(np.float32)
            X = sp.csr_matrix((vals.ravel(), cols.ravel(), np.arange(0, n * nnz + 1, nnz)), shape=(n, ext))
            X.sum_duplicates()
            fields[f.name] = X
            bound[f.name] = Sparse(X.indptr.astype(np.int64), X.indices.astype(np.int32), X.data.astype(np.float32), ext)
        elif f.kind == "index":
            fields[f.name] = rng.integers(0, ext, n).astype(np.int64)
            bound[f.name] = fields[f.name].astype(np.int32)
        elif f.kind == "label":
            fields[f.name] = np.where(rng.random(n) < 0.5, -1.0, 1.0)
            bound[f.name] = fields[f.name].astype(np.float32)
        elif f.name == model.weight:  # weights: positive, mean 1
            fields[f.name] = rng.uniform(0.5, 1.5, n)
            bound[f.name] = fields[f.name].astype(np.float32)
        else:
            fields[f.name] = rng.normal(0, 1, n)
            bound[f.name] = fields[f.name].astype(np.float32)
    # the true model
    trng = np.random.default_rng([seed if true_seed is None else true_seed, 11])
    truth = {}
    for p in model.params:
        shape = tuple(dims[e] if isinstance(e, str) else e for e in p.shape)
        scale = 1.0 / np.sqrt(shape[-1]) if len(shape) >= 2 else 1.0
        truth[p.name] = np.array(trng.normal(0, scale, shape), dtype=np.float32, order="C")
    uir = build_update_ir(model)
    derive_fields(model, bound)
    derive_fields(model, bound, "index")
    ds = Dataset(n, bound, dims)
    try:
        scores = CompiledEngine(uir).predict(truth, ds)
    except Exception:  # noqa: BLE001 - fall back to the oracle
        scores = ReferenceEngine(uir).predict(truth, ds)
    task = model.task
    if task == "ranking":  # the positives: the random pairs drawn again, those the true model scores higher likelier
        s = np.asarray(scores, dtype=np.float64)
        w = np.exp(2.0 * (s - s.max()))
        keep = rng.choice(n, size=n, p=w / w.sum())
        index_dims = {f.extent: dims[f.extent] for f in model.data_fields if f.kind == "index"
                      and isinstance(f.extent, str)}
        return {k: v[keep] for k, v in fields.items()}, index_dims
    if task == "binary":
        thr = 0.5 if is_probability(model) else 0.0
        y = np.where(scores >= thr, 1.0, -1.0)
        flip = rng.random(n) < 0.05
        y[flip] = -y[flip]
    elif task == "multiclass":  # each class's scores centred over the examples: a bias alone picks no class
        s = np.asarray(scores, dtype=np.float64)
        y = np.argmax(s - s.mean(axis=0), axis=1).astype(np.int64)
    else:  # (several targets: one noisy value per output)
        spread = float(np.std(scores)) or 1.0
        y = scores + rng.normal(0, 0.1 * spread, np.shape(scores))
    fields[model.target] = y  # (a field derived from the target is derived when the fit binds it)
    index_dims = {f.extent: dims[f.extent] for f in model.fields if f.kind == "index" and f.name != model.target and isinstance(f.extent, str)}
    return fields, index_dims
