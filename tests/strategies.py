"""Hypothesis strategies shared by the tests: random well-formed specs as source text.

:func:`specs` draws a spec from one of a few *families* (a fixed header of
dims, fields and params, and a fixed ``predict``) with a random loss
expression tree over the family's atoms.  Every spec it draws checks
cleanly: every param and the target appear in the loss (a missing one is
added as one more term), predict reads every other field, data vectors
appear only as ``dot(P, x)`` / ``W @ x``, and the operators are chosen so
that values stay finite (``exp`` only of bounded arguments, division only by
something at least 1).

Helpers to go with them: :func:`make_data` (a small random
:class:`~sgdc.data.dataset.Dataset` for any model, sparse or dense) and
:func:`perturbed_params` (params away from their zero init).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from hypothesis import strategies as st

from sgdc.data.bind import derive_fields
from sgdc.data.dataset import Dataset, Dense, Sparse
from sgdc.runtime.params import init_params

# ---------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Family:
    name: str
    header: str  # dims, consts, data fields, params
    predict: str
    scalars: tuple  # scalar atoms (text)
    vectors: dict  # extent group -> vector atoms (text) that can be combined elementwise
    required: dict  # name that the loss must mention -> a term that mentions it
    regular_params: tuple  # params a random regulariser may name


LINEAR_REAL = Family(
    "linear_real",
    "dim d\ndata x : [d]\ndata y : real\nparam w : [d] = 0\nparam b : real = 0\n",
    "dot(w, x) + b",
    ("dot(w, x)", "b", "y", "(dot(w, x) + b - y)"),
    {"d": ("w",)},
    {"w": "dot(w, x)", "b": "b", "y": "y"},
    ("w", "b"),
)

LINEAR_LABEL = Family(
    "linear_label",
    "dim d\ndata x : [d]\ndata y : label\nparam w : [d] = 0\nparam b : real = 0\n",
    "sigmoid(dot(w, x) + b)",
    ("dot(w, x)", "b", "y", "(y * (dot(w, x) + b))"),
    {"d": ("w",)},
    {"w": "dot(w, x)", "b": "b", "y": "y"},
    ("w", "b"),
)

FACTOR = Family(
    "factor",
    "dim users, items\nconst k = 3\ndata u : index[users]\ndata i : index[items]\ndata r : real\n"
    "param L : [users, k] = normal(0, 0.1)\nparam R : [items, k] = normal(0, 0.1)\nparam bu : [users] = 0\n",
    "dot(L[u], R[i]) + bu[u]",
    ("dot(L[u], R[i])", "bu[u]", "r", "sum(L[u])", "norm2(R[i])", "dot(L[u] * R[i], R[i])",
     "sum(sigmoid(L[u]))"),
    {"k": ("L[u]", "R[i]")},
    {"L": "sum(L[u])", "R": "norm2(R[i])", "bu": "bu[u]", "r": "r"},
    ("L", "R", "bu"),
)

MULTICLASS = Family(
    "multiclass",
    "dim d, classes\ndata x : [d]\ndata y : index[classes]\nparam W : [classes, d] = 0\n"
    "param v : [classes] = 0\n",
    "W @ x + v",
    ("logsumexp(W @ x)", "dot(W[y], x)", "v[y]", "norm2(W[y])", "(logsumexp(W @ x + v) - dot(W[y], x) - v[y])"),
    {"classes": ("(W @ x)", "v", "(W @ x + v)")},
    {"W": "logsumexp(W @ x)", "v": "sum(v)", "y": "dot(W[y], x)"},
    ("W", "v"),
)

# One param indexed twice: ``i = j`` happens often with a small ``n``.
PSD = Family(
    "psd",
    "dim n\nconst k = 3\ndata i : index[n]\ndata j : index[n]\ndata a : real\nparam X : [n, k] = normal(0, 0.1)\n",
    "dot(X[i], X[j])",
    ("dot(X[i], X[j])", "a", "norm2(X[i])", "sum(X[j])", "(dot(X[i], X[j]) - a)"),
    {"k": ("X[i]", "X[j]")},
    {"X": "dot(X[i], X[j])", "a": "a"},
    ("X",),
)

FAMILIES = (LINEAR_REAL, LINEAR_LABEL, FACTOR, MULTICLASS, PSD)

# Small dims for every dim name the families (and the examples) use.
SMALL_DIMS = {"d": 7, "users": 5, "items": 4, "classes": 3, "n": 4}

NUMBERS = ("0.5", "2", "1.5", "0.25", "3", "1")

# ---------------------------------------------------------------------------
# Expression trees
# ---------------------------------------------------------------------------


# Binary operators and reductions weigh more than unary ones, so that trees branch.
VECTOR_KINDS = ("add", "sub", "mul", "scale", "max", "min", "div") * 2 + ("sigmoid", "softplus", "abs", "sq", "neg")
SCALAR_KINDS = ("add", "sub", "mul", "div1", "div2", "max", "min", "reduce") * 2 + (
    "neg", "sq", "expsp", "expsig", "log1pexp", "logexp", "logsig", "softplus", "sigmoid", "abs", "sqrt", "reduce")


def _vector(draw, fam: Family, group: str, depth: int) -> str:
    atoms = fam.vectors[group]
    if depth <= 0 or draw(st.integers(0, 3)) == 0:
        return draw(st.sampled_from(atoms))
    kind = draw(st.sampled_from(VECTOR_KINDS))
    a = _vector(draw, fam, group, depth - 1)
    if kind in ("add", "sub", "mul", "max", "min", "div"):
        b = _vector(draw, fam, group, depth - 1)
        if kind in ("max", "min"):
            return f"{kind}({a}, {b})"
        if kind == "div":
            return f"({a} / (1 + {b}^2))"
        return f"({a} {dict(add='+', sub='-', mul='*')[kind]} {b})"
    if kind == "scale":
        s = _scalar(draw, fam, depth - 2)
        return f"({s} * {a})" if draw(st.booleans()) else f"({a} * {s})"
    if kind == "sq":
        return f"({a})^2"
    if kind == "neg":
        return f"(-{a})"
    return f"{kind}({a})"


def _scalar(draw, fam: Family, depth: int) -> str:
    if depth <= 0 or draw(st.integers(0, 5)) == 0:
        if draw(st.integers(0, 4)) == 0:
            return draw(st.sampled_from(NUMBERS))
        return draw(st.sampled_from(fam.scalars))
    kind = draw(st.sampled_from(SCALAR_KINDS))
    if kind == "reduce":
        group = draw(st.sampled_from(sorted(fam.vectors)))
        red = draw(st.sampled_from(("sum", "norm2", "dot", "logsumexp")))
        a = _vector(draw, fam, group, depth - 1)
        if red == "dot":
            return f"dot({a}, {_vector(draw, fam, group, depth - 1)})"
        return f"{red}({a})"
    a = _scalar(draw, fam, depth - 1)
    if kind in ("add", "sub", "mul", "max", "min", "div1", "div2"):
        b = _scalar(draw, fam, depth - 1)
        if kind in ("max", "min"):
            return f"{kind}({a}, {b})"
        if kind == "div1":
            return f"({a} / (1 + ({b})^2))"
        if kind == "div2":
            return f"({a} / (2 + sigmoid({b})))"
        return f"({a} {dict(add='+', sub='-', mul='*')[kind]} {b})"
    return {
        "neg": f"(-{a})",
        "sq": f"({a})^2",
        "expsp": f"exp(-softplus({a}))",
        "expsig": f"exp(sigmoid({a}))",
        "log1pexp": f"log1p(exp({a}))",
        "logexp": f"log(1 + exp({a}))",
        "logsig": f"log(sigmoid({a}))",
        "softplus": f"softplus({a})",
        "sigmoid": f"sigmoid({a})",
        "abs": f"abs({a})",
        "sqrt": f"sqrt(1 + ({a})^2)",
    }[kind]


def mentions(text: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


@st.composite
def loss_exprs(draw, fam: Family, max_depth: int = 4) -> str:
    """A random scalar loss over ``fam``'s atoms that mentions every required name."""
    loss = _scalar(draw, fam, draw(st.integers(min(2, max_depth), max_depth)))
    for name, term in fam.required.items():
        if not mentions(loss, name):
            c = draw(st.sampled_from(("0.5", "0.25", "2")))
            loss = f"{loss} + {c} * {term}"
    return loss


@st.composite
def spec_cases(draw, families=FAMILIES, regular: bool = True, max_depth: int = 4):
    """``(family, source text)`` of a random well-formed spec."""
    fam = draw(st.sampled_from(families))
    loss = draw(loss_exprs(fam, max_depth))
    lines = [f"model gen_{fam.name}", fam.header.rstrip("\n"), f"loss {loss}"]
    if regular and draw(st.booleans()):
        kind = draw(st.sampled_from(("l2", "l1")))
        names = draw(st.lists(st.sampled_from(fam.regular_params), min_size=1, unique=True))
        lines.append(f"regular {kind}({draw(st.sampled_from(('0.01', '0.1', '1e-3')))}) on {', '.join(names)}")
    lines.append(f"predict {fam.predict}")
    lines.append("schedule\n  step 0.01 / (1 + 0.5 * epoch)")
    return fam, "\n".join(lines) + "\n"


def specs(families=FAMILIES, regular: bool = True, max_depth: int = 4):
    """Random well-formed specs, as source text."""
    return spec_cases(families, regular, max_depth).map(lambda c: c[1])


# ---------------------------------------------------------------------------
# Data and params
# ---------------------------------------------------------------------------


def dims_for(model, given: dict | None = None) -> dict:
    dims = {d.name: SMALL_DIMS.get(d.name, 4) for d in model.dims}
    dims.update(given or {})
    return dims


def make_data(model, n: int, seed: int = 0, layout: str = "sparse", dims: dict | None = None,
              density: float = 0.5, fixed_samples: bool = False) -> Dataset:
    """``n`` random examples for ``model``: vector fields ``layout`` (every row has a nonzero),
    index fields uniform, labels +-1, reals N(0, 1).  A sampled field is left to the engines to draw, or with
    ``fixed_samples`` given uniform values (the interpreter then reads them: gradients at a fixed negative)."""
    dims = dims_for(model, dims)
    rng = np.random.default_rng([seed, 99])
    fields = {}
    for f in (model.fields if fixed_samples else model.data_fields):  # (a sampled field: drawn by the engines)
        if f.derived is not None:  # (computed from its source below, as bind does)
            continue
        ext = dims[f.extent] if isinstance(f.extent, str) else f.extent
        if f.kind == "vector":
            X = rng.normal(0, 1, (n, ext)) * (rng.random((n, ext)) < density)
            X[np.arange(n), rng.integers(0, ext, n)] = rng.normal(0, 1, n) + 0.1
            X = X.astype(np.float32)
            if layout == "dense":
                fields[f.name] = Dense(np.ascontiguousarray(X))
            else:
                m = sp.csr_matrix(X)
                m.sort_indices()
                fields[f.name] = Sparse(m.indptr.astype(np.int64), m.indices.astype(np.int32),
                                        m.data.astype(np.float32), ext)
        elif f.kind == "index":
            fields[f.name] = rng.integers(0, ext, n).astype(np.int32)
        elif f.kind == "label":
            fields[f.name] = np.where(rng.random(n) < 0.5, -1.0, 1.0).astype(np.float32)
        elif f.kind == "reals":
            fields[f.name] = rng.normal(0, 1, (n, ext)).astype(np.float32)
        else:
            fields[f.name] = rng.normal(0, 1, n).astype(np.float32)
    derive_fields(model, fields)
    derive_fields(model, fields, "index")
    return Dataset(n, fields, dims)


def perturbed_params(model, dims: dict, seed: int = 0, dtype=np.float64, scale: float = 0.5) -> dict:
    """The model's init plus N(0, scale^2) noise: no param sits at its (often zero) init."""
    params = init_params(model, dims, seed, dtype=np.float64)
    rng = np.random.default_rng([seed, 1234])
    return {k: np.array(v + rng.normal(0, scale, v.shape), dtype=dtype, order="C") for k, v in params.items()}


def copy_params(params: dict) -> dict:
    return {k: v.copy() for k, v in params.items()}


def assert_bit_for_bit(prog, data, seed: int, epochs: int = 2) -> None:
    """``epochs`` of the reference (the exact fixed-point interpreter) and the compiled kernels from the same
    params on their grid, over the same orders: every param equal bit for bit."""
    from sgdc.ir.precision import quantised_params
    from sgdc.runtime.engine import CompiledEngine, ReferenceEngine

    p0 = {k: np.asarray(v) for k, v in perturbed_params(prog.model, data.dims, seed, np.float32, 0.3).items()}
    for k, step in quantised_params(prog.model).items():
        p0[k] = (np.round(p0[k] / step) * step).astype(np.float32)
    out = []
    for cls in (ReferenceEngine, CompiledEngine):
        eng, p = cls(prog.uir), copy_params(p0)
        for e in range(epochs):
            eng.epoch(p, data, np.random.default_rng(e).permutation(data.n), e, e * data.n)
        out.append(p)
    for k in out[0]:
        np.testing.assert_array_equal(out[0][k], out[1][k], err_msg=k)


def subgradient_l1(text: str) -> str:
    """``text`` (a spec whose schedule block comes last) with ``l1_penalty subgradient``: ``regular l1`` as the
    plain subgradient step, not the default cumulative penalty's clip."""
    assert re.search(r"(?m)^schedule\s*$", text), "the spec needs a schedule block"
    return text.rstrip("\n") + "\n  l1_penalty subgradient\n"
