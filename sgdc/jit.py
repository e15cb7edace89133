"""JIT compilation with llvmlite: a kernel library that is finalised once.

As in Numba's ``CodeLibrary``: LLVM modules are added, the library is
finalised (verified, optimised with the new pass manager, compiled for the
host CPU), and then hands out function addresses.  Adding to a finalised
library is an error.

``SGDC_TARGET=generic`` compiles for a portable x86-64 target instead of the
host CPU (the fallback path the tests also exercise).
"""
from __future__ import annotations

import os
import threading

import llvmlite.binding as llvm

_init_lock = threading.Lock()
_initialised = False


def _init() -> None:
    global _initialised
    with _init_lock:
        if not _initialised:
            llvm.initialize_native_target()
            llvm.initialize_native_asmprinter()
            _initialised = True


def host_target(generic: bool | None = None):
    """(cpu name, feature string) that kernels are compiled for."""
    _init()
    if generic is None:
        generic = os.environ.get("SGDC_TARGET", "host") == "generic"
    if generic:
        return "x86-64", ""
    return llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()


def target_machine(generic: bool | None = None):
    _init()
    cpu, features = host_target(generic)
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


def support_ir() -> str:
    """The hand-written native support library (``runtime/support.ll``, package data)."""
    from importlib import resources

    return (resources.files("sgdc.native") / "support.ll").read_text(encoding="utf-8")


class KernelLibrary:
    """Collects LLVM IR, is finalised once, then hands out function addresses."""

    def __init__(self, name: str, generic: bool | None = None, with_support: bool = True):
        _init()
        self.name = name
        self._tm = target_machine(generic)
        self._modules = []
        self._with_support = with_support
        self._engine = None
        self.optimised_ir = ""

    @property
    def finalised(self) -> bool:
        return self._engine is not None

    def add_ir(self, text: str) -> None:
        if self.finalised:
            raise RuntimeError("cannot add IR to a finalised kernel library")
        mod = llvm.parse_assembly(text)
        mod.verify()
        self._modules.append(mod)

    def finalise(self) -> None:
        if self.finalised:
            raise RuntimeError("kernel library already finalised")
        if self._with_support:
            self.add_ir(support_ir())
        main = self._modules[0]
        for other in self._modules[1:]:
            main.link_in(other)
        main.triple = self._tm.triple
        main.data_layout = str(self._tm.target_data)
        optimise(main, self._tm)
        main.verify()
        self.optimised_ir = str(main)
        self._engine = llvm.create_mcjit_compiler(main, self._tm)
        self._engine.finalize_object()
        self._main = main

    def address(self, name: str) -> int:
        if not self.finalised:
            raise RuntimeError("finalise the kernel library first")
        addr = self._engine.get_function_address(name)
        if not addr:
            raise KeyError(name)
        return addr

    def assembly(self) -> str:
        return self._tm.emit_assembly(self._main)
