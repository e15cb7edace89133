"""The on-disk object-code cache (sgdc.cache): hits across processes, misses on key changes, robustness."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from sgdc import cache
from sgdc.jit import KernelLibrary

IR = """
define i64 @twice(i64 %x) {
  %r = mul i64 %x, 2
  ret i64 %r
}
"""

CHILD = r"""
import json, sys, time
t = time.perf_counter()
import sgdc
from sgdc import cache
from sgdc.synth import synthesize
prog = sgdc.compile("logistic")
fields, dims = synthesize(prog.model, n=300, seed=0)
before = dict(cache.stats)
prog.fit(fields, epochs=1, dims=dims)
print(json.dumps({"before": before, "after": cache.stats, "engine_seconds": prog.engine.compile_seconds,
                  "pred": prog.decision_function(fields).tolist()}))
"""


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("SGDC_CACHE_DIR", str(d))
    monkeypatch.delenv("SGDC_CACHE", raising=False)
    return d


def _lib(**kw):
    import ctypes

    lib = KernelLibrary("cache-test", with_support=False, **kw)
    lib.add_ir(IR)
    lib.finalise()
    return lib, ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)(lib.address("twice"))


def _child(env_dir):
    env = {**os.environ, "SGDC_CACHE_DIR": str(env_dir)}
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout)


def test_second_process_hits(cache_dir):
    first = _child(cache_dir)
    assert first["after"]["writes"] >= 1
    second = _child(cache_dir)
    # synthesize compiles the same kernels (a hit already), fit's compile must hit too: no misses, no writes
    assert second["after"]["misses"] == 0 and second["after"]["writes"] == 0
    assert second["after"]["hits"] > second["before"]["hits"]
    assert second["pred"] == first["pred"]  # the cached object code computes the same


def test_hit_and_miss_in_process(cache_dir):
    h0 = dict(cache.stats)
    lib1, f1 = _lib()
    assert not lib1.cache_hit and cache.stats["writes"] == h0["writes"] + 1
    lib2, f2 = _lib()
    assert lib2.cache_hit and f2(21) == 42 == f1(21)
    assert "twice" in lib2.optimised_ir  # still available after a hit (recomputed)
    assert len(cache.entries()) == 1


def test_key_depends_on_cpu_features_versions_and_ir():
    base = cache.make_key([IR], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v1")
    assert base == cache.make_key([IR], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v1")
    others = [
        cache.make_key([IR], "x86_64-unknown-linux-gnu", "skylake", "+avx2", "v1"),
        cache.make_key([IR], "x86_64-unknown-linux-gnu", "znver3", "+avx2,-avx512f", "v1"),
        cache.make_key([IR], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v2"),
        cache.make_key([IR + " "], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v1"),
        cache.make_key([IR, ""], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v1"),
    ]
    assert base not in others and len(set(others)) == len(others)


def test_version_change_misses(cache_dir, monkeypatch):
    _lib()
    import sgdc

    monkeypatch.setattr(sgdc, "__version__", "999.0")
    lib, f = _lib()
    assert not lib.cache_hit and f(2) == 4
    assert len(cache.entries()) == 2


def test_generic_target_is_a_different_entry(cache_dir):
    _lib(generic=False)
    lib, f = _lib(generic=True)
    assert not lib.cache_hit and f(3) == 6


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_corrupt_entry_is_ignored_and_replaced(cache_dir, damage):
    _lib()
    (entry,) = cache.entries()
    blob = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(blob[: len(blob) // 2])
    elif damage == "flip":
        entry.write_bytes(blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:])
    elif damage == "garbage":
        entry.write_bytes(b"not an object file at all" * 10)
    else:
        entry.write_bytes(b"")
    lib, f = _lib()
    assert not lib.cache_hit and f(5) == 10
    assert entry.read_bytes() == blob  # replaced by the fresh compile
    lib, f = _lib()
    assert lib.cache_hit


def test_disabled_and_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("SGDC_CACHE", "0")
    monkeypatch.setenv("SGDC_CACHE_DIR", str(tmp_path / "c"))
    lib, f = _lib()
    assert f(1) == 2 and not (tmp_path / "c").exists()
    monkeypatch.delenv("SGDC_CACHE")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SGDC_CACHE_DIR", str(blocker / "sub"))  # cannot be created
    lib, f = _lib()
    assert f(1) == 2


def test_cache_dir_respects_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("SGDC_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "sgdc"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == cache.Path.home() / ".cache" / "sgdc"


def test_info_and_clear(cache_dir):
    _lib()
    i = cache.info()
    assert i["entries"] == 1 and i["bytes"] > 0 and i["dir"] == str(cache_dir)
    assert cache.clear() == 1
    assert cache.info()["entries"] == 0
