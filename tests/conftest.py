"""Shared fixtures: where the real data sets live, and small helpers."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DATASETS = ROOT.parent / "shared" / "datasets"


def dataset(*parts) -> Path:
    """Path of a file under ../shared/datasets, or skip the test with the reason."""
    p = DATASETS.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"real data set not available: {p} (../shared/datasets is absent on this machine)")
    return p


@pytest.fixture(scope="session")
def a9a():
    from sgdc.data.loaders import load_svmlight

    X, y = load_svmlight(dataset("a9a", "a9a"))
    Xt, yt = load_svmlight(dataset("a9a", "a9a.t"))
    return X, y, Xt, yt


@pytest.fixture(scope="session")
def ml100k_u1():
    from sgdc.data.loaders import load_ratings

    tr = load_ratings(dataset("movielens-100k", "u1.base"))
    te = load_ratings(dataset("movielens-100k", "u1.test"))
    return {"u": tr["u"], "i": tr["i"], "r": tr["r"]}, {"u": te["u"], "i": te["i"], "r": te["r"]}


@pytest.fixture(scope="session")
def news20_split():
    """news20, rows L2-normalised, 80/20 split with a fixed seed."""
    import scipy.sparse as sp

    from sgdc.data.loaders import load_svmlight

    X, y = load_svmlight(dataset("news20", "news20.bz2"))
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    X = sp.csr_matrix(sp.diags(1 / norms) @ X)
    perm = np.random.default_rng(0).permutation(X.shape[0])
    cut = int(0.8 * len(perm))
    tr, te = perm[:cut], perm[cut:]
    return X[tr], y[tr], X[te], y[te]


# Compiled-kernel cache: one fresh folder per test session (inherited by the CLI subprocesses),
# never the user's ~/.cache/sgdc.
if "SGDC_CACHE_DIR" not in os.environ or os.environ.get("SGDC_TEST_KEEP_CACHE") != "1":
    os.environ["SGDC_CACHE_DIR"] = tempfile.mkdtemp(prefix="sgdc-test-cache-")


# Guarded mode (sgdc.runtime.gate): test modules marked ``pytestmark = pytest.mark.guarded`` run with SGDC_GUARD=1, so
# every buffer native code touches ends at an inaccessible page and an overrun crashes the test at once instead
# of passing silently (CLI subprocesses inherit it).  ``SGDC_GUARD=1 python -m pytest`` guards every test.
def pytest_configure(config):
    config.addinivalue_line("markers", "guarded: run with SGDC_GUARD=1 (native buffers followed by a guard page)")


@pytest.fixture(autouse=True)
def _guarded_mode(request, monkeypatch):
    if request.node.get_closest_marker("guarded") is None:
        yield
        return
    from sgdc.runtime import gate

    monkeypatch.setenv("SGDC_GUARD", "1")  # for the CLI subprocesses
    was = gate.set_enabled(True)
    try:
        yield
    finally:
        gate.set_enabled(was)
