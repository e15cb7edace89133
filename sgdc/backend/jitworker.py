"""LLVM optimisation and code generation, in this process or in a helper process.

Why a helper process: llvmlite's new-pass-manager entry point
(``ModulePassManager.run``; llvmlite 0.50, LLVM 22) leaves memory behind on
every run of the O3 pipeline -- about 75 KiB for a one-function module and
about 180 KiB for one spec's kernels, which the process never gets back
(``benchmarks/load.py compiles``: 120 KiB a compile, linearly, over 1,000
compiles).  It is not sgdc's: a loop of ``parse_assembly``, ``create_pass_builder``,
``getModulePassManager().run`` and ``close`` on the same IR grows as much, with
a fresh LLVM context each time or not, and an empty pass manager does not grow.
Loading object code into MCJIT (what a cache hit does) leaves nothing behind.

So :class:`sgdc.backend.jit.KernelLibrary` runs the pipeline here for the first few
compiles of a process (no start-up cost for a script or a CLI run that compiles
a handful of specs), then hands the IR to a helper process that optimises it,
generates the object code and sends it back; the library loads that object
code as a cache hit would.  The helper is restarted every
:data:`RECYCLE_AFTER` compiles, so its own growth is bounded too.

This file is also the helper's program: it is run by path (``python
jitworker.py``), so it imports nothing but the standard library and llvmlite
(not the sgdc package, which would pull in numpy and scipy).

Protocol on the helper's stdin/stdout: the helper first writes :data:`HELLO`; a request is a 4-byte little-endian
length and a pickle of ``(texts, cpu, features)``; the answer is a 4-byte
length and a pickle of ``("ok", object_bytes)`` or ``("error", message)``.
End of input ends the helper.
"""
from __future__ import annotations

import pickle
import struct
import sys

import llvmlite.binding as llvm

_LEN = struct.Struct("<I")
RECYCLE_AFTER = 200  # compiles a helper serves before it is replaced

_initialised = False


def init() -> None:
    global _initialised
    if not _initialised:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        _initialised = True


def target_machine(cpu: str, features: str):
    init()
    target = llvm.Target.from_default_triple()
    return target.create_target_machine(cpu=cpu, features=features, opt=3, reloc="default", codemodel="jitdefault")


def optimise(module, tm) -> None:
    """O3 with the loop and SLP vectorisers, through the new pass manager."""
    pto = llvm.create_pipeline_tuning_options(speed_level=3)
    pto.loop_vectorization = True
    pto.slp_vectorization = True
    pto.loop_unrolling = True
    pb = llvm.create_pass_builder(tm, pto)
    pb.getModulePassManager().run(module, pb)


def optimised_module(texts, tm):
    """Parse, verify and link the modules, then optimise the result for ``tm``."""
    mods = []
    for text in texts:
        mod = llvm.parse_assembly(text)
        mod.verify()
        mods.append(mod)
    main = mods[0]
    for other in mods[1:]:
        main.link_in(other)
    main.triple = tm.triple
    main.data_layout = str(tm.target_data)
    optimise(main, tm)
    main.verify()
    return main


def compile_object(texts, cpu: str, features: str) -> bytes:
    """The object code MCJIT produces for the optimised, linked modules."""
    tm = target_machine(cpu, features)
    main = optimised_module(texts, tm)
    engine = llvm.create_mcjit_compiler(main, tm)  # owns main and tm from here
    produced = []
    engine.set_object_cache(notify_func=lambda _mod, buf: produced.append(bytes(buf)))
    engine.finalize_object()
    engine.close()
    if len(produced) != 1:
        raise RuntimeError(f"MCJIT produced {len(produced)} objects, expected 1")
    return produced[0]


def _read(stream, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        chunk = stream.read(n - len(buf))
        if not chunk:
            raise EOFError
        buf += chunk
    return buf


def send(stream, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LEN.pack(len(data)) + data)
    stream.flush()


def receive(stream):
    (n,) = _LEN.unpack(_read(stream, _LEN.size))
    return pickle.loads(_read(stream, n))


HELLO = b"SGDCJIT1"  # the helper's first bytes: it started, and it is this program


def main() -> int:
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but answers on the pipe
    init()
    out.write(HELLO)
    out.flush()
    while True:
        try:
            texts, cpu, features = receive(inp)
        except EOFError:
            return 0
        try:
            answer = ("ok", compile_object(texts, cpu, features))
        except Exception as e:  # noqa: BLE001 - reported to the parent, which compiles in-process instead
            answer = ("error", f"{type(e).__name__}: {e}")
        send(out, answer)


if __name__ == "__main__":
    sys.exit(main())
