"""Smoke test of the benchmark harness: a quick run of one workload writes JSON of the documented shape."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = ROOT / "benchmarks" / "run.py"
A9A = ROOT.parent / "shared" / "datasets" / "a9a" / "a9a"

pytest.importorskip("numba")


def test_quick_run_json_schema(tmp_path):
    out = tmp_path / "bench.json"
    # W3 (a9a) when the shared data sets are here; else the small synthetic W2 of --quick
    only = "W3" if A9A.exists() else "W2"
    cmd = [sys.executable, str(RUN), "--quick", "--only", only, "--no-peers", "--bandwidth-gib", "0.0625",
           "--json", str(out)]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    r = json.loads(out.read_text())
    for k in ("schema", "command", "date", "machine", "versions", "bandwidth", "workloads", "wall_seconds"):
        assert k in r, k
    assert r["bandwidth"]["bytes_per_second"] > 0
    assert {"cpu", "cores", "simd"} <= set(r["machine"])
    assert {"sgdc", "llvmlite", "numba", "numpy"} <= set(r["versions"])
    (w,) = r["workloads"]
    assert w["key"] == only and not w.get("skip")
    systems = {row["system"] for row in w["rows"]}
    assert {"sgdc", "numba (hand-written)"} <= systems
    for row in w["rows"]:
        assert row["threads"] == 1
        assert row["seconds_per_epoch"] > 0 and row["throughput"] > 0
        assert len(row["epoch_seconds"]) == w["epochs"] >= 3
        assert 0.5 < row["quality"] <= 1.0          # test accuracy
        assert row["sgdc_ratio"] > 0
        assert row["compile_seconds"] > 0
    # same loop, same orders: sgdc and numba end with nearly the same quality
    q = [row["quality"] for row in w["rows"]]
    assert abs(q[0] - q[1]) < 0.02
    assert "| workload | system |" in p.stdout
