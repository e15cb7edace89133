"""The short spec-fuzzing campaign (issue 9); the long one is ``python -m tests.fuzz_specs``.

A few hundred hypothesis cases from every family of :mod:`fuzz_specs`
(well-formed, token edits, byte edits loaded from a file, huge numbers, deep
nesting): only ``SpecError`` with a ``line:column`` comes out of the front end,
each case within its time limit, and specs that check cleanly compile (and run
an epoch when small) raising nothing but sgdc's own errors.
"""
from __future__ import annotations

import fuzz_specs
import pytest

from sgdc.errors import SpecError
from sgdc.frontend.load import load_model


@pytest.mark.parametrize("family", sorted(fuzz_specs.FAMILIES))
def test_short_campaign(family, monkeypatch):
    monkeypatch.setenv("SGDC_CACHE", "off")
    n = 40 if family == "wellformed" else 80
    camp = fuzz_specs.run_campaign(n, seed=None, compile_every=4 if family == "wellformed" else 8,
                                   families=[family])
    assert camp.counts[("all", "cases")] >= n // 2
    assert sum(v for (f, o), v in camp.counts.items() if o in ("ran", "compiled")) >= 1 or family != "wellformed"


@pytest.mark.parametrize("kind", [k for k in fuzz_specs.NESTINGS if k != "index"])
@pytest.mark.parametrize("depth", [199, 5000])
def test_deep_nesting_is_a_clean_error_or_accepted(kind, depth):
    import numpy as np

    text = (fuzz_specs.ROOT / "examples" / "least_squares.sgd").read_text()
    inner = fuzz_specs.nested(kind, depth, np.random.default_rng(0)).replace("x_", "y")
    text = text.replace("loss ", f"loss 0 * ({inner}) + ", 1)
    try:
        load_model(text)
    except SpecError as e:
        assert e.loc is not None and e.loc.line >= 1
        if depth > 1000:
            assert "too deeply" in e.message or "nested" in e.message, e.message


def test_non_utf8_spec_file_has_a_position(tmp_path):
    p = tmp_path / "bad.sgd"
    p.write_bytes(b"model m\ndim d  # caf\xc3\xa9 \xff\n")
    with pytest.raises(SpecError) as ei:
        load_model(str(p))
    assert ei.value.loc.line == 2 and ei.value.loc.col == 15, str(ei.value)
    assert "^" in ei.value.render()


def test_huge_init_is_a_spec_error():
    text = (fuzz_specs.ROOT / "examples" / "least_squares.sgd").read_text()
    bad = text.replace("param w : [d] = 0", "param w : [d] = 1e300")
    assert bad != text
    with pytest.raises(SpecError, match="too large for a float32 param"):
        load_model(bad)
