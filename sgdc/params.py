"""Param initialisation, shared by every engine so that their runs compare."""
from __future__ import annotations

import numpy as np

from .errors import UserError
from .ir import Model


def param_shape(model: Model, name: str, dims: dict) -> tuple:
    out = []
    for ext in model.param(name).shape:
        if isinstance(ext, str):
            if ext not in dims:
                raise UserError(f"dim '{ext}' is not bound (give data, or set it explicitly)")
            out.append(int(dims[ext]))
        else:
            out.append(int(ext))
    return tuple(out)


def init_params(model: Model, dims: dict, seed: int = 0, dtype=np.float32) -> dict:
    """Fresh params for ``model``: one numpy Generator seeded by ``seed``, params in declaration order."""
    rng = np.random.default_rng([int(seed), 0x5EED])
    out = {}
    for p in model.params:
        shape = param_shape(model, p.name, dims)
        kind, args = p.init.kind, p.init.args
        if kind == "const":
            a = np.full(shape, float(args[0]), dtype=np.float64)
        elif kind == "normal":
            a = rng.normal(float(args[0]), float(args[1]), size=shape)
        elif kind == "uniform":
            a = rng.uniform(float(args[0]), float(args[1]), size=shape)
        else:  # pragma: no cover - the checker admits only these
            raise AssertionError(kind)
        out[p.name] = np.array(a, dtype=dtype, order="C")  # keeps 0-d params 0-d
    from .precision import from_codes, parse, quantised_params, to_codes

    bits = parse(model.schedule.precision).M
    for name, step in quantised_params(model).items():  # fixed-point params start on their grid
        out[name] = np.array(from_codes(to_codes(out[name], step, bits), step), dtype=dtype, order="C")
    return out
