"""Distributed training on Dask: model averaging over data partitions, low-precision communication.

The data is split into partitions that live on Dask workers (file shards that
the workers read themselves, or arrays / dask arrays from Python).  Training
goes in rounds:

1. every worker starts the round from the same model ``m_r``, trains its
   partition for ``local_epochs`` epochs with the compiled kernels (one thread
   unless the spec or the call sets ``threads``: Hogwild! over its own cores
   when that is more than one) and sends back
   its *update* ``m_r,k - m_r``;
2. the client averages the updates (weighted by partition size, or equally),
   and sends the average back; client and workers apply it to ``m_r`` with the
   same code, so they hold the same ``m_{r+1}`` bit for bit;
3. the client writes a checkpoint (an ordinary model file) after every round.

Communication precision (the C of the DMGC signature): updates go both ways at
float32 (``comm=32``) or as 16- or 8-bit fixed point (:func:`encode`) with one
scale per tensor and unbiased (stochastic) rounding, so that the decoded update
is right on average.  Each round reports the bytes of the updates it sent.

Fault tolerance comes from Dask: a partition is a chain of tasks (read, bind),
so when the worker holding it dies Dask recomputes it on another worker and
re-runs the round's task there; a worker that does not hold the round's start
model (a fresh one) is sent the whole model instead of the update.  A restarted
client given the same ``checkpoint`` resumes after the last finished round.

Dask is imported only here, and only when a Dask function runs: ``import sgdc``
and local training never import it.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import glob as _glob
import hashlib
import math
import os
import threading
import time
import uuid
from dataclasses import dataclass, field

import numpy as np

from sgdc.errors import SgdcError, UserError
from sgdc.ir.fixedpoint import decode as decode_codes
from sgdc.ir.fixedpoint import int_dtype, qmax, quantise

COMM_BITS = (32, 16, 8)


# -- the quantised update: encode / decode -----------------------------------------------------------

@dataclass(frozen=True)
class Encoded:
    """One tensor's update as sent: float32 values (``bits == 32``) or integer codes and a scale."""

    bits: int
    data: np.ndarray  # float32 values, or int8 / int16 codes
    scale: float = 1.0  # value = code * scale (float32)

    @property
    def nbytes(self) -> int:
        return int(self.data.nbytes) + (0 if self.bits == 32 else 4)


def encode(x, bits: int, rng: np.random.Generator) -> Encoded:
    """``x`` at ``bits`` (32, 16 or 8) for sending.

    Fixed point: the scale is ``max|x| / Q`` (``Q = 2^(bits-1) - 1``) rounded up
    to a float32, so every ``x / scale`` lies in ``[-Q, Q]``; a value becomes
    ``floor(x / scale + u)`` with ``u`` uniform in ``[0, 1)``, so the decoded
    value is ``x`` on average (unbiased) and off by less than one scale step.
    """
    a = np.asarray(x, dtype=np.float32)
    if bits == 32:
        return Encoded(32, np.array(a, dtype=np.float32, order="C"))
    if bits not in COMM_BITS:
        raise UserError(f"communication bits must be one of 32, 16, 8, not {bits}")
    Q = qmax(bits)
    amax = float(np.max(np.abs(a))) if a.size else 0.0
    if not math.isfinite(amax):
        raise UserError("a model update is not finite (training diverged); try a smaller step")
    if amax == 0.0:
        return Encoded(bits, np.zeros(a.shape, dtype=int_dtype(bits)), 0.0)
    scale = np.float32(amax / Q)
    while float(scale) * Q < amax:  # round the scale up: |x / scale| <= Q, so nothing saturates
        scale = np.nextafter(scale, np.float32(np.inf))
    return Encoded(bits, quantise(a, float(scale), bits, rng.random(a.shape)), float(scale))  # unbiased


def decode(e: Encoded) -> np.ndarray:
    """The float32 values of an :class:`Encoded` update."""
    if e.bits == 32:
        return e.data
    return decode_codes(e.data, e.scale)


def encode_params(delta: dict, bits: int, rng: np.random.Generator) -> dict:
    return {k: encode(delta[k], bits, rng) for k in sorted(delta)}


def nbytes(message: dict) -> int:
    """Bytes of a message of encoded tensors (or of plain float32 arrays)."""
    return sum(v.nbytes if isinstance(v, Encoded) else int(np.asarray(v).nbytes) for v in message.values())


def apply_update(model: dict, update: dict) -> dict:
    """``model + decode(update)``, float32; the client and the workers both use this, so they agree exactly."""
    return {k: np.asarray(model[k] + decode(update[k]), dtype=np.float32) for k in model}


def _rng(seed: int, *stream) -> np.random.Generator:
    return np.random.default_rng([int(seed), 0xD157, *map(int, stream)])


# -- Dask, lazily ------------------------------------------------------------------------------------

def _dask():
    try:
        import distributed
    except ImportError:
        raise UserError("distributed training needs Dask: pip install 'sgdc[distributed]'") from None
    return distributed


def connect(scheduler: str | None = None, *, local_workers: int | None = None, timeout: float = 10.0):
    """A ``distributed.Client``: to ``scheduler`` (an address), or to a new LocalCluster of ``local_workers`` processes.

    Returns ``(client, cluster)``; ``cluster`` is None unless one was started here (close both when done).
    An unreachable scheduler is one :class:`UserError`.
    """
    dd = _dask()
    if local_workers is not None:
        if int(local_workers) < 1:
            raise UserError("--local-cluster needs at least 1 worker")
        cluster = dd.LocalCluster(n_workers=int(local_workers), threads_per_worker=1, processes=True,
                                  dashboard_address=None)
        return dd.Client(cluster), cluster
    if not scheduler:
        raise UserError("give a Dask scheduler address (or start a local cluster)")
    try:
        return dd.Client(scheduler, timeout=timeout), None
    except (OSError, TimeoutError, ValueError) as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise UserError(f"cannot reach the Dask scheduler at {scheduler}: {reason}") from None


def _from_cluster(e: BaseException) -> bool:
    """Whether ``e`` is the cluster's failure (Dask, its transport, a lost connection), not sgdc's."""
    return (type(e).__module__.startswith(("distributed", "tornado", "asyncio"))
            or isinstance(e, (ConnectionError, TimeoutError, concurrent.futures.CancelledError)))


# -- the worker side ---------------------------------------------------------------------------------
# Module state of a worker process: compiled programs (one per concurrent task) and the round-start
# models of the runs it takes part in.

_LOCK = threading.Lock()
_PROGRAMS: dict = {}  # spec key -> [idle Program, ...]
_MODELS: dict = {}  # run id -> {round: params}


@dataclass(frozen=True)
class _Failed:
    """A user error on a worker, returned as a value (not raised: Dask would log a traceback on the worker)."""

    error: SgdcError


def _task(fn):
    """A worker task: a failed input passes through, an sgdc error becomes a :class:`_Failed` value."""
    import functools

    @functools.wraps(fn)
    def run(*args):
        for a in args:
            if isinstance(a, _Failed):
                return a
        try:
            return fn(*args)
        except SgdcError as e:
            return _Failed(e)
    return run


def _unwrap(value):
    if isinstance(value, _Failed):
        raise value.error
    return value


def _spec_key(source: str, settings: tuple) -> str:
    h = hashlib.sha256(source.encode())
    h.update(repr(settings).encode())  # frozen dataclasses: a stable text of every typed field
    return h.hexdigest()


def _compile(source: str, settings: tuple):
    """The spec's Program with the run's ``(Training, Schedule)``: typed values made once by the client
    (from its overrides), sent as they are: a worker converts nothing and writes no spec text."""
    from sgdc.frontend.load import load_model
    from sgdc.runtime.program import Program

    training, schedule = settings
    return Program(load_model(source if "\n" in source else source + "\n").with_settings(training, schedule))


class _program:
    """A compiled Program for this spec, taken from the worker's pool (compiled on first use: the kernel cache hits)."""

    def __init__(self, source, settings):
        self.key = _spec_key(source, settings)
        self.source, self.settings = source, settings

    def __enter__(self):
        with _LOCK:
            pool = _PROGRAMS.setdefault(self.key, [])
            self.prog = pool.pop() if pool else None
        if self.prog is None:
            self.prog = _compile(self.source, self.settings)
        return self.prog

    def __exit__(self, *exc):
        with _LOCK:
            _PROGRAMS.setdefault(self.key, []).append(self.prog)


@_task
def _read_part(path: str, source: str, settings: tuple, fmt: str | None) -> dict:
    """Worker task: read one file shard into the spec's fields.

    svmlight shards are read zero-based; whether the data set is one-based is
    decided over all shards (:func:`_bind_part` then drops column 0), so that
    every shard numbers its features the same way.
    """
    from sgdc.data import loaders
    from sgdc.data.datafiles import read

    with _program(source, settings) as prog:
        model = prog.model
    if not os.path.isfile(path):
        raise UserError(f"{path}: no such file on this worker (every worker must see the data files)")
    if (fmt or loaders.detect_format(path)) == "svmlight":
        vec = model.data_vector_fields
        if len(vec) != 1:
            raise UserError(f"format svmlight needs a spec with exactly one vector field; '{model.name}' has {len(vec)}")
        X, y = loaders.load_svmlight(path, zero_based=True)
        return {vec[0].name: X, model.target: y, "__svm_col0__": bool(np.any(X.indices == 0))}
    return read(path, model, fmt)


@_task
def _summary(fields: dict, source: str, settings: tuple) -> dict:
    """Worker task: what the client needs to build one set of data mappings for all partitions."""
    import scipy.sparse as sp

    with _program(source, settings) as prog:
        model = prog.model
    out: dict = {"n": None, "width": {}, "maxabs": {}, "values": {}, "svm_col0": fields.get("__svm_col0__")}
    if any(f.kind == "reals" for f in model.data_fields):
        from sgdc.errors import Unsupported

        raise Unsupported(f"several targets (a real[...] field) in distributed training: '{model.name}' trains on one "
                          f"machine (sgdc train)")
    for f in model.data_fields:
        if f.name not in fields:
            raise UserError(f"missing data field '{f.name}'")
        a = fields[f.name]
        if f.kind == "vector":
            vals = a.data if sp.issparse(a) else np.asarray(a)
            shape = a.shape
            if len(shape) != 2:
                raise UserError(f"field '{f.name}': expected a 2-D array (examples x features), got shape {shape}")
            out["width"][f.name] = int(shape[1])
            out["maxabs"][f.name] = float(np.max(np.abs(vals))) if vals.size else 0.0
            n = int(shape[0])
        else:
            col = np.asarray(a).reshape(-1)
            n = len(col)
            if f.kind in ("label", "index"):
                out["values"][f.name] = np.unique(col)
        if out["n"] is None:
            out["n"] = n
        elif out["n"] != n:
            raise UserError(f"field '{f.name}' has {n} examples, others have {out['n']}")
    return out


@_task
def _bind_part(fields: dict, source: str, settings: tuple, enc, one_based: bool):
    """Worker task: the partition bound with the run's data mappings (a Dataset, kept in worker memory)."""
    from sgdc.data.bind import bind

    with _program(source, settings) as prog:
        model = prog.model
    fields = {k: v for k, v in fields.items() if not k.startswith("__")}
    if one_based:
        name = model.data_vector_fields[0].name
        fields[name] = fields[name][:, 1:]
    ds, _, unknown = bind(model, fields, enc=enc, fit=False, data_layout=model.schedule.data_layout)
    if unknown:  # pragma: no cover - the mappings were built from every partition
        raise UserError(f"partition has ids missing from the run's mappings: {unknown}")
    return ds


def _start_model(msg: dict, job: dict, prog, dims: dict):
    """``(the round's start model, None)`` on this worker, or ``(None, the latest round it has, or -1)``."""
    from sgdc.runtime.params import init_params

    run, r = job["run"], job["round"]
    with _LOCK:
        models = _MODELS.setdefault(run, {})
        if r in models:
            return models[r], None
        if "full" in msg:
            m = {k: np.asarray(v, dtype=np.float32) for k, v in msg["full"].items()}
        elif "init" in msg:
            m = init_params(prog.model, dims, job["seed"])
        else:
            updates = msg["updates"]  # {u: the update from round u's start model to round u + 1's}
            have = [u for u in updates if u in models]
            if not have:
                return None, max(models, default=-1)
            u = max(have)
            m = models[u]
            for v in range(u, r):
                m = apply_update(m, updates[v])
        models[r] = m
        for old in [k for k in models if k < r - 1]:
            del models[old]
        return m, None


@_task
def _train_part(ds, msg: dict, job: dict, part: int) -> dict:
    """Worker task: one round on one partition; returns the encoded update and figures."""
    import distributed

    address = distributed.get_worker().address
    with _program(job["source"], job["settings"]) as prog:
        base, has = _start_model(msg, job, prog, ds.dims)
        if base is None:
            return {"missing": True, "has": has, "worker": address}
        params = {k: v.copy() for k, v in base.items()}
        t = time.perf_counter()
        prog.engine.prepare(ds)
        total = 0.0
        part_seed = int(_rng(job["seed"], part).integers(2**31))  # each partition's own orders and stream
        for e in range(job["local_epochs"]):
            epoch = job["round"] * job["local_epochs"] + e
            total = prog.run_epoch(params, ds, epoch, epoch * job["examples"], part_seed)
        seconds = time.perf_counter() - t
    loss = total / ds.n
    if not math.isfinite(loss):
        raise UserError(f"training diverged in round {job['round'] + 1} (loss {loss}); try a smaller step")
    delta = {k: params[k] - base[k] for k in sorted(params)}
    update = encode_params(delta, job["comm"], _rng(job["seed"], job["round"], part, 1))
    return {"update": update, "n": int(ds.n), "loss": float(loss), "seconds": seconds, "worker": address}


def _forget(run: str) -> None:
    with _LOCK:
        _MODELS.pop(run, None)


@_task
def _fields(names, *arrays) -> dict:
    return dict(zip(names, arrays))


# -- the client side ---------------------------------------------------------------------------------

@dataclass
class Result:
    """What :func:`train` returns: the trained Program and the figures of each round."""

    program: object  # sgdc.runtime.program.Program, with the final params and the run's data mappings
    rounds: list = field(default_factory=list)  # one dict a round (see train)
    partitions: list = field(default_factory=list)  # examples per partition
    workers: int = 0
    comm: int = 32
    resumed_from: int = 0  # rounds already done in the checkpoint this run started from

    @property
    def seconds_per_round(self) -> list:
        return [r["seconds"] for r in self.rounds]

    @property
    def bytes_per_round(self) -> list:
        return [r["bytes_up"] + r["bytes_down"] for r in self.rounds]

    def to_dict(self) -> dict:
        return {"workers": self.workers, "partitions": self.partitions, "comm": self.comm,
                "resumed_from_round": self.resumed_from, "rounds": self.rounds}


class _Partition:
    """A partition: how to make its raw fields (a future) and its bound Dataset (a future); remade when lost."""

    def __init__(self, index: int, make_raw, worker):
        self.index, self.make_raw, self.worker = index, make_raw, worker
        self.raw = make_raw(worker)
        self.bound = None
        self.n = 0


def _is_glob_or_paths(data) -> bool:
    return isinstance(data, (str, os.PathLike)) or (
        isinstance(data, (list, tuple)) and data and all(isinstance(p, (str, os.PathLike)) for p in data))


def expand_files(data) -> list:
    """The files of a glob pattern (or list of paths), sorted; no match is a UserError."""
    if isinstance(data, (str, os.PathLike)):
        pattern = os.fspath(data)
        files = sorted(_glob.glob(os.path.expanduser(pattern)))
        if not files:
            raise UserError(f"--data '{pattern}': no files match")
    else:
        files = [os.fspath(p) for p in data]
        for p in files:
            if not os.path.exists(p):
                raise UserError(f"{p}: no such file")
    dirs = [p for p in files if os.path.isdir(p)]
    if dirs:
        raise UserError(f"{dirs[0]}: is a directory, not a data file")
    return [os.path.abspath(p) for p in files]


def _is_dask(a) -> bool:
    return type(a).__module__.split(".")[0] == "dask"


def _split_rows(fields: dict, parts: int, seed: int) -> list:
    """``parts`` row partitions of in-memory fields, by a seeded permutation."""
    import scipy.sparse as sp

    n = None
    for v in fields.values():
        n = v.shape[0] if (sp.issparse(v) or np.ndim(v) >= 1) else None
        if n is not None:
            break
    if n is None:
        raise UserError("no data fields given")
    perm = np.random.default_rng([int(seed), 0x5917]).permutation(n)
    out = []
    for k in range(parts):
        rows = np.sort(perm[k * n // parts:(k + 1) * n // parts])
        part = {}
        for name, v in fields.items():
            if not (sp.issparse(v) or np.ndim(v) >= 1) or v.shape[0] != n:
                raise UserError(f"field '{name}' does not have {n} rows like the other fields")
            part[name] = v[rows] if sp.issparse(v) else np.asarray(v)[rows]
        out.append(part)
    return out


def train(spec, data, y=None, *, client=None, scheduler: str | None = None, rounds: int = 10,
          local_epochs: int = 1, comm: int = 32, weighted: bool = True, partitions: int | None = None,
          checkpoint=None, seed: int = 0, dims: dict | None = None, test=None, test_y=None,
          format: str | None = None, callback=None, timeout: float = 10.0, **schedule_overrides) -> Result:
    """Train ``spec`` on Dask workers by model averaging; returns a :class:`Result`.

    ``data``: a glob pattern or list of files (one partition a file, read by the
    workers), or in-memory data as for ``Program.fit`` (a mapping of fields,
    ``X`` with ``y``), split into ``partitions`` (default: one per worker) by a
    seeded permutation, or dask arrays (one partition per row chunk).
    ``client``: a ``distributed.Client`` (else one is made for ``scheduler``,
    else the current default client is used).  ``rounds`` rounds of
    ``local_epochs`` epochs each; ``comm`` the bits of the updates sent (32, 16,
    8); ``weighted`` averages by partition size.  ``checkpoint``: a model file
    written after every round; when it exists, training resumes after the
    rounds it holds.  ``callback(result, round_info)`` runs after every round;
    returning False stops.  Other keywords override schedule fields (as for
    ``sgdc.compile``), e.g. ``threads=2`` for Hogwild! on each worker.

    Each entry of ``Result.rounds``: ``round``, ``seconds`` (wall, client side),
    ``compute_seconds`` (slowest partition's training), ``bytes_up`` (updates
    workers sent), ``bytes_down`` (what the client sent: the averaged update to
    each partition's task, plus catch-ups), ``train_loss``, ``moved``
    (partitions trained on another worker than in the last round),
    ``catch_ups`` (tasks that landed on a worker without the round's start
    model and were sent the updates it missed, or the whole model), and test
    metrics when ``test`` is given.
    """
    from sgdc.runtime import modelfile
    from sgdc.runtime.program import compile as sgdc_compile

    rounds, local_epochs, comm = int(rounds), int(local_epochs), int(comm)
    if rounds < 0 or local_epochs < 1:
        raise UserError("rounds must be >= 0 and local epochs >= 1")
    if comm not in COMM_BITS:
        raise UserError(f"communication bits must be one of 32, 16, 8, not {comm}")
    prog = sgdc_compile(spec, **schedule_overrides)
    if "threads" not in schedule_overrides and prog.schedule.loc_of("threads") is None:
        # one thread a worker unless asked: the workers are processes already (threads auto in each would put
        # several workers' threads on the same cores)
        prog = sgdc_compile(spec, **schedule_overrides, threads=1)
    if isinstance(test, tuple) and len(test) == 2 and test_y is None:
        test, test_y = test
    files = expand_files(data) if _is_glob_or_paths(data) else None
    if files is None and isinstance(data, tuple) and len(data) == 2 and y is None:
        data, y = data
    dd = _dask()
    own = None
    if client is None:
        if scheduler is not None:
            client, _ = connect(scheduler, timeout=timeout)
            own = client
        else:
            try:
                client = dd.get_client()
            except ValueError:
                raise UserError("no Dask client: pass client= or scheduler=") from None
    try:
        return _Run(prog, client, files, data, y, rounds=rounds, local_epochs=local_epochs, comm=comm,
                    weighted=weighted, partitions=partitions, checkpoint=checkpoint, seed=int(seed), dims=dims,
                    test=test, test_y=test_y, fmt=format, callback=callback,
                    modelfile=modelfile).run()
    finally:
        if own is not None:
            own.close()


class _Run:
    def __init__(self, prog, client, files, data, y, *, rounds, local_epochs, comm, weighted, partitions,
                 checkpoint, seed, dims, test, test_y, fmt, callback, modelfile):
        self.prog, self.client, self.model = prog, client, prog.model
        self.source = prog.model.source
        self.settings = (prog.model.training, prog.model.schedule)  # the overrides, applied once, typed
        self.rounds, self.local_epochs, self.comm, self.weighted = rounds, local_epochs, comm, weighted
        self.checkpoint, self.seed, self.dims, self.fmt = checkpoint, seed, dims, fmt
        self.callback, self.modelfile = callback, modelfile
        self.run_id = uuid.uuid4().hex
        self.updates: dict = {}  # round -> the update applied after it (the last few)
        self.test = test
        self.test_y = test_y
        self.workers = sorted(client.scheduler_info()["workers"])
        if not self.workers:
            raise UserError("the Dask cluster has no workers")
        self.parts = self._partitions(files, data, y, partitions)

    # partitions ------------------------------------------------------------------------------------
    def _submit(self, fn, *args, key, worker=None, **kw):
        extra = {"workers": [worker], "allow_other_workers": True} if worker else {}
        return self.client.submit(fn, *args, key=f"{key}-{self.run_id[:8]}-{uuid.uuid4().hex[:6]}",
                                  pure=False, **extra, **kw)

    def _partitions(self, files, data, y, partitions) -> list:
        W = self.workers
        src, ov = self.source, self.settings
        makers = []
        if files is not None:
            for p in files:
                makers.append(lambda w, p=p: self._submit(_read_part, p, src, ov, self.fmt, key="sgdc-read", worker=w))
        else:
            from sgdc.data.bind import as_mapping

            fields = as_mapping(self.model, data, y)
            if any(_is_dask(v) for v in fields.values()):
                makers = self._dask_makers(fields)
            else:
                k = len(W) if partitions is None else int(partitions)
                if k < 1:
                    raise UserError("partitions must be >= 1")
                for part in _split_rows(fields, k, self.seed):
                    makers.append(lambda w, part=part: self._submit(_fields, list(part), *part.values(),
                                                                   key="sgdc-data", worker=w))
        return [_Partition(i, mk, W[i % len(W)]) for i, mk in enumerate(makers)]

    def _dask_makers(self, fields) -> list:
        import dask

        names = list(fields)
        arrays = [fields[k] for k in names]
        for k, a in zip(names, arrays):
            if not _is_dask(a):
                raise UserError(f"field '{k}': mix of dask and in-memory arrays; pass all fields as dask arrays")
        rows = arrays[0].chunks[0]
        arrays = [a.rechunk((rows,) + ((-1,) if a.ndim == 2 else ())) for a in arrays]
        makers = []
        for i in range(len(rows)):
            blocks = [a.blocks[i] for a in arrays]
            d = dask.delayed(_fields)(names, *blocks)

            def make(w, d=d):
                where = {"workers": [w], "allow_other_workers": True} if w else {}
                return self.client.compute(d, **where)
            makers.append(make)
        return makers

    def _encoders(self):
        """One set of data mappings for all partitions, built from the workers' summaries."""
        import scipy.sparse as sp

        from sgdc.data.bind import bind

        futs = [self._submit(_summary, p.raw, self.source, self.settings, key="sgdc-summary") for p in self.parts]
        sums = [_unwrap(v) for v in self.client.gather(futs)]
        for p, s in zip(self.parts, sums):
            p.n = int(s["n"] or 0)
        self.parts = [p for p in self.parts if p.n > 0]
        sums = [s for s in sums if s["n"]]
        if not sums:
            raise UserError("no examples to train on")
        one_based = all(s["svm_col0"] is False for s in sums)
        n = 2
        values = {}
        for f in self.model.fields:
            if f.kind in ("label", "index"):
                values[f.name] = np.unique(np.concatenate([s["values"][f.name] for s in sums]))
                n = max(n, len(values[f.name]))
        synth = {}
        for f in self.model.data_fields:
            if f.kind == "vector":
                width = max(s["width"][f.name] for s in sums) - (1 if one_based else 0)
                maxabs = max(s["maxabs"][f.name] for s in sums)
                X = sp.lil_matrix((n, max(width, 1)), dtype=np.float64)
                if maxabs > 0:
                    X[0, 0] = maxabs
                synth[f.name] = sp.csr_matrix(X)
            elif f.name in values:
                synth[f.name] = np.resize(values[f.name], n)
            else:
                synth[f.name] = np.zeros(n)
        _, enc, _ = bind(self.model, synth, fit=True, dims=self.dims, data_layout="sparse")
        return enc, one_based

    def _bind(self, p):
        p.bound = self._submit(_bind_part, p.raw, self.source, self.settings, self.enc, self.one_based,
                               key="sgdc-bind")

    def _remake(self, p):
        p.raw = p.make_raw(None)
        self._bind(p)

    # rounds ----------------------------------------------------------------------------------------
    def run(self) -> Result:
        from sgdc.runtime.params import init_params

        start, model = 0, None
        ck = self.checkpoint
        if ck is not None and os.path.exists(ck):
            done = self.modelfile.load(ck)
            if done.model.source != self.model.source:
                raise UserError(f"checkpoint {ck} was written for a different spec; remove it or use another path")
            if done.epochs_done % self.local_epochs:
                raise UserError(f"checkpoint {ck} holds {done.epochs_done} epochs, not a whole number of rounds "
                                f"of {self.local_epochs} local epochs")
            start = done.epochs_done // self.local_epochs
            self.enc, model = done.encoders, {k: np.array(v, dtype=np.float32) for k, v in done.params.items()}
            sums = [_unwrap(v) for v in self.client.gather([
                self._submit(_summary, p.raw, self.source, self.settings, key="sgdc-summary") for p in self.parts])]
            for p, s in zip(self.parts, sums):
                p.n = int(s["n"] or 0)
            self.parts = [p for p in self.parts if p.n > 0]
            self.one_based = all(s["svm_col0"] is False for s in sums if s["n"])
        else:
            self.enc, self.one_based = self._encoders()
        for p in self.parts:
            self._bind(p)
        N = sum(p.n for p in self.parts)
        prog = self.prog
        prog.encoders = self.enc
        if model is None:
            model = init_params(self.model, self.enc.dims, self.seed)
        result = Result(prog, partitions=[p.n for p in self.parts], workers=len(self.workers), comm=self.comm,
                        resumed_from=start)
        job = {"run": self.run_id, "source": self.source, "settings": self.settings, "seed": self.seed,
               "local_epochs": self.local_epochs, "comm": self.comm, "examples": N}
        msg = {"full": model} if start > 0 else {"init": True}
        where = {}
        from sgdc.ir.schedule import check_step_values, planned_step_points

        first = start * self.local_epochs  # workers run epoch r * local_epochs + e from t = epoch * N
        check_step_values(prog._step_checker(), planned_step_points(first, first * N, N,
                                                                    (self.rounds - start) * self.local_epochs),
                          prog.training.step_text)  # refused before any round, as local training does
        try:
            for r in range(start, self.rounds):
                info, update = self._round(r, dict(job, round=r), msg, model, where)
                model = apply_update(model, update)
                self.updates[r] = update
                self.updates.pop(r - 8, None)  # catch-up history for a worker that missed a few rounds
                msg = {"updates": {r: update}}
                prog.params = model
                prog.epochs_done = (r + 1) * self.local_epochs
                prog.steps_done = prog.epochs_done * N
                if ck is not None:
                    self.modelfile.save(ck, prog)
                info["seconds"] = time.perf_counter() - info.pop("_t0")
                if self.test is not None:
                    info.update(prog.evaluate(self.test, self.test_y))
                result.rounds.append(info)
                if self.callback is not None and self.callback(result, info) is False:
                    break
        finally:
            with contextlib.suppress(Exception):  # best effort: the workers' memory of a finished run
                self.client.run(_forget, self.run_id)
        prog.params = model
        return result

    def _round(self, r: int, job: dict, msg: dict, model: dict, where: dict):
        t0 = time.perf_counter()
        msg_bytes = sum(nbytes(v) for v in msg["updates"].values()) if "updates" in msg else \
            nbytes(msg["full"]) if "full" in msg else 0
        [sent] = self.client.scatter([msg], hash=False, broadcast=True)
        futs = {p.index: self._submit(_train_part, p.bound, sent, job, p.index, key=f"sgdc-train-r{r}-p{p.index}")
                for p in self.parts}
        bytes_down = msg_bytes * len(futs)
        results, failures = {}, {p.index: 0 for p in self.parts}
        by_index = {p.index: p for p in self.parts}
        resent = 0
        dd = _dask()
        while futs:
            # a worker lost mid-round gets the tasks that needed its data cancelled, and wait() raises on the
            # first: those are re-run below like any failure, and the others waited for on the next pass
            with contextlib.suppress(concurrent.futures.CancelledError):
                dd.wait(list(futs.values()))
            for i, f in list(futs.items()):
                p = by_index[i]
                if f.status == "pending":
                    continue
                if f.status == "finished":
                    out = _unwrap(f.result())
                    if out.get("missing"):  # that worker lacks the round's start model: catch it up
                        has = out["has"]
                        if has >= 0 and all(u in self.updates for u in range(has, r)):
                            catch_up = {"updates": {u: self.updates[u] for u in range(has, r)}}
                        else:
                            catch_up = {"full": model}
                        [extra] = self.client.scatter([catch_up], hash=False)
                        bytes_down += nbytes(catch_up.get("full") or {}) + sum(
                            nbytes(v) for v in catch_up.get("updates", {}).values())
                        resent += 1
                        futs[i] = self._submit(_train_part, p.bound, extra, job, i, key=f"sgdc-train-r{r}-p{i}-again")
                        continue
                    results[i] = out
                    del futs[i]
                    continue
                exc = f.exception() if f.status == "error" else None
                if exc is not None and not _from_cluster(exc):
                    raise exc  # a bug, not a lost worker: re-running it elsewhere would fail the same way
                failures[i] += 1
                if failures[i] > 3:
                    raise UserError(f"partition {i} failed {failures[i]} times in round {r + 1}: "
                                    f"{type(exc).__name__ if exc else f.status}: {exc or ''}")
                [sent] = self.client.scatter([msg], hash=False, broadcast=True)  # in case it was lost too
                self._remake(p)  # its data was lost with its worker: read and bind it again elsewhere
                futs[i] = self._submit(_train_part, p.bound, sent, job, i, key=f"sgdc-train-r{r}-p{i}-retry")
                bytes_down += msg_bytes
        total_n = sum(results[i]["n"] for i in results)
        K = len(results)
        avg = None
        for i in sorted(results):
            w = results[i]["n"] / total_n if self.weighted else 1.0 / K
            for k, e in results[i]["update"].items():
                v = decode(e).astype(np.float64) * w
                if avg is None:
                    avg = {}
                avg[k] = avg[k] + v if k in avg else v
        update = encode_params({k: v.astype(np.float32) for k, v in avg.items()}, self.comm, _rng(self.seed, r, 2**20))
        moved = sum(1 for i in results if where.get(i) not in (None, results[i]["worker"]))
        for i in results:
            where[i] = results[i]["worker"]
        info = {
            "round": r + 1,
            "_t0": t0,
            "compute_seconds": max(results[i]["seconds"] for i in results),
            "bytes_up": sum(nbytes(results[i]["update"]) for i in results),
            "bytes_down": bytes_down,
            "train_loss": sum(results[i]["loss"] * results[i]["n"] for i in results) / total_n,
            "moved": moved,
            "catch_ups": resent,
        }
        return info, update


# -- the CLI: sgdc train SPEC --data 'shards/*' --scheduler ADDRESS ------------------------------------

def add_arguments(parser) -> None:
    """The distributed flags of ``sgdc train``."""
    g = parser.add_argument_group("distributed training on Dask (docs/distributed.md)")
    w = g.add_mutually_exclusive_group()
    w.add_argument("--scheduler", metavar="ADDRESS", help="train on this Dask cluster (e.g. tcp://host:8786); "
                   "--data may then be a glob of shards, one partition a file")
    w.add_argument("--local-cluster", type=int, metavar="N", help="start a local Dask cluster of N worker processes")
    g.add_argument("--rounds", type=int, help="rounds of model averaging (default 10)")
    g.add_argument("--local-epochs", type=int, help="epochs each worker runs per round (default 1)")
    g.add_argument("--comm", type=int, choices=COMM_BITS,
                   help="bits of the model updates sent: 32 (float), 16 or 8 (fixed point, unbiased rounding)")
    g.add_argument("--partitions", type=int, help="partitions of a single data file (default: one per worker)")
    g.add_argument("--unweighted", action="store_true", help="average the workers' models equally, "
                   "not by partition size")
    g.add_argument("--checkpoint", metavar="FILE.npz", help="write the model here every round; resume from it")
    g.add_argument("--connect-timeout", type=float, metavar="SECONDS",
                   help="give up reaching the scheduler after this long (default 10)")


_ONLY_DISTRIBUTED = ("rounds", "local_epochs", "comm", "partitions", "checkpoint", "connect_timeout")


def wanted(args) -> bool:
    """Whether ``sgdc train`` runs on Dask; a distributed-only flag without a cluster is a UserError."""
    if getattr(args, "scheduler", None) or getattr(args, "local_cluster", None) is not None:
        return True
    for name in _ONLY_DISTRIBUTED + ("unweighted",):
        if getattr(args, name, None):
            flag = "--" + name.replace("_", "-")
            raise UserError(f"{flag} is for distributed training: add --scheduler ADDRESS or --local-cluster N")
    return False


def cmd_train(args, overrides: dict) -> int:
    """``sgdc train`` with ``--scheduler`` or ``--local-cluster``; prints like the local form."""
    import json
    import sys

    from sgdc.runtime import modelfile
    from sgdc.data.datafiles import read
    from sgdc.frontend.load import load_model

    if args.data is None:
        raise UserError("distributed training needs --data (a file, or a glob of shards)")
    args.rounds = 10 if args.rounds is None else args.rounds
    args.local_epochs = 1 if args.local_epochs is None else args.local_epochs
    args.comm = 32 if args.comm is None else args.comm
    args.connect_timeout = 10.0 if args.connect_timeout is None else args.connect_timeout
    if args.epochs is not None and not args.schedule:
        raise UserError("--epochs is for local training; distributed training runs --rounds x --local-epochs")
    if args.engine != "llvm":
        raise UserError("distributed training runs the compiled kernels (--engine llvm)")
    model = load_model(args.spec, **overrides)
    files = expand_files(args.data)
    if len(files) == 1:  # one file: read it here and split it among the workers
        data = read(files[0], model, args.format)
    else:
        data = files
    test = read(args.test, model, args.format) if args.test else None
    dims = {}
    for item in args.dim or []:
        name, _, value = item.partition("=")
        try:
            dims[name.strip()] = int(value)
        except ValueError:
            raise UserError(f"--dim expects NAME=SIZE, got '{item}'") from None
    show = not (args.quiet or args.json) and sys.stderr.isatty()
    client, cluster = connect(args.scheduler, local_workers=args.local_cluster, timeout=args.connect_timeout)

    def on_round(res, info):
        if show:
            extra = "".join(f"  {k[5:]} {info[k]:.4g}" for k in ("test_accuracy", "test_rmse") if k in info)
            print(f"round {info['round']}/{args.rounds}: loss {info['train_loss']:.5g}  {info['seconds']:.3f} s  "
                  f"{info['bytes_up'] + info['bytes_down']} bytes{extra}", file=sys.stderr)

    try:
        res = train(args.spec, data, client=client, rounds=args.rounds, local_epochs=args.local_epochs,
                    comm=args.comm, weighted=not args.unweighted, partitions=args.partitions,
                    checkpoint=args.checkpoint, seed=args.seed, dims=dims or None, test=test, format=args.format,
                    callback=on_round, **overrides)
    except Exception as e:  # the cluster's own failures (a lost scheduler, a closed connection): one message
        if not _from_cluster(e):  # (sgdc's errors and the rest go on as they are)
            raise
        again = f"; run the same command again to resume from {args.checkpoint}" if args.checkpoint else ""
        raise UserError(f"the Dask cluster failed during training: {type(e).__name__}: "
                        f"{str(e).splitlines()[0] if str(e) else 'no detail'}{again}") from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    prog = res.program
    if args.out:
        modelfile.save(args.out, prog)
    rounds = res.rounds
    out = {
        "spec": args.spec, "model": prog.model.name, "data": args.data, "scheduler": args.scheduler,
        "local_cluster": args.local_cluster, "workers": res.workers, "partitions": res.partitions,
        "rounds": len(rounds), "resumed_from_round": res.resumed_from, "local_epochs": args.local_epochs,
        "epochs": prog.epochs_done, "comm": args.comm, "threads": getattr(prog.engine, "threads", 1),
        "precision": str(prog.model.schedule.precision),
        "seconds_per_round": res.seconds_per_round, "bytes_per_round": res.bytes_per_round,
        "bytes_up": [r["bytes_up"] for r in rounds], "bytes_down": [r["bytes_down"] for r in rounds],
        "train_loss": [r["train_loss"] for r in rounds],
    }
    if test is not None:
        out.update(prog.evaluate(test))
    if args.checkpoint:
        out["checkpoint"] = args.checkpoint
    if args.out:
        out["out"] = args.out
    if args.json:
        print(json.dumps(out))
        return 0
    secs = sum(res.seconds_per_round)
    mean_bytes = sum(res.bytes_per_round) / max(len(rounds), 1)
    print(f"trained {prog.model.name} on {args.data} with {res.workers} Dask workers "
          f"({len(res.partitions)} partitions): {len(rounds)} rounds x {args.local_epochs} local epochs, "
          f"{secs:.3f} s, {mean_bytes:.0f} bytes a round at {args.comm}-bit communication")
    if rounds:
        print(f"  train loss {rounds[0]['train_loss']:.5g} -> {rounds[-1]['train_loss']:.5g}")
    for k in ("test_accuracy", "test_rmse", "test_loss"):
        if k in out:
            print(f"  {k.replace('_', ' ')} {out[k]:.5g}")
    if res.resumed_from:
        print(f"  resumed from {args.checkpoint} after round {res.resumed_from}")
    if args.out:
        print(f"  model written to {args.out}")
    return 0
