"""Reading a data file into a spec's fields (the CLI's ``--data`` and ``--test``).

=========  ==============================================================
format     fields
=========  ==============================================================
svmlight   the spec's one vector field gets the features, the target the labels, a
           weight field the ``cost:<v>`` tokens (1 where a line has none)
ratings    ``user item rating [time]``: the spec's first two non-target
           index fields get the user and item ids, the target the rating
           (``sgdc predict`` also reads ``user item`` pairs, with no rating)
csv        the last column (or the column named like the target, with a
           header) is the target; with a header, a column named like the
           weight field is the weights; the rest is the spec's one vector field
npz        arrays named after the fields (a sparse field as
           ``x_indptr``, ``x_indices``, ``x_data``; several targets,
           ``y : real[outputs]``, as one (examples, outputs) array)
binary     sgdc's own (``sgdc convert``): as the text it was made from, mapped
           read-only, not parsed
vw         Vowpal Wabbit's text: as svmlight, its features hashed into ``2^bits``
           columns (:mod:`sgdc.data.vw`), the importance as the weight
=========  ==============================================================
"""
from __future__ import annotations

import os

import numpy as np
from sgdc.errors import UserError
from sgdc.ir.model import Model

FORMATS = ("svmlight", "ratings", "csv", "npz", "binary", "vw")


def _one_vector(model: Model, fmt: str):
    vec = model.data_vector_fields
    if len(vec) != 1:
        raise UserError(f"format {fmt} needs a spec with exactly one vector field; '{model.name}' has {len(vec)}")
    return vec[0].name


def read(path, model: Model, fmt: str | None = None, need_target: bool = True, bits: int | None = None,
         categorical=None, width: int | None = None) -> dict:
    """The fields of a data file; without ``need_target`` (scoring) a ratings file may hold ``user item``
    pairs only, and a CSV file of ``width`` columns (the features the model was trained on) none for a label.
    A binary data file (``sgdc convert``, :mod:`sgdc.data.binary`) is mapped, not parsed.
    ``bits``: the hashed columns (``2^bits``) of Vowpal Wabbit text and hashed CSV (default 18);
    ``categorical``: a CSV file's columns of categories (``"auto"`` or names): the CSV is then hashed
    (:mod:`sgdc.data.hashed_csv`)."""
    from sgdc.data import binary, loaders

    path = os.fspath(path)
    if not os.path.exists(path):
        raise UserError(f"{path}: no such file")
    if os.path.isdir(path):
        raise UserError(f"{path}: is a directory, not a data file")
    fmt = fmt or loaders.detect_format(path)
    if fmt not in FORMATS:
        raise UserError(f"unknown data format '{fmt}' (expected one of {', '.join(FORMATS)})")
    if fmt == "npz":
        return loaders.load_npz(path)
    if fmt == "binary":
        kind, loaded = binary.load_binary(path)
        if kind == "ratings" and "r" not in loaded and need_target:
            raise UserError(f"{path}: holds user item pairs without ratings: nothing to train on")
    else:
        from sgdc.data.readers import parse_text

        kind, loaded = parse_text(path, fmt, pairs=not need_target, bits=bits, categorical=categorical,
                                  width=None if need_target else width)
    return fields_of(kind, loaded, model, need_target)


def fields_of(kind: str, loaded, model: Model, need_target: bool = True) -> dict:
    """A spec's fields from what a loader of ``kind`` returned (the table in the module doc)."""
    target = model.field(model.target) if model.target is not None else None
    if target is None or target.kind != "reals":
        return _fields(kind, loaded, model)
    if need_target:
        raise UserError(f"format {kind} carries one target a line; '{model.name}' has several ({target.name} : "
                        f"real[{target.extent}]): give them as npz (an (examples, outputs) array named "
                        f"'{target.name}') or as arrays in Python")
    out = _fields(kind, loaded, model)  # (scoring: the features alone; a line's one target is not the model's)
    out.pop(target.name, None)
    return out


def _fields(kind: str, loaded, model: Model) -> dict:
    if kind == "svmlight":
        X, y, w = loaded
        out = {_one_vector(model, kind): X, model.target: y}
        if w is not None and model.weight:
            out[model.weight] = w
        return out
    if kind == "csv":
        X, y, cols = loaded
        out = {_one_vector(model, kind): X, model.target: y} if y is not None else {_one_vector(model, kind): X}
        if model.weight and model.weight in cols:  # a column named like the weight field
            j = cols.index(model.weight)
            out[model.weight] = np.asarray(X[:, j], dtype=np.float64)
            out[_one_vector(model, kind)] = np.ascontiguousarray(np.delete(X, j, axis=1))
        return out
    idx = [f.name for f in model.data_fields if f.kind == "index" and f.name != model.target]
    if len(idx) != 2:
        raise UserError(f"format ratings needs a spec with two index fields (user, item); '{model.name}' has {len(idx)}")
    out = {idx[0]: loaded["u"], idx[1]: loaded["i"]}
    if "r" in loaded and model.target is not None:  # (a ranking spec: the pairs are its positives)
        out[model.target] = loaded["r"]
    return out
