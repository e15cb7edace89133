"""JIT compilation with llvmlite: a kernel library that is finalised once.

As in Numba's ``CodeLibrary``: LLVM modules are added, the library is
finalised (verified, optimised with the new pass manager, compiled for the
host CPU), and then hands out function addresses.  Adding to a finalised
library is an error.

``SGDC_TARGET=generic`` compiles for a portable x86-64 target instead of the
host CPU (the fallback path the tests also exercise).

Finalising first asks the on-disk object-code cache (:mod:`sgdc.cache`),
keyed by the IR text, the target and the versions: a hit loads the stored
object code into MCJIT and skips parsing, optimisation and code generation;
a miss compiles as usual and stores the object MCJIT produced.
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

    def __init__(self, name: str, generic: bool | None = None, with_support: bool = True, cache: bool = True):
        _init()
        self.name = name
        self._generic = generic
        self._tm = target_machine(generic)
        self._texts: list = []
        self._with_support = with_support
        self._use_cache = cache
        self._engine = None
        self._main = None
        self.cache_key: str | None = None
        self.cache_hit = False

    @property
    def finalised(self) -> bool:
        return self._engine is not None

    def add_ir(self, text: str) -> None:
        """Add a module's IR text (parsed and verified when the library is finalised)."""
        if self.finalised:
            raise RuntimeError("cannot add IR to a finalised kernel library")
        self._texts.append(text)

    def _all_texts(self) -> list:
        return self._texts + ([support_ir()] if self._with_support else [])

    def _optimised_module(self):
        mods = []
        for text in self._all_texts():
            mod = llvm.parse_assembly(text)
            mod.verify()
            mods.append(mod)
        main = mods[0]
        for other in mods[1:]:
            main.link_in(other)
        main.triple = self._tm.triple
        main.data_layout = str(self._tm.target_data)
        optimise(main, self._tm)
        main.verify()
        return main

    def finalise(self) -> None:
        if self.finalised:
            raise RuntimeError("kernel library already finalised")
        if not self._texts:
            raise RuntimeError("no IR added to the kernel library")
        from . import cache

        use_cache = self._use_cache and cache.enabled()
        if use_cache:
            cpu, features = host_target(self._generic)
            self.cache_key = cache.make_key(self._all_texts(), self._tm.triple, cpu, features)
            obj = cache.get(self.cache_key)
            if obj is not None:
                try:
                    engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), self._tm)
                    engine.add_object_file(llvm.ObjectFileRef.from_data(obj))
                    engine.finalize_object()
                except Exception:  # noqa: BLE001 - an unloadable entry is a miss
                    cache.stats["corrupt"] += 1
                else:
                    self._engine = engine
                    self.cache_hit = True
                    return
        main = self._optimised_module()
        self._main = main
        engine = llvm.create_mcjit_compiler(main, self._tm)
        produced = []
        if use_cache:
            engine.set_object_cache(notify_func=lambda _mod, buf: produced.append(bytes(buf)))
        engine.finalize_object()
        self._engine = engine
        if use_cache and len(produced) == 1:
            cache.put(self.cache_key, produced[0])

    @property
    def optimised_ir(self) -> str:
        """The optimised, linked module's IR (recomputed after a cache hit)."""
        if self._main is None:
            self._main = self._optimised_module()
        return str(self._main)

    def address(self, name: str) -> int:
        if not self.finalised:
            raise RuntimeError("finalise the kernel library first")
        addr = self._engine.get_function_address(name)
        if not addr:
            raise KeyError(name)
        return addr

    def assembly(self) -> str:
        if self._main is None:
            self._main = self._optimised_module()
        return self._tm.emit_assembly(self._main)
