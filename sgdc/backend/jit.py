"""JIT compilation with llvmlite: a kernel library that is finalised once.

As in Numba's ``CodeLibrary``: LLVM modules are added, the library is
finalised (verified, optimised with the new pass manager, compiled for the
host CPU), and then hands out function addresses.  Adding to a finalised
library is an error.

``SGDC_TARGET=generic`` compiles for a portable x86-64 target instead of the
host CPU (the fallback path the tests also exercise).

Finalising first asks the on-disk object-code cache (:mod:`sgdc.backend.cache`),
keyed by the IR text, the target and the versions: a hit loads the stored
object code into MCJIT and skips parsing, optimisation and code generation;
a miss compiles as usual and stores the object MCJIT produced.  The cache
hands out only bytes whose MAC verifies and that look like an object for this
machine; an entry that still fails to load, or lacks one of the functions the
IR defines with external linkage, is discarded and rebuilt.  Loads happen in
this process, not in the helper: no unverified bytes reach them (see
:mod:`sgdc.backend.cache`).

Where a miss is compiled: llvmlite's O3 pipeline leaves ~180 KiB behind in the
process on every run (see :mod:`sgdc.backend.jitworker`).  The first
:data:`INPROCESS_COMPILES` compiles of a process run it here; later ones run in
a helper process (``sgdc/backend/jitworker.py``, restarted every 200 compiles) whose
object code is loaded like a cache hit, so a process that compiles thousands of
specs (``sgdc tune``, a notebook) stays bounded.  ``SGDC_JIT_HELPER=off``
keeps every compile in-process, ``always`` sends every one to the helper.  If
the helper cannot start or fails, the compile runs in-process.
"""
from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import re
import select
import struct
import subprocess
import sys
import threading

import llvmlite.binding as llvm

from sgdc.backend import jitworker

_init_lock = threading.Lock()
_initialised = False


def _init() -> None:
    global _initialised
    with _init_lock:
        if not _initialised:
            jitworker.init()
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
    return jitworker.target_machine(*host_target(generic))


def optimise(module, tm) -> None:
    """O3 with the loop and SLP vectorisers, through the new pass manager."""
    jitworker.optimise(module, tm)


# -- where the O3 pipeline runs (see sgdc/backend/jitworker.py for why) --------------------------------
#: optimisation runs done in this process before the helper process takes over (``auto``)
INPROCESS_COMPILES = 32
_state_lock = threading.Lock()
_inprocess_runs = 0
_idle_helpers: list = []
_helper_failures = 0
helper_stats = {"compiles": 0, "started": 0, "fallbacks": 0}


HELPER_START_SECONDS = 30.0


def helper_mode() -> str:
    """``SGDC_JIT_HELPER``: ``auto`` (default: in-process for the first
    :data:`INPROCESS_COMPILES` optimisation runs, then the helper process),
    ``always``, or ``off`` (always in-process)."""
    v = os.environ.get("SGDC_JIT_HELPER", "auto").strip().lower()
    if v in ("0", "off", "no", "false", "never") or os.name != "posix":
        return "off"
    if v in ("1", "on", "yes", "true", "always"):
        return "always"
    return "auto"


class _Helper:
    """One helper process (``python sgdc/backend/jitworker.py``) and its pipes."""

    _CODE = "import sys, runpy; del sys.path[0]; runpy.run_path(sys.argv[1], run_name='__main__')"

    def __init__(self):
        # run by path, and without the current folder on sys.path: sgdc/ holds ast.py, parser.py ...
        self.proc = subprocess.Popen(
            [sys.executable, "-c", self._CODE, jitworker.__file__],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True,
            start_new_session=True,  # Ctrl-C in a terminal goes to sgdc, which then stops the helper
        )
        self.served = 0
        # wait for its greeting: an interpreter that is not Python (an embedding application's
        # sys.executable) or a helper that cannot import llvmlite must not leave us waiting forever
        ready, _, _ = select.select([self.proc.stdout], [], [], HELPER_START_SECONDS)
        hello = os.read(self.proc.stdout.fileno(), len(jitworker.HELLO)) if ready else b""
        if hello != jitworker.HELLO:
            self.kill()
            raise OSError(f"the JIT helper did not start ({sys.executable})")
        helper_stats["started"] += 1

    def compile(self, texts, cpu: str, features: str):
        jitworker.send(self.proc.stdin, (list(texts), cpu, features))
        status, payload = jitworker.receive(self.proc.stdout)
        self.served += 1
        return payload if status == "ok" else None

    def close(self) -> None:
        try:
            self.proc.stdin.close()  # end of input: the helper exits
            self.proc.wait(timeout=5)
        except Exception:  # noqa: BLE001
            self.kill()
        else:
            self.proc.stdout.close()

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.proc.kill()
            self.proc.wait(timeout=5)
        for f in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(Exception):
                f.close()


def _close_helpers() -> None:
    with _state_lock:
        helpers, _idle_helpers[:] = list(_idle_helpers), []
    for h in helpers:
        h.close()


def _forget_helpers_in_child() -> None:
    # a forked child must not talk to its parent's helpers (their pipes are shared)
    global _state_lock
    _state_lock = threading.Lock()
    _idle_helpers.clear()


atexit.register(_close_helpers)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_helpers_in_child)


def _use_helper() -> bool:
    mode = helper_mode()
    if mode == "off" or _helper_failures >= 3:
        return False
    return mode == "always" or _inprocess_runs >= INPROCESS_COMPILES


def _compile_in_helper(texts, cpu: str, features: str):
    """Object code from a helper process, or None (then the caller compiles in-process)."""
    global _helper_failures
    with _state_lock:
        helper = _idle_helpers.pop() if _idle_helpers else None
    try:
        if helper is None:
            helper = _Helper()
        obj = helper.compile(texts, cpu, features)
    except TimeoutError:  # raised by the caller's own timer: not the helper's fault
        if helper is not None:
            helper.kill()
        raise
    except (OSError, EOFError, ValueError, struct.error, pickle.UnpicklingError):
        # could not start, or died, or garbled its answer: compile here
        if helper is not None:
            helper.kill()
        with _state_lock:
            _helper_failures += 1
        return None
    except BaseException:
        # Ctrl-C, or an exception from a signal handler (a time limit): the helper is stopped, its answer lost
        if helper is not None:
            helper.kill()
        raise
    with _state_lock:
        _helper_failures = 0
        keep = helper.served < jitworker.RECYCLE_AFTER and len(_idle_helpers) < (os.cpu_count() or 1)
        if keep:
            _idle_helpers.append(helper)
    if not keep:
        helper.close()
    if obj is not None:
        helper_stats["compiles"] += 1
    return obj


def support_ir() -> str:
    """The hand-written native support library (``runtime/support.ll``, package data)."""
    from importlib import resources

    return (resources.files("sgdc.native") / "support.ll").read_text(encoding="utf-8")


_DEFINE = re.compile(r'^define\s+([^@"]*)@("(?:[^"\\]|\\.)*"|[-a-zA-Z$._][-a-zA-Z$._0-9]*)', re.M)
_NOT_EXPORTED = {"internal", "private", "linkonce", "linkonce_odr", "weak", "weak_odr", "available_externally",
                 "extern_weak", "common", "appending"}


def exported_functions(texts) -> list:
    """The names of the functions the IR texts define with external linkage (those a library must hand out)."""
    names = []
    for text in texts:
        for m in _DEFINE.finditer(text):
            name = m.group(2)
            if name.startswith('"'):
                name = name[1:-1]
            if _NOT_EXPORTED.isdisjoint(m.group(1).split()) and "\\" not in name:
                names.append(name)
    return names


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
        return jitworker.optimised_module(self._all_texts(), self._tm)

    def _load_object(self, obj: bytes):
        """An engine holding the given object code (what a cache hit or the helper produced)."""
        empty = llvm.parse_assembly("")
        empty.triple = self._tm.triple
        engine = llvm.create_mcjit_compiler(empty, self._tm)
        engine.add_object_file(llvm.ObjectFileRef.from_data(obj))
        engine.finalize_object()
        return engine

    def finalise(self) -> None:
        global _inprocess_runs
        if self.finalised:
            raise RuntimeError("kernel library already finalised")
        if not self._texts:
            raise RuntimeError("no IR added to the kernel library")
        from sgdc.backend import cache

        use_cache = self._use_cache and cache.enabled()
        if use_cache:
            cpu, features = host_target(self._generic)
            self.cache_key = cache.make_key(self._all_texts(), self._tm.triple, cpu, features)
            obj = cache.get(self.cache_key)  # verified (MAC) and checked (ELF structure), or None
            if obj is not None:
                engine = None
                try:
                    engine = self._load_object(obj)
                    missing = [n for n in exported_functions(self._all_texts()) if not engine.get_function_address(n)]
                    if missing:
                        raise KeyError(f"the cached object code lacks {missing[0]}")
                except Exception:  # noqa: BLE001 - an entry that does not load, or lacks a kernel, is a miss
                    cache.stats["corrupt"] += 1
                    cache.discard(self.cache_key)  # and rebuilt below
                    if engine is not None:
                        with contextlib.suppress(Exception):
                            engine.close()
                    self._tm = target_machine(self._generic)  # a failed engine may have taken the old one
                else:
                    self._engine = engine
                    self.cache_hit = True
                    return
        if _use_helper():
            cpu, features = host_target(self._generic)
            obj = _compile_in_helper(self._all_texts(), cpu, features)
            if obj is not None:
                try:
                    self._engine = self._load_object(obj)
                except Exception:  # noqa: BLE001 - compile here instead
                    self._tm = target_machine(self._generic)
                else:
                    if use_cache:
                        cache.put(self.cache_key, obj)
                    return
            helper_stats["fallbacks"] += 1
        main = self._optimised_module()
        with _state_lock:
            _inprocess_runs += 1
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
