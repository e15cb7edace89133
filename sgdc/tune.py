"""``sgdc tune``: find the schedule that reaches a target quality soonest, on the user's data.

The quantity optimised is the *time to target*: training seconds (the sum of
the measured epochs, compile and evaluation not included) until a variant's
validation quality first reaches the target.  The target is the best
validation quality any variant reached, minus a tolerance (0.5 accuracy
points for classifiers, +0.01 RMSE for regression).

* The search space is the training and the schedule: :data:`KNOBS`
  is the one list of :class:`Knob`\\ s (precision, rounding, data layout, threads,
  model layout, step size), each a field of the table in :mod:`sgdc.ir.schedule`
  (a knob on anything else is refused); add a row to search another field.  The spec
  is parsed and checked once; a variant is that model with new
  :class:`~sgdc.ir.schedule.Training` and :class:`~sgdc.ir.schedule.Schedule` values
  (:meth:`Variant.settings`, ``Model.with_settings``: the same math, the same objects),
  so every variant minimises the same loss and their qualities compare.  The one way to vary the model
  is by its ``const`` statements, named by the user (``vary={"k": [16, 50]}``, ``sgdc tune --vary
  k=16,50``): each value is a model of its own (checked before the search starts), crossed with the
  schedule variants; they compare by validation quality and by the validation loss without the
  regulariser, which is what a rank or a regularisation strength is chosen by.
* Successive halving: round ``r`` trains every surviving variant to ``2^r``
  epochs (continuing where it stopped) and keeps the better half by
  validation loss, until one is left or the spec's ``epochs`` are reached.
* A variant that fails (:class:`~sgdc.Unsupported`, divergence, any
  :class:`~sgdc.SgdcError`) scores as infinitely bad, with its reason; the run
  goes on.
* The budget (wall-clock seconds, everything included) is respected: no
  variant starts once it is spent, and a running one stops after its current
  epoch (the fit callback returns ``False``).
* Results are cached in ``<cache dir>/tune/`` (see :mod:`sgdc.backend.cache`) under a
  key of the spec, a fingerprint of the data, the CPU, the sgdc version, the
  budget and the space; ``fresh=True`` ignores the cache.

See docs/tune.md.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
import statistics
import sys
import time
import warnings
from dataclasses import asdict, dataclass, field
from typing import Callable

import numpy as np

from sgdc.errors import SgdcError, SgdcWarning, UserError
from sgdc.runtime.interrupt import check as check_interrupt

INF = math.inf

# ---------------------------------------------------------------------------
# The search space
# ---------------------------------------------------------------------------

PRECISIONS = ("D32M32", "D8M32", "D16M16", "D8M16", "D8M8")
STEP_MULTIPLES = (0.25, 0.5, 1, 2, 4)
DENSE_LIMIT_BYTES = 256 * 2**20  # sparse input is densified (as a candidate) only below this float32 size

HIGHER = ("accuracy", "auc")  # the quality metrics where higher is better (rmse: lower)


@dataclass(frozen=True)
class Context:
    """What the knobs may look at to choose their candidate values."""

    model: object  # sgdc.ir.model.Model
    vector_inputs: dict  # vector field -> "sparse" | "dense" (as bound by default)
    rows: int
    columns: dict  # vector field -> d
    cores: int


@dataclass(frozen=True)
class Knob:
    """One field of the training or the schedule that the tuner varies (:attr:`of` says which).

    ``values``: the candidates, a sequence or ``values(ctx) -> list``.
    ``matters(choice) -> bool``: whether the field changes anything given the
    values chosen for the knobs before it (``choice`` maps field -> value); when
    it does not, the field keeps the spec's value and the duplicate variants are
    not tried.
    """

    field: str
    values: object
    matters: Callable[[dict], bool] | None = None
    doc: str = ""

    def __post_init__(self):
        from sgdc.ir.schedule import SCHEDULE_FIELDS

        if self.field not in SCHEDULE_FIELDS:  # the model is never a knob: only training and schedule fields
            raise UserError(f"a tuner knob varies a training or schedule field; '{self.field}' is not one "
                            f"(known: {', '.join(SCHEDULE_FIELDS)})")

    @property
    def of(self) -> str:
        """``"training"`` or ``"schedule"``: the value the field belongs to."""
        from sgdc.ir.schedule import SCHEDULE_FIELDS

        return SCHEDULE_FIELDS[self.field].of

    def candidates(self, ctx: Context) -> list:
        vals = self.values(ctx) if callable(self.values) else self.values
        return list(dict.fromkeys(vals))


def _precisions(ctx: Context) -> list:
    if ctx.vector_inputs:
        return list(PRECISIONS)
    from sgdc.ir.precision import parse

    # no vector data: D changes nothing, so only the model bits vary
    return list(dict.fromkeys(f"D32M{parse(p).M}" for p in PRECISIONS))


def _data_layouts(ctx: Context) -> list:
    if not ctx.vector_inputs:
        return []  # no vector data: nothing to lay out, the knob is left out
    if all(v == "dense" for v in ctx.vector_inputs.values()):
        return ["dense", "sparse"]
    small = all(ctx.rows * d * 4 <= DENSE_LIMIT_BYTES for d in ctx.columns.values())
    return ["sparse", "dense"] if small else ["sparse"]


def _threads(ctx: Context) -> list:
    out, t = [], 1
    while t < ctx.cores:
        out.append(t)
        t *= 2
    return out + [ctx.cores]


def _steps(ctx: Context) -> list:
    base = ctx.model.training.step_text
    return [base if m == 1 else f"({m:g}) * ({base})" for m in STEP_MULTIPLES]


BLOCKS_FROM = 100_000  # rows: below this the data sits in the caches and the order's access pattern costs nothing


def _orders(ctx: Context) -> list:
    return ["shuffle", "blocks"] if ctx.rows >= BLOCKS_FROM else []


KNOBS = (
    Knob("precision", _precisions, doc="DMGC signatures (data-only ones when the spec has vector fields)"),
    Knob("rounding", ("unbiased", "nearest"), lambda c: c["precision"] != "D32M32",
         doc="matters only for a low-precision signature"),
    Knob("data_layout", _data_layouts, doc="dense and sparse where the input allows both"),
    Knob("threads", _threads, doc="1, 2, 4 ... and all available cores"),
    Knob("layout", ("shared", "replicated"), lambda c: c["threads"] != 1, doc="matters only with threads > 1"),
    Knob("step", _steps, doc="x0.25, x0.5, x1, x2, x4 the spec's step expression"),
    Knob("order", _orders, doc="a full shuffle, and shuffled runs of neighbouring examples on large data"),
)


def variants_of(knobs, ctx: Context) -> list:
    """Every distinct choice of values (a dict field -> value), the spec's default choice first."""
    pairs = [(k, k.candidates(ctx)) for k in knobs]
    pairs = [(k, c) for k, c in pairs if c]  # a knob without candidates here is not searched
    knobs, cands = [k for k, _ in pairs], [c for _, c in pairs]
    seen, out = set(), []
    for combo in itertools.product(*cands):
        choice = {}
        for knob, value in zip(knobs, combo):
            if knob.matters is None or knob.matters(choice):
                choice[knob.field] = value
        key = tuple(sorted((k, str(v)) for k, v in choice.items()))
        if key not in seen:
            seen.add(key)
            out.append(choice)
    return out


def label(choice: dict, base_step: str | None = None) -> str:
    parts = []
    for k, v in choice.items():
        if k == "step":
            parts.append("step x1" if v == base_step else "step x" + v.split(")")[0].lstrip("("))
        elif k == "threads":
            parts.append(f"{v} thread" + ("s" if v != 1 else ""))
        else:
            parts.append(str(v))
    return " ".join(parts)


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


@dataclass
class Variant:
    id: int
    schedule: dict  # field -> value: the training and schedule overrides this variant applies (as chosen)
    label: str
    status: str = "untried"  # untried | ok | eliminated | failed | stopped (budget)
    reason: str = ""
    epochs: list = field(default_factory=list)  # per epoch: seconds, train_loss, val_loss, quality
    time_to_target: float = INF
    epochs_to_target: int | None = None
    consts: dict = field(default_factory=dict)  # name -> value text: the spec's consts this variant sets (--vary)

    def settings(self, model) -> tuple:
        """``(Training, Schedule)``: ``model``'s own with this variant's overrides, as new typed values."""
        from sgdc.frontend.step import names_of
        from sgdc.ir.schedule import override

        return override(model.training, model.schedule, names_of(model), **self.schedule)

    @property
    def seconds_per_epoch(self) -> float:
        s = [e["seconds"] for e in self.epochs]
        return statistics.median(s) if s else INF

    @property
    def final_quality(self) -> float | None:
        return self.epochs[-1]["quality"] if self.epochs else None

    @property
    def val_loss(self) -> float:
        v = self.epochs[-1]["val_loss"] if self.epochs else INF
        return v if v is not None and math.isfinite(v) else INF


def _q_finite(q) -> bool:
    return q is not None and math.isfinite(q)


@dataclass
class TuneResult:
    spec: str  # the model's name
    metric: str  # accuracy | auc (higher is better) | rmse
    budget: float
    elapsed: float
    tolerance: float
    target: float | None  # in the metric's own terms (accuracy or RMSE)
    variants: list  # ranked, best first
    rounds: list  # [{"epochs": e, "variants": n}]
    base_step: str
    cached: bool = False
    cache_file: str | None = None

    # -- ranking ----------------------------------------------------------------
    @property
    def best(self) -> Variant | None:
        v = self.variants[0] if self.variants else None
        return v if v is not None and math.isfinite(v.time_to_target) else None

    @property
    def schedule(self) -> dict:
        """The best variant's schedule fields, with the epochs it needed (empty if none reached the target)."""
        b = self.best
        if b is None:
            return {}
        return {**b.schedule, "epochs": int(b.epochs_to_target)}

    @property
    def consts(self) -> dict:
        """The consts the best variant set (``--vary``; empty without, or when none reached the target)."""
        b = self.best
        return dict(b.consts) if b is not None else {}

    def quality_text(self, q) -> str:
        if q is None or not math.isfinite(q):
            return "-"
        return f"{100 * q:.2f}%" if self.metric == "accuracy" else f"{q:.4f}"  # (auc: a share, as rmse)

    def pareto(self) -> list:
        """Non-dominated (training seconds, quality) points over every variant's epochs, fastest first."""
        pts = []
        for v in self.variants:
            t = 0.0
            for i, e in enumerate(v.epochs):
                t += e["seconds"]
                if _q_finite(e["quality"]):
                    good = e["quality"] if self.metric in HIGHER else -e["quality"]
                    pts.append((t, good, v.id, i + 1, e["quality"]))
        pts.sort(key=lambda p: (p[0], -p[1]))
        front, best = [], -INF
        for t, good, vid, ep, q in pts:
            if good > best:
                best = good
                front.append({"seconds": t, "quality": q, "variant": vid, "epochs": ep})
        return front

    # -- output -----------------------------------------------------------------
    def schedule_block(self) -> str:
        return format_schedule(self.schedule)

    def table(self, top: int | None = 15) -> str:
        metric = self.metric
        head = f"{'rank':>4}  {'to target':>10}  {'epochs':>6}  {'final ' + metric:>14}  {'s/epoch':>9}  schedule"
        lines = [head]
        shown = self.variants if top is None else self.variants[:top]
        for rank, v in enumerate(shown, 1):
            ttt = f"{v.time_to_target:.4f} s" if math.isfinite(v.time_to_target) else "never"
            ep = str(v.epochs_to_target) if v.epochs_to_target else "-"
            spe = f"{v.seconds_per_epoch:.4f}" if math.isfinite(v.seconds_per_epoch) else "-"
            what = v.label
            if v.status == "failed":
                what += f"  [failed: {v.reason}]"
            elif v.status == "untried":
                what += "  [not tried: budget spent]"
            lines.append(f"{rank:>4}  {ttt:>10}  {ep:>6}  {self.quality_text(v.final_quality):>14}  {spe:>9}  {what}")
        rest = len(self.variants) - len(shown)
        if rest > 0:
            counts = {}
            for v in self.variants[len(shown):]:
                counts[v.status] = counts.get(v.status, 0) + 1
            lines.append(f"  ... {rest} more (" + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) + ")")
        return "\n".join(lines)

    def report(self, top: int | None = 15) -> str:
        tried = sum(v.status != "untried" for v in self.variants)
        failed = sum(v.status == "failed" for v in self.variants)
        tgt = self.quality_text(self.target) if self.target is not None else "-"
        rounds = ", ".join(f"{r['variants']}x{r['epochs']}" for r in self.rounds)
        out = [f"tune {self.spec}: {tried} of {len(self.variants)} variants tried ({failed} failed) in "
               f"{self.elapsed:.1f} s of a {self.budget:g} s budget" + (" (cached)" if self.cached else ""),
               f"successive halving rounds (variants x epochs): {rounds or '-'}",
               f"target: validation {self.metric} {'>=' if self.metric in HIGHER else '<='} {tgt} "
               f"(best seen {'-' if self.metric in HIGHER else '+'} {self.tolerance:g})", "",
               self.table(top), ""]
        front = self.pareto()
        if front:
            out.append("Pareto front (training seconds -> best validation quality):")
            for p in front:
                v = next(x for x in self.variants if x.id == p["variant"])
                out.append(f"  {p['seconds']:.4f} s  {self.quality_text(p['quality']):>8}  "
                           f"(epoch {p['epochs']} of {v.label})")
            out.append("")
        if self.best is None:
            out.append("no variant reached the target")
        else:
            if self.consts:
                out.append("best consts (set them in the spec, or train with "
                           + " ".join(f"--set {k}={v}" for k, v in self.consts.items()) + "):")
            out.append("best schedule (paste into the spec, or save with --out and use sgdc train --schedule FILE):")
            out.append(self.schedule_block().rstrip())
        return "\n".join(out)

    def to_dict(self) -> dict:
        def clean(x):
            if isinstance(x, float) and not math.isfinite(x):
                return None
            if isinstance(x, dict):
                return {k: clean(v) for k, v in x.items()}
            if isinstance(x, list):
                return [clean(v) for v in x]
            return x

        variants = []
        for v in self.variants:
            d = asdict(v)
            d["seconds_per_epoch"] = v.seconds_per_epoch
            d["final_quality"] = v.final_quality
            variants.append(d)
        return clean({
            "spec": self.spec, "metric": self.metric, "budget": self.budget, "elapsed": self.elapsed,
            "tolerance": self.tolerance, "target": self.target, "rounds": self.rounds, "base_step": self.base_step,
            "cached": self.cached, "cache_file": self.cache_file, "schedule": self.schedule,
            "consts": self.consts,
            "schedule_block": self.schedule_block() if self.best else None,
            "pareto": self.pareto(), "variants": variants,
        })

    @classmethod
    def from_dict(cls, d: dict) -> "TuneResult":
        def num(x):
            return INF if x is None else x

        variants = []
        for v in d["variants"]:
            epochs = [{k: (None if x is None else x) for k, x in e.items()} for e in v["epochs"]]
            variants.append(Variant(id=v["id"], schedule=v["schedule"], label=v["label"], status=v["status"],
                                    reason=v["reason"], epochs=epochs, time_to_target=num(v["time_to_target"]),
                                    epochs_to_target=v["epochs_to_target"], consts=v.get("consts", {})))
        return cls(spec=d["spec"], metric=d["metric"], budget=d["budget"], elapsed=d["elapsed"],
                   tolerance=d["tolerance"], target=d["target"], variants=variants, rounds=d["rounds"],
                   base_step=d["base_step"], cached=d.get("cached", False), cache_file=d.get("cache_file"))


# ---------------------------------------------------------------------------
# Schedule files: a plain-text ``schedule`` block (or JSON)
# ---------------------------------------------------------------------------


def format_schedule(schedule: dict) -> str:
    """A ``schedule`` block as in a spec: ``schedule`` then one ``  name value`` line a field."""
    if not schedule:
        return ""
    width = max(len(k) for k in schedule)
    return "schedule\n" + "".join(f"  {k:<{width}}  {v}\n" for k, v in schedule.items())


def parse_schedule(text: str, where: str = "<schedule>") -> dict:
    """Fields of a schedule file: a ``schedule`` block (``#`` comments) or a JSON object."""
    if text.lstrip().startswith("{"):
        try:
            d = json.loads(text)
        except json.JSONDecodeError as e:
            raise UserError(f"{where}: not valid JSON ({e.msg} at line {e.lineno})") from None
        if isinstance(d, dict) and isinstance(d.get("schedule"), dict):
            d = d["schedule"]
        if not isinstance(d, dict):
            raise UserError(f"{where}: a JSON schedule file holds an object of schedule fields")
        return d
    from sgdc.errors import SpecError
    from sgdc.frontend.parser import parse_schedule_fields

    fields = parse_schedule_fields(text, where)  # the grammar rule of a spec's schedule block
    if not fields:
        raise UserError(f"{where}: no schedule fields in the file")
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(loc) -> int:
        return starts[loc.line - 1] + loc.col - 1

    out: dict = {}
    for k, f in enumerate(fields):
        if f.name.name in out:
            raise SpecError(f"schedule field '{f.name.name}' given twice", f.loc, text)
        # the value as written: from after the name to the next field (or the end), without comments
        end = offset(fields[k + 1].loc) if k + 1 < len(fields) else len(text)
        raw = text[offset(f.loc) + len(f.name.name):end]
        parts = (part.split("#", 1)[0].strip() for part in raw.splitlines())
        out[f.name.name] = " ".join(p for p in parts if p)
    return out


SCHEDULE_LIMIT = 1 << 20  # bytes: a schedule file is a few lines


def read_schedule_file(path) -> dict:
    """The schedule fields of a file written by ``sgdc tune --out`` (or by hand), for :func:`sgdc.compile`."""
    from sgdc.ir.schedule import SCHEDULE_FIELDS, unknown_field_message

    from sgdc.data.fileio import read_limited

    path = os.fspath(path)
    raw = read_limited(path, "schedule file", SCHEDULE_LIMIT)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise UserError(f"cannot read schedule file {path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    fields = parse_schedule(text, path)
    for name in fields:
        if name.replace("-", "_") not in SCHEDULE_FIELDS:
            raise UserError(f"{path}: {unknown_field_message(name)}")
    return fields


def write_schedule_file(path, schedule: dict, comment: str = "") -> None:
    from sgdc.data.fileio import atomic_write

    text = "".join(f"# {line}\n" for line in comment.splitlines()) + format_schedule(schedule)
    atomic_write(path, lambda fh: fh.write(text.encode()), "schedule file")


# ---------------------------------------------------------------------------
# Data: holdout split and fingerprint
# ---------------------------------------------------------------------------


def _as_fields(model, data, y) -> dict:
    if isinstance(data, dict):
        out = dict(data)
    else:
        vec = model.data_vector_fields
        if len(vec) != 1:
            raise UserError("pass the data as a dict of fields (the spec does not have exactly one vector field)")
        out = {vec[0].name: data}
    if y is not None:
        out[model.target] = y
    return out


def _take(v, rows):
    import scipy.sparse as sp

    if sp.issparse(v):
        return sp.csr_matrix(v)[rows]
    return np.asarray(v)[rows]


def _rows(v) -> int:
    return v.shape[0] if hasattr(v, "shape") else len(v)


def split_holdout(fields: dict, fraction: float, seed: int) -> tuple:
    if not (0.0 < float(fraction) < 1.0):
        raise UserError(f"holdout must lie strictly between 0 and 1, got {fraction}")
    n = _rows(next(iter(fields.values())))
    n_val = int(math.ceil(fraction * n))
    if n_val < 1 or n_val >= n:
        raise UserError(f"holdout {fraction} of {n} examples leaves nothing to train on or to validate with")
    perm = np.random.default_rng([int(seed), 0x7475]).permutation(n)
    val, tr = np.sort(perm[:n_val]), np.sort(perm[n_val:])
    return {k: _take(v, tr) for k, v in fields.items()}, {k: _take(v, val) for k, v in fields.items()}


SAMPLE_BYTES = 32 * 2**20


def _hash_array(h, a: np.ndarray) -> None:
    a = np.ascontiguousarray(a)
    h.update(f"{a.dtype.str}{a.shape}".encode())
    b = a.view(np.uint8).reshape(-1) if a.dtype != object else np.frombuffer(repr(a.tolist()).encode(), np.uint8)
    if b.size <= SAMPLE_BYTES:
        h.update(b.tobytes())
        return
    chunk, k = 2**16, SAMPLE_BYTES // 2**16  # k evenly spaced chunks, the last one included
    for s in np.linspace(0, b.size - chunk, k).astype(np.int64):
        h.update(b[s:s + chunk].tobytes())


def fingerprint(ds) -> str:
    """SHA-256 (16 hex digits) of a bound dataset's arrays (sampled when large)."""
    from sgdc.data.dataset import Dense, Sparse

    h = hashlib.sha256()
    h.update(f"n={ds.n} dims={sorted(ds.dims.items())}".encode())
    for name in sorted(ds.fields):
        v = ds.fields[name]
        h.update(name.encode() + b"\0")
        if isinstance(v, Dense):
            _hash_array(h, v.X)
        elif isinstance(v, Sparse):
            for a in (v.indptr, v.indices, v.data):
                _hash_array(h, a)
        else:
            _hash_array(h, np.asarray(v))
    return h.hexdigest()[:16]


# ---------------------------------------------------------------------------
# Cache
# ---------------------------------------------------------------------------


def cache_folder():
    from sgdc.backend import cache

    return cache.cache_dir() / "tune"


def _cache_key(parts: dict) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _private_cache_folder(create: bool = False):
    """The tune cache's folder when it may be used: inside the kernel cache, made 0700, owned by this user and
    writable by nobody else (the same rule as the kernel cache, :func:`sgdc.backend.cache.folder_problem`); else None."""
    from sgdc.backend import cache

    if not cache.enabled():
        return None
    d = cache_folder()
    if create:
        cache.make_private_dirs(d)
    if not d.is_dir() or any(cache.folder_problem(p) for p in (d, d.parent)):
        return None
    return d


def _cache_get(key: str):
    d = _private_cache_folder()
    if d is None:
        return None
    p = d / f"{key}.json"
    try:
        d = json.loads(p.read_text(encoding="utf-8"))
        r = TuneResult.from_dict(d)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    r.cached, r.cache_file = True, str(p)
    return r


def _cache_put(key: str, result: TuneResult) -> str | None:
    from sgdc.data.fileio import atomic_write

    d = _private_cache_folder(create=True)
    if d is None:
        return None
    p = d / f"{key}.json"
    text = json.dumps(result.to_dict())
    try:
        atomic_write(p, lambda fh: fh.write(text.encode()), "tune cache entry")
    except (OSError, UserError):
        return None
    return str(p)


def _cpu_name() -> str:
    try:
        import llvmlite.binding as llvm

        return f"{llvm.get_host_cpu_name()} {llvm.get_process_triple()}"
    except Exception:  # pragma: no cover - llvmlite is a dependency
        import platform

        return platform.processor() or platform.machine()


# ---------------------------------------------------------------------------
# Progress
# ---------------------------------------------------------------------------


class LineProgress:
    """One status line on stderr, rewritten in place (what is being tried, budget left)."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.width = 0

    def __call__(self, text: str) -> None:
        import shutil

        text = text[: max(20, shutil.get_terminal_size((100, 20)).columns - 1)]
        pad = max(0, self.width - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self.width = len(text)

    def close(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


# ---------------------------------------------------------------------------
# The search
# ---------------------------------------------------------------------------


class _BudgetSpent(Exception):
    pass


def tune(spec, data, y=None, *, test=None, test_y=None, holdout: float = 0.2, budget: float = 30.0,
         seed: int = 0, dims: dict | None = None, knobs=None, tolerance: float | None = None,
         max_epochs: int | None = None, fresh: bool = False, progress=False, engine: str = "llvm",
         consts: dict | None = None, vary: dict | None = None) -> TuneResult:
    """Search the schedule space for the fastest way to the target quality; see the module doc.

    ``data``/``y`` as for :meth:`Program.fit`.  Validation: ``test`` (and ``test_y``) if given,
    else a ``holdout`` share of ``data``.  ``budget``: wall-clock seconds for the whole search.
    ``knobs``: the space (default :data:`KNOBS`).  ``tolerance``: accuracy (a fraction, default
    0.005) or RMSE (default 0.01) below the best seen that still counts as reaching the target.
    ``max_epochs``: the last halving round's epochs (default: the spec's ``epochs``).
    ``progress``: ``True`` for a status line on stderr, or a callable taking a line of text.
    ``consts``: values for the spec's consts in every variant; ``vary``: ``{const: [values]}`` searched as
    well (every combination, crossed with the schedule variants).
    """
    from sgdc.version import __version__
    from sgdc.data.dataset import Sparse
    from sgdc.runtime.plan import available_cores
    from sgdc.frontend.load import load_model, resolve_spec
    t_start = time.perf_counter()
    budget = float(budget)
    if not (budget > 0 and math.isfinite(budget)):
        raise UserError(f"budget must be a positive number of seconds, got {budget}")
    deadline = t_start + budget
    consts = dict(consts or {})
    model = load_model(spec, consts)  # parsed and checked once: every variant shares this math
    source, _ = resolve_spec(spec)
    vary = {k: [str(x).strip() for x in vs] for k, vs in (vary or {}).items()}
    for k, vs in vary.items():
        if not vs or len(set(vs)) != len(vs):
            raise UserError(f"--vary {k}: give distinct values, e.g. {k}=16,32,64")
        if k in consts:
            raise UserError(f"const '{k}' is both set (--set) and varied (--vary)")
    combos = [dict(zip(vary, c)) for c in itertools.product(*vary.values())] if vary else [{}]
    models = {(): model} if not vary else {  # each const combination's model, checked before the search
        tuple(sorted(c.items())): load_model(spec, {**consts, **c}) for c in combos}
    knobs = tuple(KNOBS if knobs is None else knobs)
    max_epochs = int(max_epochs or model.training.epochs)
    if max_epochs < 1:
        raise UserError("max_epochs must be >= 1")

    train = _as_fields(model, data, y)
    if test is not None:
        val = _as_fields(model, test, test_y)
        split = "test"
    else:
        train, val = split_holdout(train, holdout, seed)
        split = f"holdout {holdout:g}"

    # bind once as the spec stands: the input's shape for the knobs, and the data fingerprint
    from sgdc.runtime.program import Program

    base = Program(model, engine=engine)
    ds, base.encoders, _ = base.bind(train, fit=True, dims=dims)
    vds, _, _ = base.bind(val)
    vec = {f.name: ("sparse" if isinstance(ds[f.name], Sparse) else "dense") for f in model.vector_fields}
    cols = {f.name: int(ds[f.name].d) for f in model.vector_fields}
    ctx = Context(model, vec, ds.n, cols, available_cores())
    choices = variants_of(knobs, ctx)
    metric = {"binary": "accuracy", "multiclass": "accuracy", "ranking": "auc"}.get(model.task, "rmse")
    tol = float(tolerance if tolerance is not None else (0.005 if metric in HIGHER else 0.01))

    key = _cache_key({
        "spec": hashlib.sha256(source.encode()).hexdigest(), "data": fingerprint(ds), "val": fingerprint(vds),
        "split": split, "cpu": _cpu_name(), "version": __version__, "budget": budget, "seed": seed,
        "space": choices, "tolerance": tol, "max_epochs": max_epochs, "engine": engine, "dims": dims,
        "consts": consts, "vary": vary,
    })
    del ds, vds
    if not fresh:
        hit = _cache_get(key)
        if hit is not None:
            return hit

    show = LineProgress() if progress is True else (progress or None)
    base_step = model.training.step_text
    pairs = [(k, c) for k in combos for c in choices]
    variants = [Variant(i, c, " ".join([f"{n}={v}" for n, v in k.items()] + [label(c, base_step)]), consts=k)
                for i, (k, c) in enumerate(pairs)]
    # the spec's own choice first, then the rest in a seeded random order (a partial round is a fair sample)
    order = [0] + [int(i) + 1 for i in np.random.default_rng([int(seed), 0x54]).permutation(len(variants) - 1)]
    progs: dict = {}
    vals: dict = {}

    def left() -> float:
        return deadline - time.perf_counter()

    def note(text: str) -> None:
        if show:
            show(f"tune: {text} | {max(0.0, left()):.1f} s left")

    def run(v: Variant, upto: int, rnd: int) -> None:
        check_interrupt()  # a Ctrl-C swallowed while a variant compiled (see sgdc.runtime.interrupt)
        if left() <= 0:
            raise _BudgetSpent
        note(f"round {rnd + 1} ({upto} epoch{'s' if upto > 1 else ''}): {v.label}")
        try:
            p = progs.get(v.id)
            if p is None:
                m = models[tuple(sorted(v.consts.items()))]
                p = progs[v.id] = Program(m.with_settings(*v.settings(m)), engine=engine)

            def on_epoch(prog, epoch, info):
                if v.id not in vals:
                    vals[v.id] = prog.bind(val)
                vd, _, unknown = vals[v.id]
                from sgdc.data.bind import pad_unknown

                params = pad_unknown(prog.model, prog.state, unknown)
                losses = prog.engine.losses(params, vd)
                m = prog._metrics(vd, unknown)
                q = m.get("test_accuracy", m.get("test_auc", m.get("test_rmse")))
                vl = float(np.mean(losses))
                v.epochs.append({"seconds": float(info["seconds"]), "train_loss": float(info["train_loss"]),
                                 "val_loss": vl if math.isfinite(vl) else None,
                                 "quality": float(q) if q is not None and math.isfinite(q) else None})
                if left() <= 0:
                    return False
                return None

            more = upto - p.epochs_done
            if more > 0:
                with warnings.catch_warnings():  # a variant's trouble (a stalled M8 model...) shows in its quality
                    warnings.simplefilter("ignore", SgdcWarning)
                    p.fit(train, epochs=more, seed=seed, dims=dims, warm_start=p.epochs_done > 0, callback=on_epoch)
            v.status = "ok" if p.epochs_done >= upto else "stopped"
        except (SgdcError, MemoryError) as e:
            v.status, v.reason = "failed", _reason(e)
            progs.pop(v.id, None)
            vals.pop(v.id, None)

    rounds = []
    alive = [variants[i] for i in order]
    upto, rnd = 1, 0
    try:
        while alive:
            upto = min(upto, max_epochs)
            rounds.append({"epochs": upto, "variants": len(alive)})
            for v in alive:
                run(v, upto, rnd)
            done = [v for v in alive if v.status == "ok"]
            if upto >= max_epochs or not done:
                break
            done.sort(key=lambda v: (v.val_loss, v.id))
            keep = done[: max(1, (len(done) + 1) // 2)] if len(done) > 1 else done
            for v in done:
                if v not in keep:
                    v.status = "eliminated"
                    progs.pop(v.id, None)
                    vals.pop(v.id, None)
            alive = keep
            upto, rnd = upto * 2, rnd + 1
    except _BudgetSpent:
        pass
    finally:
        if show and hasattr(show, "close"):
            show.close()
    for v in variants:
        if v.status == "ok" and v.epochs and any(r["epochs"] > len(v.epochs) for r in rounds[-1:]):
            v.status = "stopped"
    progs.clear()
    vals.clear()

    # the target, each variant's time to it, the ranking
    sign = 1.0 if metric in HIGHER else -1.0
    qs = [sign * e["quality"] for v in variants for e in v.epochs if _q_finite(e["quality"])]
    target = None
    if qs:
        target = sign * (max(qs) - tol)
        for v in variants:
            t = 0.0
            for i, e in enumerate(v.epochs):
                t += e["seconds"]
                if _q_finite(e["quality"]) and sign * e["quality"] >= sign * target - 1e-12:
                    v.time_to_target, v.epochs_to_target = t, i + 1
                    break

    def rank(v: Variant):
        fq = v.final_quality
        return (v.time_to_target, v.status == "failed", v.status == "untried",
                -(sign * fq) if _q_finite(fq) else INF, v.id)

    variants.sort(key=rank)
    result = TuneResult(spec=model.name, metric=metric, budget=budget, elapsed=time.perf_counter() - t_start,
                        tolerance=tol, target=target, variants=variants, rounds=rounds, base_step=base_step)
    result.cache_file = _cache_put(key, result)
    return result


def _reason(e: BaseException) -> str:
    if isinstance(e, MemoryError):
        return "out of memory"
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    kind = "unsupported" if type(e).__name__ == "Unsupported" else ("diverged" if "diverged" in text else "error")
    return f"{kind}: {text}"


# ---------------------------------------------------------------------------
# Plot
# ---------------------------------------------------------------------------


def plot(result: TuneResult, path) -> None:
    """Validation loss against cumulative training seconds, one line a variant (the best drawn bold)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise UserError("--plot needs matplotlib: pip install 'sgdc[plot]'") from None
    fig, ax = plt.subplots(figsize=(7, 4.5))
    best = result.best
    for v in result.variants:
        pts = []
        t = 0.0
        for e in v.epochs:
            t += e["seconds"]
            if e["val_loss"] is not None:
                pts.append((t, e["val_loss"]))
        if not pts:
            continue
        xs, ys = zip(*pts)
        if best is not None and v.id == best.id:
            continue
        ax.plot(xs, ys, color="0.6", alpha=0.35, linewidth=0.8, marker=".", markersize=2)
    if best is not None:
        t, pts = 0.0, []
        for e in best.epochs:
            t += e["seconds"]
            if e["val_loss"] is not None:
                pts.append((t, e["val_loss"]))
        if pts:
            xs, ys = zip(*pts)
            ax.plot(xs, ys, color="C3", linewidth=2, marker="o", label=f"best: {best.label}")
            ax.legend(fontsize=8)
    ax.set_xscale("log")
    ax.set_xlabel("training seconds (cumulative)")
    ax.set_ylabel("validation loss")
    ax.set_title(f"sgdc tune {result.spec}: {len(result.variants)} variants")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    from sgdc.data.fileio import save_figure

    save_figure(fig, path)
