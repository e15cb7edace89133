"""Compiles in the helper process (sgdc/backend/jitworker.py): same kernels, fallbacks, and bounded memory."""
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

import sgdc
from sgdc.backend import jit

ROOT = Path(__file__).resolve().parents[1]


def _ir(k: int, functions: int = 4) -> str:
    """A module of small vectorisable loops; ``k`` changes a constant, so no two texts are equal."""
    out = []
    for j in range(functions):
        out.append(textwrap.dedent(f"""
        define float @f{j}(float* %p, i64 %n) {{
        entry:
          br label %loop
        loop:
          %i = phi i64 [0, %entry], [%i1, %loop]
          %s = phi float [{float(k)!r}, %entry], [%s1, %loop]
          %q = getelementptr float, float* %p, i64 %i
          %v = load float, float* %q
          %w = fmul fast float %v, {float(j + 1)!r}
          %s1 = fadd fast float %s, %w
          %i1 = add i64 %i, 1
          %c = icmp slt i64 %i1, %n
          br i1 %c, label %loop, label %done
        done:
          ret float %s1
        }}"""))
    return "\n".join(out)


def _call(lib, name, a):
    import ctypes

    f = ctypes.CFUNCTYPE(ctypes.c_float, ctypes.c_void_p, ctypes.c_int64)(lib.address(name))
    return f(a.ctypes.data, len(a))


def test_helper_object_code_runs(monkeypatch):
    monkeypatch.setenv("SGDC_JIT_HELPER", "always")
    before = dict(jit.helper_stats)
    lib = jit.KernelLibrary("t", with_support=False, cache=False)
    lib.add_ir(_ir(3))
    lib.finalise()
    assert jit.helper_stats["compiles"] == before["compiles"] + 1
    a = np.arange(100, dtype=np.float32)
    assert _call(lib, "f1", a) == pytest.approx(3 + 2 * a.sum())


def test_same_model_in_process_and_in_helper(monkeypatch):
    monkeypatch.setenv("SGDC_CACHE", "off")
    rng = np.random.default_rng(0)
    X = rng.normal(0, 1, (200, 6)).astype(np.float32)
    y = np.where(X @ np.arange(6) > 0, 1.0, -1.0)
    params = {}
    for mode in ("off", "always"):
        monkeypatch.setenv("SGDC_JIT_HELPER", mode)
        prog = sgdc.compile("logistic", threads=1)
        prog.fit(X, y, epochs=2, seed=1)
        params[mode] = prog.params
    for k in params["off"]:
        np.testing.assert_array_equal(params["off"][k], params["always"][k])


def test_helper_that_cannot_start_falls_back(monkeypatch):
    monkeypatch.setenv("SGDC_JIT_HELPER", "always")

    class Broken:
        def __init__(self):
            raise OSError("no processes here")

    monkeypatch.setattr(jit, "_Helper", Broken)
    monkeypatch.setattr(jit, "_idle_helpers", [])
    monkeypatch.setattr(jit, "_helper_failures", 0)
    before = jit.helper_stats["fallbacks"]
    lib = jit.KernelLibrary("t", with_support=False, cache=False)
    lib.add_ir(_ir(5))
    lib.finalise()
    assert jit.helper_stats["fallbacks"] == before + 1
    assert _call(lib, "f0", np.ones(4, dtype=np.float32)) == pytest.approx(9.0)


def test_bad_ir_is_still_an_llvm_error(monkeypatch):
    monkeypatch.setenv("SGDC_JIT_HELPER", "always")
    lib = jit.KernelLibrary("t", with_support=False, cache=False)
    lib.add_ir("define i32 @f() { ret i64 0 }")
    with pytest.raises(RuntimeError):
        lib.finalise()


_LEAK_PROBE = """
import gc, json, sys
sys.path.insert(0, {root!r})
from sgdc.backend import jit
from tests.test_jit_helper import _ir

def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

def compile_one(k):
    lib = jit.KernelLibrary("t", with_support=False, cache=False)
    lib.add_ir(_ir(k))
    lib.finalise()
    assert lib.address("f0")

for k in range(jit.INPROCESS_COMPILES + 8):  # past the in-process compiles: the helper runs from here
    compile_one(k)
gc.collect()
before = rss()
for k in range({n}):
    compile_one(1000 + k)
gc.collect()
print(json.dumps({{"before": before, "after": rss(), "helper": jit.helper_stats}}))
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc (Linux) for RSS")
def test_many_compiles_keep_memory_bounded():
    """100 compiles after the in-process ones grow RSS by less than 4 MiB.

    Run in the same process, llvmlite's O3 pipeline leaves ~80 KiB behind per compile of this
    module (8 MiB for 100, measured with SGDC_JIT_HELPER=off); through the helper, nothing."""
    n = 100
    env = {**os.environ, "SGDC_JIT_HELPER": "auto", "SGDC_CACHE": "off"}
    r = subprocess.run([sys.executable, "-c", _LEAK_PROBE.format(root=str(ROOT), n=n)], env=env, check=False,
                       capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["helper"]["compiles"] >= n
    assert out["after"] - out["before"] < 4.0, out


def test_time_limit_while_waiting_for_the_helper_propagates(monkeypatch):
    """An exception from a signal handler (a caller's time limit) is not a helper failure: no silent fallback."""
    monkeypatch.setenv("SGDC_JIT_HELPER", "always")

    class Hang(Exception):
        pass

    class Slow:
        served = 0

        def __init__(self):
            self.killed = False

        def compile(self, *a):
            raise Hang("case ran longer than 5 s")

        def kill(self):
            self.killed = True

    slow = Slow()
    monkeypatch.setattr(jit, "_Helper", lambda: slow)
    monkeypatch.setattr(jit, "_idle_helpers", [])
    lib = jit.KernelLibrary("t", with_support=False, cache=False)
    lib.add_ir(_ir(7))
    with pytest.raises(Hang):
        lib.finalise()
    assert slow.killed and not lib.finalised


def test_an_interpreter_that_is_not_python_is_not_waited_for(monkeypatch, tmp_path):
    """sys.executable may be an embedding application: no greeting within the time limit, compile here."""
    import time

    fake = tmp_path / "not-python"
    fake.write_text("#!/bin/sh\nexec sleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setenv("SGDC_JIT_HELPER", "always")
    monkeypatch.setattr(sys, "executable", str(fake))
    monkeypatch.setattr(jit, "HELPER_START_SECONDS", 0.5)
    monkeypatch.setattr(jit, "_idle_helpers", [])
    monkeypatch.setattr(jit, "_helper_failures", 0)
    before = jit.helper_stats["fallbacks"]
    t = time.perf_counter()
    lib = jit.KernelLibrary("t", with_support=False, cache=False)
    lib.add_ir(_ir(9))
    lib.finalise()
    assert time.perf_counter() - t < 10
    assert jit.helper_stats["fallbacks"] == before + 1
    assert _call(lib, "f0", np.ones(2, dtype=np.float32)) == pytest.approx(11.0)
