"""Every ```python block in the user docs runs (blocks of one file share a namespace, in order)."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT

DOCS = sorted(["README.md"] + [str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md")])
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def blocks(doc):
    return BLOCK.findall((ROOT / doc).read_text(encoding="utf-8"))


@pytest.mark.parametrize("doc", DOCS)
def test_doc_examples_run(doc, tmp_path, monkeypatch):
    code = blocks(doc)
    if doc in ("docs/getting-started.md", "docs/python.md", "README.md"):
        assert code, f"{doc} has no python examples"
    if any("sklearn" in c for c in code):
        pytest.importorskip("sklearn")
    if any("sgdc.distributed" in c for c in code):
        pytest.importorskip("distributed", reason="Dask is not installed: pip install 'sgdc[distributed]'")
    monkeypatch.chdir(ROOT if doc == "README.md" else tmp_path)  # the README's example runs in the checkout
    ns: dict = {"__name__": "__doc_example__"}
    for i, c in enumerate(code):
        try:
            exec(compile(c, f"{doc}[block {i + 1}]", "exec"), ns)
        except Exception as e:  # noqa: BLE001 - report which block failed
            raise AssertionError(f"{doc} block {i + 1} failed: {type(e).__name__}: {e}\n{c}") from e


def test_readme_python_example_names_real_api():
    import sgdc

    text = (ROOT / "README.md").read_text()
    for name in ("compile", "fit", "predict", "loss", "params"):
        assert name in text
    assert callable(sgdc.load) and callable(sgdc.compile)
