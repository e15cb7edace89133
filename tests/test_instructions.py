"""benchmarks/instructions.py (issue 16, item 1): the counter of machine instructions per coordinate finds the
update loops and counts facts that cannot be wrong if it works."""
from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

# loaded from its file, not by putting benchmarks/ on sys.path: its benchmarks/distributed.py would shadow Dask's
# `distributed` for every later import, and for the worker processes Dask spawns (they inherit sys.path)
_spec = importlib.util.spec_from_file_location("sgdc_bench_instructions", ROOT / "benchmarks" / "instructions.py")
instructions = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = instructions
_spec.loader.exec_module(instructions)

CASES = {c[0]: c for c in instructions.CASES}


def main_loop(case, precision, rounding):
    row = instructions.run_case(CASES[case], precision, rounding)
    assert row["same_code"], "naming the instructions changed the code"
    assert row["main"] is not None, f"no loop from {row['loop']} found"
    return row["main"]


def test_sparse_fixed_point_loop_counts():
    near = main_loop("sparse", "D16M16", "nearest")
    unb = main_loop("sparse", "D16M16", "unbiased")
    for m in (near, unb):
        assert m["source"] == "sp.body" and m["blocks"] >= 1      # a machine loop of the printer's sparse loop
        assert m["instructions"] > 0 and m["coords"] >= 1 and m["per_coordinate"] > 0
        assert not m["vectorised"]                                 # no 16-bit scatter
        assert m["kinds"].get("clamp") and m["kinds"].get("floor")  # the fixed-point write is in the loop
    # unbiased rounding hashes a draw per coordinate: more instructions than nearest, and hash instructions
    assert unb["per_coordinate"] > near["per_coordinate"]
    assert unb["kinds"].get("hash") and not near["kinds"].get("hash")


def test_dense_float_loop_is_vectorised():
    m = main_loop("dense", "D32M32", "nearest")
    assert m["vectorised"] and m["coords"] > 1 and m["vector_regs"] in ("xmm", "ymm", "zmm")
    assert 0 < m["per_coordinate"] < m["instructions"]
    assert not m["kinds"].get("hash") and not m["kinds"].get("clamp")  # float32: no rounding, no saturation


def test_loop_finder_on_a_small_function():
    asm = """f:
\tmovl $0, %eax
.LBB0_1:
\t.loc 1 7 1
\taddl $1, %eax
\tcmpl $9, %eax
\tjne .LBB0_1
\tretq
.Lfunc_end0:"""
    lines = instructions.function_asm(asm, "f")
    blocks = instructions.asm_blocks(lines)
    loops = instructions.natural_loops(blocks)
    assert list(loops) == [".LBB0_1"]
    body = [i for b in blocks if b.label in loops[".LBB0_1"] for i in b.insns]
    assert [t.split()[0] for t, _ in body] == ["addl", "cmpl", "jne"] and {line for _, line in body} == {7}
