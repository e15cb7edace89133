"""The plan of an epoch: what to run, before anything runs.

The example order (shuffled natively, in groups for strata), how many worker
threads (capped per core), each worker's shard of the order (contiguous or
round robin), the strata of matrix-completion-like models (blocks of rows no
two workers share in a round) and the rounds between merges, and which
coordinates are updated often enough to be averaged rather than summed at a
merge.  :mod:`sgdc.runtime.engine` executes a plan over buffers made by
:mod:`sgdc.runtime.buffers`.
"""
from __future__ import annotations

import ctypes
import itertools
import math
import os

import numpy as np

from sgdc.backend.driver import SHUFFLE, driver_library
from sgdc.data.dataset import Dataset
from sgdc.errors import InternalError, Unsupported, UserError
from sgdc.ir.update import UpdateIR
from sgdc.runtime import gate


PARTITION_TYPE = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64,
                                   ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)

_SHUFFLE_TYPE = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64,
                                 ctypes.c_int64)
_SHUFFLERS = None  # a small thread pool that shuffles groups side by side (ctypes releases the GIL)
PARALLEL_SHUFFLE = 1 << 21  # examples: below this, waking a pool thread costs what it saves (measured: 488K
# examples shuffle in 0.69 ms on one thread and 0.72 ms on two; 10M in 44 ms and 23 ms)


def shuffle_groups(a: np.ndarray, bounds: np.ndarray, seed: int, threads: int = 1) -> None:
    """Shuffle each ``a[bounds[g]:bounds[g + 1]]`` in place (native Fisher-Yates; each group its own random
    stream from ``seed`` and its number, see :func:`sgdc.backend.driver.emit_shuffle`).  With ``threads`` > 1 the
    groups are shared out between that many threads; the result is the same."""
    global _SHUFFLERS
    bounds = np.ascontiguousarray(bounds, dtype=np.int64)
    if a.dtype != np.int32 or not a.flags.c_contiguous or not a.flags.writeable:
        raise InternalError("shuffle_groups takes a writeable contiguous int32 array")
    if len(bounds) < 1 or bounds[0] < 0 or bounds[-1] > len(a) or np.any(np.diff(bounds) < 0):
        raise InternalError("shuffle_groups bounds outside the array")
    fn = _SHUFFLE_TYPE(driver_library().address(SHUFFLE))
    seed = int(np.uint64(seed % 2**64).view(np.int64))
    groups = len(bounds) - 1
    threads = max(1, min(int(threads), groups, available_cores()))
    if threads == 1 or bounds[-1] - bounds[0] < PARALLEL_SHUFFLE:
        fn(a.ctypes.data, bounds.ctypes.data, groups, seed, 0)
        return
    # contiguous runs of groups holding about equal numbers of examples, one per thread
    cuts = np.searchsorted(bounds, bounds[0] + (bounds[-1] - bounds[0]) * np.arange(1, threads) / threads)
    edges = [0] + sorted({int(min(max(c, 1), groups - 1)) for c in cuts}) + [groups]
    jobs = [(a.ctypes.data, bounds.ctypes.data + 8 * g0, g1 - g0, seed, g0) for g0, g1 in itertools.pairwise(edges)]
    if _SHUFFLERS is None:
        from concurrent.futures import ThreadPoolExecutor

        _SHUFFLERS = ThreadPoolExecutor(max_workers=max(1, available_cores() - 1), thread_name_prefix="sgdc-shuffle")
    pending = [_SHUFFLERS.submit(fn, *job) for job in jobs[1:]]
    fn(*jobs[0])
    for f in pending:
        f.result()


ORDERS = ("shuffle", "blocks", "sequential")
BLOCK = 64  # examples: a run of consecutive examples the ``blocks`` order keeps together
BUFFER = 16  # runs: the ``blocks`` order shuffles examples within each buffer of this many runs
MAPPED_RUN = 1 << 20  # bytes: a run of the ``blocks`` order over data read from a file's mapping covers this much


def run_length(data: Dataset) -> int:
    """Examples in a run of the ``blocks`` order over ``data``: :data:`BLOCK`, or, when its vectors are read from a
    file's mapping (:mod:`sgdc.data.binary`), enough examples to cover :data:`MAPPED_RUN` bytes of the file.  A
    run of 64 examples is a few pages of a file: read in a random order, each is a fault that the kernel's
    read-ahead cannot anticipate, and a file larger than memory thrashes (600 MiB under a 200 MiB limit: 6
    minutes an epoch against 8 s in order).  Runs of 1 MiB are read at the disk's sequential speed, and a buffer
    (16 runs) is 16 MiB of page cache at a time."""
    per = data.mapped_bytes() / max(data.n, 1)
    return max(BLOCK, int(math.ceil(MAPPED_RUN / per))) if per > 0 else BLOCK


def make_order(n: int, kind: str, seed: int, block: int = BLOCK) -> np.ndarray:
    """An epoch's example order from ``seed``, int32 as the kernels read it.

    ``sequential``: ``0 .. n-1``.  ``shuffle``: a uniform permutation.  ``blocks`` (CorgiPile's two-level
    shuffle, Xu et al., SIGMOD 2022, in memory): the examples cut into runs of ``block`` consecutive
    ones (:func:`run_length`), the runs in a random order, then the examples shuffled within each buffer of :data:`BUFFER`
    consecutive runs of that order.  Every buffer reads 16 runs of 64 neighbouring rows, so memory is read
    nearly sequentially (W1: 48 ms an epoch against 86 ms shuffled and 45 ms sequential), while each
    example still lands anywhere in the epoch.
    """
    if kind not in ORDERS:
        raise InternalError(f"unknown order {kind!r}")
    check_examples(n)
    if kind == "blocks" and n > block:
        runs = -(-n // block)
        starts = np.random.default_rng([int(seed) & (2**63 - 1), 0xB10C]).permutation(runs).astype(np.int64) * block
        lens = np.minimum(block, n - starts)
        ends = np.cumsum(lens)
        order = (np.repeat(starts - (ends - lens), lens) + np.arange(n)).astype(np.int32)
        bounds = np.unique(np.concatenate([[0], ends[BUFFER - 1::BUFFER], [n]])).astype(np.int64)
        shuffle_groups(order, bounds, seed)
        return gate.trust_order(order, n)
    order = np.arange(n, dtype=np.int32)
    if kind != "sequential" and n > 1:
        shuffle_groups(order, np.array([0, n], dtype=np.int64), seed)
    return gate.trust_order(order, n)


DEFAULT_SYNC = 8192  # examples per thread between merges of replicated copies, at least
DEFAULT_PUSH = 64  # examples per worker between exchanges of private copies (shared), at least
STRATA_PIECE = 32768  # examples per worker in one round of the strata shards (stages take turns at this grain)
def available_cores() -> int:
    """The cores this process may run on (``threads auto``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


THREADS_PER_CORE = 4  # more workers than this per core only wait on each other: a request beyond it is capped
MIN_THREAD_CAP = 32  # ... but never below this many (tests and small machines oversubscribe on purpose)


def thread_cap() -> int:
    """The most worker threads one engine runs: ``THREADS_PER_CORE`` x the available cores, at least
    ``MIN_THREAD_CAP``."""
    return max(MIN_THREAD_CAP, THREADS_PER_CORE * available_cores())


#: ``threads auto``: examples an epoch needs per worker (fewer: fewer workers, down to one).  At 2 threads a9a
#: (16,000 examples a worker, 2 ms epochs) runs 1.53x one thread; an epoch of a few thousand examples is over
#: in well under a millisecond, about what starting the workers and merging their copies costs.
MIN_ROWS_PER_THREAD = 4096


def resolve_threads(threads) -> int:
    """The worker threads for the schedule's ``threads``: ``auto`` is the available cores; a number above
    :func:`thread_cap` is capped there, with a warning (the one place that limits thread counts)."""
    if threads == "auto":
        return available_cores()
    n, cap = int(threads), thread_cap()
    if n > cap:
        from sgdc.errors import warn

        warn(f"threads {n} capped at {cap} (at most {THREADS_PER_CORE} worker threads per core, at least "
             f"{MIN_THREAD_CAP}; this process may run on {available_cores()} cores)")
        return cap
    return n


#: ``layout auto``: the largest model (bytes, all params) that each worker gets a private copy of.  Past it the
#: copies and their merges move more memory than the sharing they avoid (W6: a 64 MiB model, replicated 0.59x
#: of shared at equal threads, and 4 points of accuracy lost); below it, measured on the workloads with data
#: vectors (2 threads against 1, docs/performance.md): replicated 1.53x (a9a), 1.89x (RCV1-like), 2.10x (dense),
#: 1.58x (news20), shared 0.27x, 0.85x, 1.97x, 0.53x.
REPLICA_MAX_BYTES = 32 << 20


def choose_layout(updates, strata_fields: tuple, model_bytes: int, threads: int, averaged: bool = False,
                  drawn: bool = False) -> tuple:
    """``(layout, reason)`` for ``layout auto`` (a cost model after DimmWitted's: where the examples' writes
    meet, and what a private copy costs):

    * one thread: ``shared`` (nothing to share);
    * every update writes param rows picked by one or two index fields (matrix factorisation): ``shared``,
      with the ``strata`` shards (DSGD) that keep the workers on disjoint rows: 1.55-1.64x on MovieLens, where
      a copy per worker was 0.89-1.19x; unless a sampled field draws rows too (``drawn``: BPR's negatives),
      which no stratum holds: Hogwild! over contiguous shards (strata ran their stages in a fixed order over
      such rows: BPR over 8 items, test loss 0.43 at one thread, 1.16 at two);
    * updates over data vectors and a model of at most :data:`REPLICA_MAX_BYTES`: ``replicated``, a private
      copy per worker merged every ``sync`` examples, since the rows' common features (a bias, a9a's few
      columns, a power law's head) would send the same cache lines between the cores on every example;
    * a larger model: ``shared`` (Hogwild!), whose sparse writes rarely meet;
    * ``average epoch`` (``averaged``): ``replicated``, whatever the model: each worker's average keeps its own
      count of examples and marks of when each coordinate last changed, which shared writers would mix."""
    mib = model_bytes / 2**20
    if threads <= 1:
        return "shared", "one thread: nothing to share"
    if averaged:
        return "replicated", (f"averaged SGD counts examples per worker: a private copy per worker ({mib:.2f} MiB "
                              "each) merged every sync examples")
    if not any(u.field for u in updates) and 1 <= len(strata_fields) <= 2:
        if drawn:
            return "shared", (f"every update writes rows picked by {' and '.join(strata_fields)} or drawn by a "
                              "sampled field, which no strata shard holds: Hogwild! over contiguous shards")
        return "shared", (f"every update writes rows picked by {' and '.join(strata_fields)}: strata shards keep "
                          "the workers on disjoint rows")
    if model_bytes <= REPLICA_MAX_BYTES:
        return "replicated", (f"updates over data vectors meet on the model's common lines; a private copy per "
                              f"worker ({mib:.2f} MiB each) merged every sync examples avoids that")
    return "shared", (f"the model ({mib:.0f} MiB) is larger than a copy per worker pays for "
                      f"({REPLICA_MAX_BYTES >> 20} MiB); sparse writes to it rarely meet")


def shard_bounds(n: int, threads: int) -> list:
    """Contiguous slices ``[(begin, end), ...]`` of ``n`` positions for each thread."""
    return [(t * n // threads, (t + 1) * n // threads) for t in range(threads)]


def shard_order(order: np.ndarray, threads: int, shard: str) -> np.ndarray:
    """Rearrange ``order`` so that contiguous slices give each thread its shard.

    ``contiguous``: thread t takes the t-th block of the shuffled order;
    ``roundrobin``: thread t takes positions t, t + T, t + 2T, ...
    """
    if shard == "roundrobin" and threads > 1:
        return np.ascontiguousarray(np.concatenate([order[t::threads] for t in range(threads)]))
    return order


MAX_EXAMPLES = 2**31 - 1  # the kernels read the epoch's order as int32


def as_order(order) -> np.ndarray:
    """The epoch's order as the kernels read it: contiguous int32 (4 bytes an example, not 8: on a data set of
    10 million rows that is 40 MB less next to the data)."""
    order = np.asarray(order)
    if order.dtype == np.int32 and order.flags.c_contiguous:
        return order
    if len(order) and (int(order.max()) > MAX_EXAMPLES or int(order.min()) < 0):
        raise _too_many_examples()
    return np.ascontiguousarray(order, dtype=np.int32)


def check_examples(n: int) -> None:
    """The kernels read positions as int32: more than ``MAX_EXAMPLES`` examples is refused, with what to do."""
    if n > MAX_EXAMPLES:
        raise _too_many_examples()


def _too_many_examples() -> Unsupported:
    return Unsupported(f"a data set of more than {MAX_EXAMPLES:,} examples: split it (fit on parts with "
                       f"warm_start=True, or sgdc.distributed)")


def rounds_of(blocks: list, sync: int, limit: int, interleave: int = 0) -> np.ndarray:
    """See :func:`_rounds_of`; the same rounds every epoch (the strata's blocks do not change) are made once."""
    key = (tuple(tuple(stage) for stage in blocks), sync, limit, interleave)
    out = _ROUNDS.get(key)
    if out is None:
        out = _rounds_of(blocks, sync, limit, interleave)
        out.flags.writeable = False
        if len(_ROUNDS) >= 64:
            _ROUNDS.pop(next(iter(_ROUNDS)))
        _ROUNDS[key] = out
    return out


_ROUNDS: dict = {}


def _rounds_of(blocks: list, sync: int, limit: int, interleave: int = 0) -> np.ndarray:
    """Rounds ``(threads, R, 2)`` from ``blocks``: a list of stages, each ``[(begin, end)]`` per thread.

    A stage is cut into rounds of ``sync`` examples per worker (the whole
    stage if ``sync`` is 0), and no round is longer than ``limit``.  With
    ``interleave``, each stage is cut into pieces of about that many examples
    per worker and the stages take turns piece by piece (every piece is a
    round), so that over an epoch the stages mix instead of following each
    other.
    """
    threads = len(blocks[0])
    step_cap = max(1, min(sync or limit, limit))
    if interleave and len(blocks) > 1:
        longest = max(e - b for stage in blocks for b, e in stage)
        k = max(1, -(-longest // max(1, min(interleave, step_cap))))
        pieces = [[[(b + j * (e - b) // k, b + (j + 1) * (e - b) // k) for b, e in stage] for j in range(k)]
                  for stage in blocks]
        blocks = [pieces[s][j] for j in range(k) for s in range(len(blocks))]
    out: list = []
    for stage in blocks:
        longest = max(e - b for b, e in stage)
        step = max(1, min(sync or longest or 1, limit))
        for start in range(0, max(longest, 1), step):
            out.append([(min(b + start, e), min(b + start + step, e)) for b, e in stage])
    return np.array(out, dtype=np.int64).reshape(len(out), threads, 2).transpose(1, 0, 2).copy()


def strata_bounds(ids: np.ndarray, dim: int, parts: int) -> np.ndarray:
    """Edges that cut ids ``0..dim-1`` into ``parts`` contiguous ranges holding about equal numbers of examples."""
    cum = np.cumsum(np.bincount(ids, minlength=dim))
    return np.searchsorted(cum, [k * cum[-1] / parts for k in range(1, parts)], side="left") + 1


MAX_STRATA_GROUPS = 2**15 - 1  # the strata group keys are int16 (the native partition reads them so)


def strata_keys(data: Dataset, fields: tuple, threads: int) -> tuple:
    """Each example's group for the strata shards, and the number of stages.

    With one field, worker ``t`` takes the examples whose id lies in range
    ``t`` (one stage).  With two, stage ``s`` gives worker ``t`` block
    ``(t, (t + s) mod T)``; an example's key is ``s * T + t`` of its block.
    """
    if threads ** len(fields) > MAX_STRATA_GROUPS:
        most = math.isqrt(MAX_STRATA_GROUPS) if len(fields) == 2 else MAX_STRATA_GROUPS
        raise UserError(f"shard strata over {len(fields)} index fields ({', '.join(fields)}) takes at most {most} "
                        f"threads, got {threads}; use fewer threads or shard contiguous")
    group = None
    for f in fields:
        ids = np.asarray(data[f])
        edges = strata_bounds(ids, int(ids.max(initial=0)) + 1, threads)
        g = np.searchsorted(edges, ids, side="right").astype(np.int16)
        group = g if group is None else group * threads + g
    if len(fields) == 1:
        return np.ascontiguousarray(group, dtype=np.int16), 1
    stage_of = np.empty(threads * threads, dtype=np.int16)
    for s in range(threads):
        for t in range(threads):
            stage_of[t * threads + (t + s) % threads] = s * threads + t
    return np.ascontiguousarray(stage_of[group]), threads


HOT_UPDATES = 64  # a coordinate updated this many times per worker between merges has its moves averaged
#: ... and under a plain step (no adaptive rule), one whose updates between merges sum to this much step times
#: curvature (``step * sum x_j^2``): a worker alone then moves it a good part of the way (a squared loss: 1 - e^-0.5,
#: 39%), and adding the workers' moves would overshoot (least squares over 2,000 features of 10 a row, step 0.05:
#: RMSE 1.8 at 2 threads against 0.37 at one, when its ~40 updates a window were added)
HOT_MOVE = 0.5


COUNT_PIECE = 1 << 22  # entries :func:`touch_counts` reads at a time


def touch_counts(uir: UpdateIR, data: Dataset, params: dict) -> dict:
    """For each param whose writes the data determine simply, how many examples write each coordinate.

    A row param picked by one index field (``P[u]``), an element picked by two (``M[u, i]``): the examples of
    each id (pair); a vector param dotted with a sparse data vector: each feature's examples; ``dot(W[g], x)``:
    each (row, feature)'s; a param that a dense data vector writes in full (``dot(w, x)``, ``W @ x``, ``W[g]``
    over dense ``x``): every example (of its row).  Others are left out.
    """
    out: dict = {}
    for u in uir.train.updates:
        p = params[u.param]
        counts = None
        given = [f for f in u.index if f in data.fields]  # (not a sampled one)
        vector = u.kind in ("sparse", "outer")
        dense = vector and data[u.field].layout == "dense"
        if len(given) != len(u.index) or len(u.index) > 2:
            pass
        elif u.index and (not vector or dense):  # whole rows (or elements) picked by the index fields
            ids, rows = _flat_ids(data, u.index, p.shape)
            per_row = np.bincount(ids[(ids >= 0) & (ids < rows)], minlength=rows)[:rows]
            counts = np.repeat(per_row, p.size // max(rows, 1))
        elif dense:  # every example writes every coordinate
            counts = np.full(p.size, data.n, dtype=np.int64)
        elif vector and len(u.index) <= 1:
            cols = p.shape[-1] if (u.kind == "outer" or u.index) else p.size
            rows = p.size // max(cols, 1)
            ids = np.asarray(data[u.index[0]]) if u.index else None
            counts = _entry_sums(data[u.field], cols, rows if ids is not None else 1, ids).astype(np.int64)
            if ids is None and rows > 1:  # W @ x writes every row at x's entries
                counts = np.tile(counts, rows)
        if counts is not None and counts.size == p.size:
            out[u.param] = counts if u.param not in out else out[u.param] + counts
    return out


def touch_squares(uir: UpdateIR, data: Dataset, params: dict) -> dict:
    """For each param a data vector writes without an index (``dot(w, x)``, ``W @ x``): the sum over the
    examples of ``x_j^2`` at each coordinate, the curvature a plain step meets there (a squared loss's; a
    logistic's is at most a quarter of it)."""
    out: dict = {}
    for u in uir.train.updates:
        if u.kind not in ("sparse", "outer") or u.index:
            continue
        p, X = params[u.param], data[u.field]
        cols = p.shape[-1] if u.kind == "outer" else p.size
        sq = np.zeros(cols, dtype=np.float64)
        if X.layout == "dense":
            piece = max(1, COUNT_PIECE // max(X.d, 1))  # rows at a time
            for lo in range(0, X.n, piece):
                v = np.asarray(X.X[lo:lo + piece], dtype=np.float64) * X.scale
                sq[:min(cols, X.d)] += np.square(v).sum(axis=0)[:cols]
        else:
            sq = _entry_sums(X, cols, squares=True)
        if p.size != cols:
            sq = np.tile(sq, p.size // cols)
        if sq.size == p.size:
            out[u.param] = sq if u.param not in out else out[u.param] + sq
    return out


def _entry_sums(X, cols: int, rows: int = 1, ids=None, squares: bool = False) -> np.ndarray:
    """Over a sparse data vector's stored entries, a piece at a time (the data may be a mapped file): per column
    (per (row, column) with ``ids``, each example's row) the number of entries, or with ``squares`` the sum of
    their values squared; float64, ``rows * cols`` long."""
    out = np.zeros(rows * cols, dtype=np.float64)
    for lo in range(0, X.indices.size, COUNT_PIECE):
        idx = np.asarray(X.indices[lo:lo + COUNT_PIECE], dtype=np.int64)
        ok = (idx >= 0) & (idx < cols)
        if ids is not None:  # dot(W[g], x): the row of each entry's example
            ex = np.searchsorted(np.asarray(X.indptr), np.arange(lo, lo + idx.size), side="right") - 1
            g = ids[ex].astype(np.int64)
            ok &= (g >= 0) & (g < rows)
            idx = g * cols + idx
        w = np.square(np.asarray(X.data[lo:lo + COUNT_PIECE], dtype=np.float64) * X.scale)[ok] if squares else None
        out += np.bincount(idx[ok], weights=w, minlength=out.size)[:out.size]
    return out


def _flat_ids(data: Dataset, index: tuple, shape: tuple) -> tuple:
    """The examples' flat positions among the ``shape[:len(index)]`` rows their index fields pick, and how many
    rows there are (a position out of range is left for the caller to drop)."""
    ids = np.asarray(data[index[0]]).astype(np.int64)
    rows = int(shape[0])
    if len(index) == 2:
        j = np.asarray(data[index[1]]).astype(np.int64)
        ids = np.where((j >= 0) & (j < shape[1]), ids * int(shape[1]) + j, -1)
        rows *= int(shape[1])
    return ids, rows


