"""The one memory guard: an allocation is checked against what this process may take, before it is made.

A request that cannot fit is one :class:`~sgdc.errors.UserError` with the
numbers and the limit that decided ("the params (d=2147483646) would need
8.0 GiB; the memory limit here is 3.0 GiB (cgroup memory.max 4.0 GiB less
1.0 GiB in use)"), never a ``MemoryError``, a swap storm or the kernel's
OOM killer taking the machine down.

Limit sources, all best effort (a source that cannot be read sets no limit;
the smallest of the others counts):

* RAM: ``MemAvailable`` in ``/proc/meminfo`` (else sysconf's free pages);
* the process's cgroup and each of its ancestors: ``memory.max`` less
  ``memory.current`` (cgroup v2) or ``memory.limit_in_bytes`` less
  ``memory.usage_in_bytes`` (v1), found through ``/proc/self/cgroup``;
* ``RLIMIT_AS`` (``ulimit -v``): the soft limit less the address space the
  process already maps (``/proc/self/statm``);
* ``SGDC_MEMORY_LIMIT``: a size (``2G``, ``512M``, ``1.5GiB``, a number of
  bytes) that caps every planned allocation; it can only lower the limit.

Two measures.  :func:`limit` (``now=True``) is what may still be allocated:
checked right before an allocation (the params in :func:`sgdc.runtime.params.init_params`,
the workers' copies before the first epoch, data as a loader reads it).
``now=False`` is the capacity (``MemTotal``, ``memory.max``, ``RLIMIT_AS``,
``SGDC_MEMORY_LIMIT``): what binding data checks the params against, since at
prediction the params already exist and must not be counted twice.

:func:`epoch_parts` counts what a training epoch holds; :func:`check_epoch`
checks the part not yet allocated before the first epoch.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass

from sgdc.errors import UserError

PROC = "/proc"
CGROUP = "/sys/fs/cgroup"
ENV = "SGDC_MEMORY_LIMIT"
RLIMIT = None  # the soft RLIMIT_AS to assume; None: ask the kernel (tests set a number, or -1 for none)
UNLIMITED = 1 << 60  # cgroup v1 writes "no limit" as 2^63 rounded down to a page

# Per entry of a param, what the replicated merge's hot-coordinate masks may take while they are made
# (plan.touch_counts: int64 counts; engine._hot_masks: two float64 temporaries, a bool and the uint8 mask; under
# a plain step also plan.touch_squares' float64 sums, kept, their scaled float64 copy, a bool and a second mask).
HOT_MASK_BYTES = 44
# Per quantised entry, decoding fixed-point codes to their float view (precision.from_codes: two float64
# temporaries besides the float32 result) - counted once, for the largest param.
DECODE_BYTES = 16
ORDER_BYTES = 16  # per example: the epoch's order (int64) and the rearranged copy the worker plan makes


@dataclass(frozen=True)
class Limit:
    nbytes: int
    source: str  # which limit, in words: "cgroup memory.max 4.0 GiB less 1.0 GiB in use"


def fmt(n: float) -> str:
    """``8.0 GiB``, ``12.5 MiB``, ``3.0 KiB``, ``512 bytes``."""
    n = float(n)
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if abs(n) >= size:
            return f"{n / size:.1f} {unit}"
    return f"{int(n)} bytes"


_SIZE = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([kmgtp]?)(i?b?)\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes in ``"2G"``, ``"512M"``, ``"1.5GiB"``, ``"64k"`` or ``"1000000"`` (units are powers of 1024)."""
    m = _SIZE.fullmatch(str(text))
    if not m:
        raise ValueError(text)
    number, unit, suffix = m.group(1), m.group(2).lower(), m.group(3).lower()
    if suffix.startswith("i") and not unit:  # "5i", "5iB"
        raise ValueError(text)
    return int(float(number) * (1024 ** ("kmgtp".index(unit) + 1) if unit else 1))


# -- sources ---------------------------------------------------------------------------------------------


def _text(path) -> str | None:
    try:
        with open(path, encoding="ascii", errors="replace") as f:
            return f.read(1 << 16)
    except (OSError, ValueError):
        return None


def _number(path) -> int | None:
    """An integer file (``memory.max`` and the like); ``max`` and v1's near-2^63 mean no limit: None."""
    t = _text(path)
    if t is None:
        return None
    t = t.strip()
    if not t.isdigit():
        return None
    v = int(t)
    return v if v < UNLIMITED else None


def _ram(proc: str, now: bool) -> Limit | None:
    key = "MemAvailable" if now else "MemTotal"
    for line in (_text(os.path.join(proc, "meminfo")) or "").splitlines():
        name, _, rest = line.partition(":")
        parts = rest.split()
        if name == key and parts and parts[0].isdigit():
            scale = 1024 if parts[1:2] == ["kB"] else 1
            return Limit(int(parts[0]) * scale, f"{'available ' if now else ''}RAM: {key} in {proc}/meminfo")
    try:
        pages = os.sysconf("SC_AVPHYS_PAGES" if now else "SC_PHYS_PAGES")
        page = os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    if pages <= 0 or page <= 0:
        return None
    return Limit(pages * page, "free RAM (sysconf)" if now else "RAM (sysconf)")


def cgroup_dirs(proc: str = None, cgroup: str = None) -> list:
    """``(directory, limit file, usage file)`` of the process's memory cgroup and its ancestors, deepest first."""
    proc = PROC if proc is None else proc
    cgroup = CGROUP if cgroup is None else cgroup
    out: list = []
    for line in (_text(os.path.join(proc, "self", "cgroup")) or "").splitlines():
        hier, _, rest = line.partition(":")
        ctrls, _, path = rest.partition(":")
        if hier == "0" and ctrls == "":  # cgroup v2 (a hybrid system mounts it at .../unified)
            bases = [(cgroup, "memory.max", "memory.current"),
                     (os.path.join(cgroup, "unified"), "memory.max", "memory.current")]
        elif "memory" in ctrls.split(","):
            bases = [(os.path.join(cgroup, "memory"), "memory.limit_in_bytes", "memory.usage_in_bytes")]
        else:
            continue
        for base, lim, use in bases:
            base = os.path.normpath(base)
            d = os.path.normpath(os.path.join(base, path.strip().lstrip("/")))
            if d != base and not d.startswith(base + os.sep):
                d = base
            while True:  # a cgroup namespace may hide the deeper levels: the walk reads those that exist
                if (d, lim, use) not in out and os.path.isdir(d):
                    out.append((d, lim, use))
                if d == base:
                    break
                d = os.path.dirname(d)
    return out


def _file_cache(d: str) -> int:
    """The cgroup's page cache of files (active and inactive ``file`` pages in ``memory.stat``; v1's hierarchical
    ``total_`` counts when there): counted in its usage, but clean file pages the kernel drops when memory is
    wanted, so not memory in use here (a data file trained from its mapping fills the cache, whatever its size).
    0 when unreadable."""
    stat = {}
    for line in (_text(os.path.join(d, "memory.stat")) or "").splitlines():
        k, _, v = line.partition(" ")
        if v.strip().isdigit():
            stat[k] = int(v)
    pre = "total_" if "total_inactive_file" in stat else ""
    return stat.get(pre + "inactive_file", 0) + stat.get(pre + "active_file", 0)


def _cgroup(proc: str, cgroup: str, now: bool) -> Limit | None:
    best = None
    for d, lim, use in cgroup_dirs(proc, cgroup):
        cap = _number(os.path.join(d, lim))
        if cap is None:
            continue
        used = _number(os.path.join(d, use)) if now else None
        if used is not None:
            used = max(used - _file_cache(d), 0)
        room = max(cap - used, 0) if used is not None else cap
        if best is None or room < best.nbytes:
            what = f"cgroup {lim}" + (f" {fmt(cap)} less {fmt(used)} in use" if used is not None else "")
            best = Limit(room, what)
    return best


def _rlimit_as(proc: str, now: bool, rlimit) -> Limit | None:
    rlimit = RLIMIT if rlimit is None else rlimit
    if rlimit is None:
        try:
            import resource

            soft = resource.getrlimit(resource.RLIMIT_AS)[0]
            if soft == resource.RLIM_INFINITY:
                return None
        except (ImportError, OSError, ValueError, AttributeError):
            return None
    else:
        soft = rlimit
    if soft is None or soft < 0:
        return None
    if not now:
        return Limit(int(soft), "RLIMIT_AS")
    statm = (_text(os.path.join(proc, "self", "statm")) or "").split()
    try:
        mapped = int(statm[0]) * os.sysconf("SC_PAGE_SIZE")
    except (IndexError, ValueError, OSError, AttributeError):
        return Limit(int(soft), "RLIMIT_AS")
    return Limit(max(int(soft) - mapped, 0), f"RLIMIT_AS {fmt(soft)} less {fmt(mapped)} of address space in use")


def _env(env) -> Limit | None:
    text = (env if env is not None else os.environ).get(ENV, "").strip()
    if not text:
        return None
    try:
        return Limit(parse_size(text), ENV)
    except (ValueError, OverflowError):
        raise UserError(f"{ENV}={text!r}: expected a size such as 2G, 512M, 1.5GiB or a number of bytes") from None


def sources(now: bool = True, *, proc: str = None, cgroup: str = None, env=None, rlimit=None) -> list:
    """Every limit that could be read (see the module doc); ``proc``, ``cgroup``, ``env`` (a mapping) and
    ``rlimit`` (the soft ``RLIMIT_AS``; -1: none) replace the real ones (:data:`PROC`, :data:`CGROUP`,
    ``os.environ``, :data:`RLIMIT`) in tests."""
    proc = PROC if proc is None else proc
    cgroup = CGROUP if cgroup is None else cgroup
    found = [_ram(proc, now), _cgroup(proc, cgroup, now), _rlimit_as(proc, now, rlimit), _env(env)]
    return [s for s in found if s is not None]


def limit(now: bool = True, **where) -> Limit | None:
    """The tightest of :func:`sources`, or None when none could be read."""
    return min(sources(now, **where), key=lambda s: s.nbytes, default=None)


def limit_bytes(now: bool = True, **where) -> int | None:
    lim = limit(now, **where)
    return None if lim is None else lim.nbytes


# -- checks ----------------------------------------------------------------------------------------------


class Budget:
    """The limit measured once, for a load that grows in steps (a file read chunk by chunk, parsed data): what the
    load already holds is then not counted against itself."""

    def __init__(self, now: bool = True):
        self.limit = limit(now)

    def check(self, what: str, nbytes: int, detail: str = "", hint: str = "") -> None:
        lim = self.limit
        if lim is not None and nbytes > lim.nbytes:
            raise UserError(f"{what} would need {fmt(nbytes)}{detail}; the memory limit here is {fmt(lim.nbytes)} "
                            f"({lim.source})" + (f"; {hint}" if hint else ""))


def check_fits(what: str, nbytes: int, *, now: bool = True, detail: str = "", hint: str = "") -> None:
    """Refuse an allocation of ``nbytes`` before making it, if it cannot fit (see the module doc)."""
    Budget(now).check(what, int(nbytes), detail, hint)


# -- what a model holds ----------------------------------------------------------------------------------


def param_entries(model, dims: dict) -> dict:
    """``{param: number of entries}``."""
    from sgdc.data.dataset import param_shape

    return {p.name: math.prod(param_shape(model, p.name, dims)) for p in model.params}


def storage_itemsize(model) -> dict:
    """``{param: bytes per entry}`` as the kernels store them: float32, or int8/int16 codes (fixed-point ``M``)."""
    from sgdc.ir.precision import quantised_params

    q = quantised_params(model)
    bits = model.schedule.precision.M
    return {p.name: (bits // 8 if p.name in q else 4) for p in model.params}


def param_bytes(model, dims: dict, itemsize: int | None = None) -> int:
    """Bytes of the params: at ``itemsize`` each, or as stored (:func:`storage_itemsize`)."""
    size = storage_itemsize(model) if itemsize is None else None
    return sum(k * (itemsize if size is None else size[name]) for name, k in param_entries(model, dims).items())


def _dims_text(dims: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in dims.items())


def check_params(model, dims: dict, *, itemsize: int | None = None, now: bool = True) -> None:
    """The params (at ``itemsize`` bytes an entry, or as stored) fit (``now``: in what is left; else in the
    capacity, see the module doc)."""
    check_fits(f"the params ({_dims_text(dims)})", param_bytes(model, dims, itemsize), now=now)


@dataclass(frozen=True)
class Part:
    what: str
    nbytes: int
    held: bool = False  # already allocated before the first epoch (the params)


def epoch_parts(model, dims: dict, threads: int = 1, layout: str = "shared", copied=(), n: int = 0) -> list:
    """What training holds, part by part: the params as stored, the float view of fixed-point params, the
    workers' private copies and the epoch's order (an upper bound where the engine's use varies).

    ``threads``: the workers of an epoch; ``layout``: the schedule's; ``copied``: the params every example
    writes (:func:`sgdc.passes.threads.copied_params`; each of ``threads`` workers of a ``shared`` model keeps a copy
    and a base of them); ``n``: the examples (0: unknown)."""
    from sgdc.ir.precision import quantised_params

    entries = param_entries(model, dims)
    size = storage_itemsize(model)
    stored = {k: entries[k] * size[k] for k in entries}
    parts = [Part("the params", sum(stored.values()), held=True)]
    q = quantised_params(model)
    if q:
        view = sum(4 * entries[k] for k in q) + DECODE_BYTES * max(entries[k] for k in q)
        parts.append(Part("the float view of the fixed-point params", view))
    threads = max(1, int(threads))
    if threads > 1:
        pad = 3 * 128  # buffers.private_copy: each copy is padded by three cache-line pairs
        if layout == "replicated":
            parts.append(Part(f"{threads} private copies of the params",
                              threads * sum(b + pad for b in stored.values())))
            big = sum(entries[p.name] for p in model.params if p.shape)
            if big:
                parts.append(Part("the replicated merge's counts of hot coordinates", HOT_MASK_BYTES * big))
        elif layout == "shared" and copied:
            parts.append(Part(f"{2 * threads} private copies of {', '.join(copied)}, a copy and a base per worker",
                              2 * threads * sum(stored[k] + pad for k in copied)))
    if n:
        parts.append(Part(f"the epoch's order ({n} examples)", ORDER_BYTES * int(n)))
    return parts


def epoch_bytes(model, dims: dict, threads: int = 1, layout: str = "shared", copied=(), n: int = 0) -> int:
    """Everything an epoch holds (the sum of :func:`epoch_parts`)."""
    return sum(p.nbytes for p in epoch_parts(model, dims, threads, layout, copied, n))


def check_epoch(uir, data, threads: int, layout: str) -> None:
    """Before the first epoch (the params and data are allocated): what the epoch adds fits in what is left."""
    model = uir.model
    threads = max(1, min(int(threads), int(data.n)))
    copied: tuple = ()
    if threads > 1 and layout == "shared":
        from sgdc.passes.threads import copied_params
        from sgdc.data.dataset import layouts_of

        copied = copied_params(uir, layouts_of(uir, data))
    parts = epoch_parts(model, data.dims, threads, layout, copied, data.n)
    held = sum(p.nbytes for p in parts if p.held)
    extra = [p for p in parts if not p.held]
    hint = "use fewer threads, or layout shared" if threads > 1 and layout == "replicated" else \
        "use fewer threads" if threads > 1 and copied else ""
    check_fits(f"one epoch on {threads} thread{'s' if threads > 1 else ''} (layout {layout})",
               sum(p.nbytes for p in extra),
               detail=f" beyond the params' {fmt(held)} (" + ", ".join(f"{p.what}: {fmt(p.nbytes)}" for p in extra) + ")",
               hint=hint)
