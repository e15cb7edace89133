"""The Python runtime: ``sgdc.compile(spec).fit(data)``.

A :class:`Program` is a checked model with its schedule, its update IR and an
engine (compiled LLVM kernels by default, or the reference interpreter).  It
owns the learned params and the data encoders (label and id mappings, bound
dims), so that ``predict`` and ``loss`` on new data speak the user's terms.
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
import time
import zlib
from dataclasses import dataclass, field

import numpy as np

from sgdc.runtime import gate
from sgdc.runtime.buffers import on_huge_pages

from sgdc import pipeline
from sgdc.data.bind import Encoders, as_mapping, bind, decode_predictions, is_probability, pad_unknown
from sgdc.data.dataset import Dataset
from sgdc.runtime.engine import make_engine
from sgdc.errors import Unsupported, UserError, warn
from sgdc.runtime.interp import step_size
from sgdc.runtime.interrupt import check as check_interrupt
from sgdc.ir.schedule import apply_overrides, check_step_values, epoch_step_points, planned_step_points
from sgdc.ir.model import Model, is_state
from sgdc.runtime.memory import check_epoch
from sgdc.runtime.params import fill_sample_tables, init_params, project


def epoch_seed(seed: int, epoch: int) -> int:
    """The seed of epoch ``epoch``'s order: from the run's seed and the epoch's number alone, so that training
    on in several calls (``warm_start``, the tuner's rounds) shuffles exactly as one call would."""
    return int(np.random.SeedSequence([int(seed), int(epoch), 0x6F72]).generate_state(1, np.uint64)[0])


# schedule values this version runs; the rest are valid but come in later issues
def check_supported(model: Model, uir=None) -> None:
    """Schedule values that are valid but not implemented yet raise :class:`Unsupported`, at the schedule field
    the spec set that asks for it (the first of those named that the spec set; none when all came from
    overrides); with the update IR, also what the order of shards needs of it."""
    p, t = model.schedule.precision, model.training

    def refuse(message: str, *fields: str):
        for name in fields:
            loc = t.loc_of(name) if name in dict(t.locs) else model.schedule.loc_of(name)
            if loc is not None:
                raise Unsupported(message, loc, model.source)
        raise Unsupported(message)

    if t.l1_penalty == "cumulative" and p.M < 32:
        refuse(f"l1_penalty cumulative with a fixed-point model (precision {p}): this version keeps the cumulative "
               "penalty's state for float32 models (M32) only", "l1_penalty", "precision")
    if t.adaptive == "normalized" and t.l1_penalty == "cumulative":
        refuse("adaptive normalized with l1_penalty cumulative: this version settles owed penalties in AdaGrad's "
               "units only (use adaptive adagrad)", "adaptive", "l1_penalty")
    if t.adaptive == "normalized" and t.l2_penalty == "exact":
        refuse("adaptive normalized with l2_penalty exact: this version settles owed penalties in AdaGrad's units "
               "only (use adaptive adagrad)", "adaptive", "l2_penalty")
    if t.adaptive == "normalized" and p.M < 32:
        refuse(f"adaptive normalized with a fixed-point model (precision {p}): this version keeps it for float32 "
               "models (M32) only (adagrad runs at every precision)", "adaptive", "precision")
    if t.average != "off" and p.M < 32:
        refuse(f"average {t.average} with a fixed-point model (precision {p}): this version averages float32 "
               "models (M32) only", "average", "precision")
    if t.l2_penalty == "exact" and p.M < 32:
        refuse(f"l2_penalty exact with a fixed-point model (precision {p}): this version keeps the exact penalty's "
               "state for float32 models (M32) only", "l2_penalty", "precision")
    if p.G != 32 and p.G <= p.M:
        refuse(f"precision {p}: a gradient narrower than or as narrow as the model (G{p.G} with M{p.M}); this "
               "version computes the gradient in float32 (G32), or any G wider than M", "precision")
    if p.C not in (p.M, 32):
        refuse(f"precision {p}: communication bits other than the model's (C{p.C}) are for distributed training",
               "precision")
    if uir is not None and model.schedule.shard == "strata":
        from sgdc.runtime.engine import strata_fields

        fields = strata_fields(uir)
        if not 1 <= len(fields) <= 2:
            refuse(f"shard strata needs one or two index fields that pick param rows; {model.name} has "
                   f"{len(fields)}", "shard")


# Divergence: an epoch's mean loss that is not finite, or more than DIVERGENCE_FACTOR times the loss at the start
# of the fit (measured on DIVERGENCE_SAMPLE examples) or than DIVERGENCE_FACTOR * DIVERGENCE_FLOOR when the start
# was smaller (a model that starts near 0 loss); training stops there with advice.  A loss that rises a little is
# never divergence: SGD's loss goes up and down, it does not grow ten-thousandfold.
DIVERGENCE_FACTOR = 1e4
DIVERGENCE_FLOOR = 1.0
DIVERGENCE_SAMPLE = 1000


def diverged(mean: float, start: float) -> bool:
    """Whether an epoch's mean loss ``mean`` is divergence, from ``start`` (the loss at the start of the fit; NaN
    when unknown: then only a loss that is not finite is)."""
    return not math.isfinite(mean) or mean > DIVERGENCE_FACTOR * max(start, DIVERGENCE_FLOOR)


@dataclass
class History:
    train_loss: list = field(default_factory=list)
    seconds_per_epoch: list = field(default_factory=list)
    test: list = field(default_factory=list)  # per epoch: {"test_accuracy": ..} or {"test_rmse": ..}
    val_loss: list = field(default_factory=list)  # per epoch, with validation_fraction
    best_epoch: int | None = None  # with early stopping: the epoch whose params were kept
    saturated: list = field(default_factory=list)  # per epoch, fixed-point models: param entries at +-Q
    stopped_early: bool = False


def _param_values(name: str, value, ndim: int) -> np.ndarray:
    """``value`` as a new C-contiguous float32 array of ``ndim`` dimensions, or one clear error."""
    try:
        a = np.asarray(value)
    except (ValueError, TypeError) as e:
        raise UserError(f"params: param '{name}' is not an array of numbers ({e})") from None
    if a.dtype.kind not in "biuf":
        raise UserError(f"params: param '{name}' must hold real numbers, not {a.dtype}")
    if a.ndim != ndim:
        raise UserError(f"params: param '{name}' must be {ndim}-d, got {a.ndim}-d (shape {a.shape})")
    with np.errstate(over="ignore", invalid="ignore"):
        out = np.array(a, dtype=np.float32, order="C")  # always a copy: the caller keeps theirs
    if out.size and not np.isfinite(out).all():
        bad = int(np.flatnonzero(~np.isfinite(out.reshape(-1)))[0])
        raise UserError(f"params: param '{name}' has a value that is not finite in float32 "
                        f"({a.reshape(-1)[bad].item()!r} at flat position {bad})")
    return out


class ParamView(Mapping):
    """What :attr:`Program.params` returns: param name -> array (views of the storage, or decoded copies).
    Assigning a param validates it and copies it into the storage (:meth:`Program._set_param`)."""

    def __init__(self, program: "Program", arrays: dict):
        self._program = program
        self._arrays = arrays

    def __getitem__(self, name):
        return self._arrays[name]

    def __setitem__(self, name, value) -> None:
        self._program._set_param(name, value)

    def __iter__(self):
        return iter(self._arrays)

    def __len__(self) -> int:
        return len(self._arrays)

    def __repr__(self) -> str:
        return "ParamView({" + ", ".join(f"{k!r}: array{v.shape}" for k, v in self._arrays.items()) + "})"


class Program:
    """A compiled spec: ``fit``, ``predict``, ``loss``, ``score`` and ``params``."""

    def __init__(self, model: Model, engine: str = "llvm"):
        check_supported(model)
        t = time.perf_counter()
        self.uir = pipeline.differentiate(model)
        if model.schedule.shard == "strata":
            check_supported(model, self.uir)  # (what strata needs of the update IR, at the spec's shard)
        self.model = self.uir.model  # (with the params of any per-coordinate state: adaptive sums, l1 penalty)
        model = self.model
        self.lower_seconds = time.perf_counter() - t
        self.engine = make_engine(engine, self.uir)
        self.state: dict | None = None  # the params as the kernels store them (fixed-point codes where M < 32)
        from sgdc.ir.precision import quantised_params

        self._qsteps = quantised_params(model)
        self._qbits = model.schedule.precision.M
        self._float_view: tuple | None = None
        self.encoders: Encoders | None = None
        self.history = History()
        self.epochs_done = 0
        self.steps_done = 0

    # -- params -------------------------------------------------------------------
    @property
    def params(self) -> "ParamView | None":
        """The params as float32 arrays, by name (fixed-point params on their grid, as values).

        Reading gives views: float params' values can be written through them (``prog.params["w"][:] = 0``),
        but nothing read can swap or resize the storage the kernels use; fixed-point params are decoded
        copies, read-only.  Assigning a dict (``prog.params = {...}``) or one param (``prog.params["w"] =
        a``) validates names, shapes and values (numbers that fit float32) and copies them in: fixed-point
        params are encoded (exactly when on their grid, else rounded to nearest).
        """
        if self.state is None:
            return None
        key = (id(self.state), self.steps_done)
        if self._float_view is None or self._float_view[0] != key:
            from sgdc.ir.precision import from_codes

            view = {}
            for k, v in self.state.items():
                a = from_codes(v, self._qsteps[k]) if k in self._qsteps else v.view()
                a.flags.writeable = k not in self._qsteps
                view[k] = a
            self._float_view = (key, ParamView(self, view))
        return self._float_view[1]

    @params.setter
    def params(self, values) -> None:
        if values is None:
            self._float_view = None
            self.state = None
            return
        if not isinstance(values, Mapping):
            raise UserError(f"params: expected a dict of arrays by param name, got {type(values).__name__}")
        names = [p.name for p in self.model.params]
        own = [k for k in names if not is_state(k)]  # the spec's; per-coordinate state may be left out
        unknown = sorted(str(k) for k in values if k not in names)
        if unknown:
            raise UserError(f"params: unknown param {', '.join(map(repr, unknown))} (the spec's params: "
                            f"{', '.join(own)})")
        missing = [k for k in own if k not in values]
        if missing:
            raise UserError(f"params: missing {', '.join(map(repr, missing))}")
        arrays = {k: _param_values(k, values[k], len(self.model.param(k).shape)) for k in names if k in values}
        dims = dict(self.encoders.dims) if self.encoders is not None else {}
        for p in self.model.params:  # shapes against the bound dims, or consistent among themselves
            if p.name not in arrays:
                continue
            for axis, ext in enumerate(p.shape):
                size = arrays[p.name].shape[axis]
                want = ext if isinstance(ext, int) else dims.setdefault(ext, size)
                if size != want:
                    named = f"dim '{ext}' = {want}" if isinstance(ext, str) else f"extent {ext}"
                    raise UserError(f"params: param '{p.name}' has shape {arrays[p.name].shape}; axis {axis} "
                                    f"must be {want} ({named})")
        for p in self.model.params:  # state not given starts afresh: zeros (AdaGrad's sums, the l1 shares)
            if p.name not in arrays:
                arrays[p.name] = np.zeros(tuple(e if isinstance(e, int) else dims[e] for e in p.shape), np.float32)
        self._adopt(arrays)

    def _adopt(self, values: dict) -> None:
        """Take float32 arrays (validated) as the params' storage: fixed-point ones as their codes, every one
        C-contiguous and (in guarded mode) followed by a guard page; one of 4 MiB or more is copied onto huge
        pages (:func:`sgdc.runtime.buffers.on_huge_pages`)."""
        from sgdc.ir.precision import to_codes

        def own(k, v):
            v = to_codes(v, self._qsteps[k], self._qbits) if k in self._qsteps else v  # a new array
            return gate.copy(v) if gate.enabled() else on_huge_pages(v)  # a large one: on huge pages

        self._float_view = None
        self.state = {k: own(k, v) for k, v in values.items()}

    def _set_param(self, name: str, value) -> None:
        """``prog.params[name] = value``: validated, written into the storage in place (never a swap)."""
        if self.state is None or name not in self.state:
            raise UserError(f"params: unknown param {name!r} (the spec's params: "
                            f"{', '.join(p.name for p in self.model.params)})")
        store = self.state[name]
        a = _param_values(name, value, store.ndim)
        if a.shape != store.shape:
            raise UserError(f"params: param '{name}' has shape {a.shape}; it must be {store.shape}")
        if name in self._qsteps:
            from sgdc.ir.precision import to_codes

            a = to_codes(a, self._qsteps[name], self._qbits)
        store[...] = a
        self._float_view = None

    # -- properties -----------------------------------------------------------
    @property
    def training(self):
        """The training settings (:class:`sgdc.ir.schedule.Training`): step rule, epochs, early stopping."""
        return self.model.training

    @property
    def schedule(self):
        """How it runs (:class:`sgdc.ir.schedule.Schedule`): precision, rounding, layouts, threads ..."""
        return self.model.schedule

    @property
    def compile_seconds(self) -> float:
        return self.lower_seconds + self.engine.compile_seconds

    @property
    def spec_hash(self) -> str:
        return hashlib.sha256(self.model.source.encode()).hexdigest()[:16]

    # -- data -----------------------------------------------------------------
    def bind(self, data, y=None, *, fit=False, dims=None, need_target=True):
        return bind(
            self.model, data, y, enc=self.encoders, fit=fit, dims=dims,
            data_layout=self.schedule.data_layout, need_target=need_target,
        )

    # -- training -------------------------------------------------------------
    def fit(self, data, y=None, *, epochs: int | None = None, seed: int = 0, dims: dict | None = None,
            test=None, test_y=None, warm_start: bool = False, callback=None,
            validation_fraction: float | None = None, patience: int | None = None,
            tol: float | None = None, partial: bool = False, epoch_size: int | None = None,
            sample_weight=None) -> "Program":
        """Train for ``epochs`` (default: the training's) from fresh params (or the current ones with ``warm_start``).

        ``partial`` (the estimators' ``partial_fit``): one pass over ``data`` that is a chunk of a larger stream,
        not an epoch: the step rule's ``epoch`` is ``examples seen // epoch_size`` (0 throughout without
        ``epoch_size``), its ``t`` the examples seen, so the step follows the examples and not the number of
        calls; each call still shuffles and draws with its own seed (from ``seed`` and the calls before it).

        ``callback(program, epoch, info)`` is called after every epoch; returning ``False`` stops training.

        ``sample_weight``: one number >= 0 an example, for the spec's weight field (``data c : weight``: each
        example's loss and gradient scaled by it); the same as giving that field in ``data``.

        Early stopping (these override the training's fields of the same names for this call, as a new
        :class:`~sgdc.ir.schedule.Training` value; ``None`` keeps the spec's, ``"off"`` turns one off):
        ``validation_fraction`` (0 < f < 1) holds out that share of the
        examples (chosen with ``seed``) and measures their mean loss after every epoch;
        training stops when it has not improved by more than ``tol`` for ``patience``
        epochs (default 5), and the params of the best epoch are restored.  ``patience``
        without ``validation_fraction`` watches the training loss instead (nothing is
        restored then).
        """
        if sample_weight is not None:
            data, y = self._with_weights(data, y, sample_weight), None
        # this call's training: the program's, with the early-stopping arguments as overrides (typed, checked)
        training = apply_overrides(self.training, validation_fraction=validation_fraction, patience=patience, tol=tol)
        validation_fraction, patience, tol = training.validation_fraction, training.patience, training.tol
        epochs = training.epochs if epochs is None else int(epochs)  # 0 epochs: a fit that only binds the data
        if epochs < 0:
            raise UserError("epochs must be >= 0")
        if partial and (epochs != 1 or not warm_start):
            raise UserError("a partial fit is one pass over its data from the current params (epochs=1, warm_start)")
        if epoch_size is not None and (not isinstance(epoch_size, (int, np.integer)) or isinstance(epoch_size, bool)
                                       or epoch_size < 1):
            raise UserError(f"epoch_size must be a positive integer (examples an epoch), not {epoch_size!r}")
        if warm_start and self.state is not None:
            ds, _, unknown = self.bind(data, y)
            if unknown:
                raise UserError(f"warm start with ids unseen in the first fit ({', '.join(unknown)}) is not supported")
        else:
            ds, self.encoders, _ = self.bind(data, y, fit=True, dims=dims)
            self._adopt(init_params(self.model, ds.dims, seed))
            fill_sample_tables(self.model, ds, self.state)  # (sampled unigram: the items' counts)
            self.history = History()
            self.epochs_done = self.steps_done = 0
        if ds.n == 0:
            raise UserError("no examples to train on")
        _warn_random_reads(ds, self.schedule.order)
        val_ds = None
        if validation_fraction is not None:
            n_val = int(math.ceil(float(validation_fraction) * ds.n))
            if n_val < 1 or n_val >= ds.n:
                raise UserError(f"validation_fraction {validation_fraction} of {ds.n} examples leaves no "
                                "examples to train on or to validate with")
            perm = np.random.default_rng([int(seed), 0x5641]).permutation(ds.n)
            val_ds, ds = ds.take(np.sort(perm[:n_val])), ds.take(np.sort(perm[n_val:]))
            patience = 5 if patience is None else int(patience)
        test_ds = None
        if test is not None:
            test_ds, _, test_unknown = self.bind(test, test_y)
            if not test_ds.n:
                raise UserError("no examples to test on: the test data is empty")
        step_at = self._step_checker()  # the step where it will be used: refused before any epoch runs

        def step_epoch() -> int:  # the epoch the step rule sees (a partial fit's: by examples seen)
            if not partial:
                return self.epochs_done
            return self.steps_done // int(epoch_size) if epoch_size else 0

        planned = planned_step_points(step_epoch(), self.steps_done, ds.n, epochs)
        check_step_values(step_at, planned, training.step_text)
        checked = {e for e, _ in planned}  # epochs whose steps were all checked before training
        self.engine.prepare(ds)
        self.engine.seed = int(seed)  # seeds unbiased rounding's random stream
        resolve = getattr(self.engine, "resolve_layout", None)  # layout auto: the engine's choice for this data
        layout = resolve(ds) if resolve is not None else self.schedule.layout
        check_epoch(self.uir, ds, self.engine.threads, layout)  # what the epochs add fits in memory
        start_loss = self._start_loss(ds, seed) if epochs > 0 else math.nan  # divergence is growth over it
        best, best_params, waited = math.inf, None, 0
        stalled_warned = False
        for _ in range(epochs):
            check_interrupt()
            if step_epoch() not in checked:  # an epoch between the samples of a long run
                check_step_values(step_at, epoch_step_points(step_epoch(), self.steps_done, ds.n),
                                  training.step_text)
            before = self._fixed_point_fingerprint()
            t = time.perf_counter()  # an epoch's time includes making its order
            # (a partial fit's order and random stream: a seed of its own for each call, as epochs have)
            run_seed = epoch_seed(seed, self.epochs_done) & 0x7FFFFFFF if partial else seed
            total = self.run_epoch(self.state, ds, step_epoch(), self.steps_done, run_seed)
            self._float_view = None
            dt = time.perf_counter() - t
            if before is not None and before == self._fixed_point_fingerprint() and not stalled_warned:
                stalled_warned = True
                warn(self._stalled_message())
            mean = total / ds.n
            self.epochs_done += 1
            self.steps_done += ds.n
            self.history.train_loss.append(mean)
            self.history.seconds_per_epoch.append(dt)
            info = {"epoch": self.epochs_done, "train_loss": mean, "seconds": dt, "examples": ds.n}
            if self._qsteps:
                info["saturated"] = self.saturated()
                self.history.saturated.append(info["saturated"])
            if val_ds is not None:
                info["val_loss"] = float(np.mean(self.engine.losses(self.state, val_ds)))
                self.history.val_loss.append(info["val_loss"])
            if test_ds is not None:
                info.update(self._metrics(test_ds, test_unknown))
                self.history.test.append({k: v for k, v in info.items() if k.startswith("test_")})
            if diverged(mean, start_loss):
                raise UserError(self._divergence_message(mean, info.get("saturated"), start_loss))
            stop = False
            if patience is not None:
                watched = info.get("val_loss", mean)
                if watched < best - float(tol):
                    best, waited = watched, 0
                    self.history.best_epoch = self.epochs_done
                    if val_ds is not None:
                        best_params = {k: v.copy() for k, v in self.state.items()}
                else:
                    waited += 1
                    stop = waited >= patience
            if callback is not None and callback(self, self.epochs_done, info) is False:
                break
            if stop:
                self.history.stopped_early = True
                break
        if best_params is not None:
            for k, v in best_params.items():
                self.state[k][...] = v
            self._float_view = None
        return self

    def run_epoch(self, params: dict, ds, epoch: int, t0: int, seed: int) -> float:
        """One epoch over the bound data ``ds`` on ``params`` (as the kernels store them); returns the summed loss.

        The one place where an epoch's example order (:func:`epoch_seed` of ``seed`` and ``epoch``) and the
        seed of unbiased rounding's random stream are drawn: :meth:`fit` (so the CLI, the estimators and
        ``sgdc tune``) and the distributed workers train through it.  ``engine.prepare(ds)`` must have run.
        """
        self.engine.seed = int(seed)  # seeds unbiased rounding's stream (per epoch and worker: seed_state)
        order = self.engine.epoch_order(ds, self.schedule.order, epoch_seed(seed, epoch))
        self._average_begin(params)
        total = self.engine.epoch(params, ds, order, epoch, t0)
        self._l1_catch_up(params)
        self._l2_catch_up(params)
        self._average_end(params)
        project(self.model, params, codes=True)  # merged copies may add moves past a constrain bound
        return total

    def _average_begin(self, params: dict) -> None:
        """``average epoch``: training goes on from the last iterate (kept in the sums' place while the param
        holds the average, the count at -1); the epoch's sums, marks and count start at 0."""
        from sgdc.passes.differentiate import AVG_COUNT, AVG_SUM, AVG_TIME, averaged

        for name in averaged(self.model):
            w, s, t, c = (params[name + k] if k else params[name] for k in ("", AVG_SUM, AVG_TIME, AVG_COUNT))
            if float(c) < 0:
                w[...] = s
            s[...] = 0
            t[...] = 0
            c[...] = 0

    def _average_end(self, params: dict) -> None:
        """``average epoch``: every coordinate's sum takes the examples since its last change; the param becomes
        the epoch's average (what is predicted with, validated, saved), the last iterate waits in the sums'
        place for the next epoch (the count at -1 says so)."""
        from sgdc.passes.differentiate import AVG_COUNT, AVG_SUM, AVG_TIME, averaged

        for name in averaged(self.model):
            w, s, t, c = (params[name + k] if k else params[name] for k in ("", AVG_SUM, AVG_TIME, AVG_COUNT))
            n = float(c)
            if n <= 0:
                continue
            mean = (s.astype(np.float64) + w.astype(np.float64) * (n - t)) / n
            s[...] = w
            w[...] = mean
            t[...] = 0
            c[...] = -1

    def _l2_catch_up(self, params: dict) -> None:
        """After an epoch, every weight under ``l2_penalty exact`` takes the shrink it is still owed (the kernels
        shrink a weight when an example touches it); then the shrink so far and every weight's mark start again
        from 0 (only their difference counts: float32 keeps it exact however long the training)."""
        from sgdc.passes.differentiate import L2_TAKEN, L2_TOTAL, exact_l2, state_param
        from sgdc.runtime.interp import shrink_owed

        for name in exact_l2(self.model):
            w, q, u = params[name], params[name + L2_TAKEN], params[name + L2_TOTAL]
            acc = params[state_param(name)] if self.training.adaptive == "adagrad" else None
            shrink_owed(w, q, float(u), (slice(None),) * w.ndim if w.ndim else (), acc)
            q[...] = 0
            u[...] = 0

    def _l1_catch_up(self, params: dict) -> None:
        """After an epoch, every weight under a cumulative ``regular l1`` takes the penalty it is still owed
        (the kernels clip a weight only when an example touches it): the model returned, saved or predicted
        with is the one the penalty describes, with its exact zeros."""
        from sgdc.passes.differentiate import ADAGRAD_EPS, L1_TAKEN, L1_TOTAL, cumulative_l1, state_param
        from sgdc.runtime.interp import l1_clip

        for name in cumulative_l1(self.model):
            w, q = params[name], params[name + L1_TAKEN]
            # under AdaGrad the owed penalty is in units of the plain step (as the kernels clip it)
            sq = np.sqrt(params[state_param(name)].astype(np.float64) + ADAGRAD_EPS) \
                if self.training.adaptive == "adagrad" else 1.0
            new = l1_clip(w, float(params[name + L1_TOTAL]) / sq, q / sq)
            q[...] = q + (new - w) * sq
            w[...] = new

    def _fixed_point_fingerprint(self) -> tuple | None:
        """CRC-32s of the fixed-point params' codes (no copy), or None for a float model."""
        if not self._qsteps:
            return None
        return tuple(zlib.crc32(self.state[k]) for k in sorted(self._qsteps))

    def _stalled_message(self) -> str:
        """Why no fixed-point param entry changed in an epoch, and what to do."""
        steps = ", ".join(f"'{k}' 2^{int(math.log2(s))}" for k, s in sorted(self._qsteps.items()))
        more = "M16" if self._qbits == 8 else "M32"
        how = ("with rounding nearest every update smaller than half a step rounds to 0"
               if self.schedule.rounding == "nearest" else "every update rounded to 0")
        return (f"M{self._qbits} model: no entry of the fixed-point params changed in epoch {self.epochs_done + 1} "
                f"(their steps: {steps}); {how}. Use rounding unbiased, more model bits ({more}), a larger step, "
                f"or a smaller model_range")

    def saturated(self) -> int:
        """Fixed-point param entries at the edge of their range (code +-Q) now.

        Writes saturate instead of wrapping, so an entry that hit the bound stays
        there until an update pulls it back: counted after each epoch, this is a
        lower bound on the saturating writes (an entry may saturate and come back
        within one epoch) and exactly the entries the model's scale is too small
        for.  0 for float models.
        """
        if not self._qsteps or self.state is None:
            return 0
        from sgdc.ir.precision import qmax

        Q = qmax(self._qbits)
        return int(sum(np.count_nonzero(np.abs(self.state[k].astype(np.int32)) >= Q) for k in self._qsteps))

    def _step_checker(self):
        """``f(epoch, t)``: the step as the kernels compute it (float32), memoised on the variables it uses."""
        from sgdc.runtime.interp import step_function

        f = step_function(self.uir, self.encoders.dims if self.encoders is not None else None, exact=True)
        used = {ins.args[0] for ins in self.uir.step.instrs if ins.op == "var"}
        seen: dict = {}

        def at(epoch: int, t: int) -> float:
            key = (epoch if "epoch" in used else 0, t if "t" in used else 0)
            if key not in seen:
                seen[key] = f(*key)
            return seen[key]

        return at

    def _start_loss(self, ds: Dataset, seed: int) -> float:
        """The mean loss of the params at the start of a fit, on ``DIVERGENCE_SAMPLE`` examples at most (chosen
        with ``seed``): what :func:`diverged` measures growth against."""
        if ds.n > DIVERGENCE_SAMPLE:
            rows = np.random.default_rng([int(seed), 0x4C30]).choice(ds.n, DIVERGENCE_SAMPLE, replace=False)
            ds = ds.take(np.sort(rows))
        with np.errstate(all="ignore"):
            return float(np.mean(self.engine.losses(self.state, ds)))

    def _divergence_message(self, mean, saturated, start=math.nan) -> str:
        s = self.schedule
        cut = getattr(self.engine, "stopped_after", None)
        where = f", stopped within the epoch after about {cut} examples" if cut else ""
        grew = ""
        if math.isfinite(mean) and math.isfinite(start):
            grew = (f"; it was {start:.6g} at the start of the fit, and a mean loss above {DIVERGENCE_FACTOR:g} x "
                    f"max(that, {DIVERGENCE_FLOOR:g}) is divergence")
        weaker = ", or weaker regularisers" if self.model.regulars else ""
        if not math.isfinite(start):  # (not a step's doing: the loss was undefined before any step)
            msg = (f"training diverged in epoch {self.epochs_done} (mean loss {mean:.6g} after {self.steps_done} "
                   f"steps{where}): the loss was already {start:g} at the start params, before any step, so some "
                   f"examples make it undefined (a log of 0, a division by 0, a power of a negative number?), "
                   f"or the start params are too large")
        else:
            msg = (f"training diverged in epoch {self.epochs_done} (mean loss {mean:.6g} after {self.steps_done} "
                   f"steps{where}{grew}): the step is likely too large; try a smaller step (now: "
                   f"{self.training.step_text}){weaker}")
        if self._qsteps:
            msg += (f"; with fixed-point params ({s.precision}), {saturated or 0} param entries sit at the edge of "
                    f"their range: if that is many, the model's scale is too small (raise model_range, now "
                    f"{s.model_range}, or use more model bits)")
        if self.encoders is not None and any(self.encoders.clipped.values()):
            clipped = ", ".join(f"{k}: {v}" for k, v in self.encoders.clipped.items() if v)
            msg += f"; data values clipped to data_range ({clipped})"
        return msg

    # -- inference ------------------------------------------------------------
    def _need_params(self):
        if self.state is None:
            raise UserError("the model has not been trained (call fit first)")

    def decision_function(self, data) -> np.ndarray:
        """Raw values of the spec's ``predict`` (probabilities, margins, class scores or values)."""
        self._need_params()
        ds, _, unknown = self.bind(data, need_target=False)
        return self.engine.predict(pad_unknown(self.model, self.state, unknown), ds)

    def predict(self, data) -> np.ndarray:
        """Predictions in the user's terms: class labels for classifiers, values for regression."""
        return decode_predictions(self.model, self.encoders, self.decision_function(data))

    def predict_proba(self, data) -> np.ndarray:
        scores = self.decision_function(data)
        if self.model.task == "binary" and is_probability(self.model):
            return np.stack([1 - scores, scores], axis=1)
        if self.model.task == "multiclass":
            z = scores - scores.max(axis=1, keepdims=True)
            e = np.exp(z)
            return e / e.sum(axis=1, keepdims=True)
        raise UserError(f"spec '{self.model.name}' does not define a probability")

    def _with_weights(self, data, y, sample_weight) -> dict:
        """``data`` (and ``y``) as a mapping of fields with ``sample_weight`` as the spec's weight field."""
        if not self.model.weight:
            raise UserError(f"sample_weight needs a weight field in spec '{self.model.name}' (e.g. `data c : "
                            f"weight`: it scales each example's loss)")
        m = as_mapping(self.model, data, y)
        if self.model.weight in m:
            raise UserError(f"weights given twice: as sample_weight and as field '{self.model.weight}'")
        m[self.model.weight] = sample_weight
        return m

    def loss(self, data, y=None) -> float:
        """Mean loss over ``data`` (the regulariser not included)."""
        self._need_params()
        ds, _, unknown = self.bind(data, y)
        return float(np.mean(self.engine.losses(pad_unknown(self.model, self.state, unknown), ds)))

    def _metrics(self, ds: Dataset, unknown: dict) -> dict:
        if self.model.target is None:
            return {"test_auc": self._ranking_auc(ds, unknown)}
        scores = self.engine.predict(pad_unknown(self.model, self.state, unknown), ds)
        target = ds[self.model.target]
        task = self.model.task
        if task == "binary":
            thr = 0.5 if is_probability(self.model) else 0.0
            pred = np.where(scores >= thr, 1.0, -1.0)
            return {"test_accuracy": float(np.mean(pred == target))}
        if task == "multiclass":
            return {"test_accuracy": float(np.mean(np.argmax(scores, axis=1) == target))}
        return {"test_rmse": float(np.sqrt(np.mean((scores - target) ** 2)))}

    #: negatives each held-out example's positive is ranked against (``test_auc`` of a ranking model)
    AUC_NEGATIVES = 100

    def _ranking_auc(self, ds: Dataset, unknown: dict) -> float:
        """A ranking model's (no target: BPR) held-out AUC: the share of :data:`AUC_NEGATIVES` items drawn
        uniformly for each example (a fixed stream) that predict scores below the example's own item (ties
        count half).  The item is the data index field over the sampled field's dim."""
        item = ranked_item(self.model)
        params = pad_unknown(self.model, self.state, unknown)
        pos = self.engine.predict(params, ds)
        n_items = self.encoders.dims[self.model.field(item).extent]
        rng = np.random.default_rng(0xA0C)
        below = 0.0
        k = self.AUC_NEGATIVES
        for lo in range(0, ds.n, max(1, (1 << 20) // k)):  # a million predictions at a time
            rows = np.repeat(np.arange(lo, min(ds.n, lo + max(1, (1 << 20) // k))), k)
            neg = ds.take(rows)
            neg.fields[item][:] = rng.integers(0, n_items, rows.size).astype(np.int32)
            s = self.engine.predict(params, neg)
            p = pos[rows]
            below += float(np.sum(s < p) + 0.5 * np.sum(s == p))
        return below / max(1, ds.n * k)

    def evaluate(self, data, y=None) -> dict:
        """``test_accuracy`` (classifiers), ``test_rmse`` (regression) or ``test_auc`` (ranking), and
        ``test_loss``."""
        self._need_params()
        ds, _, unknown = self.bind(data, y)
        if not ds.n:
            raise UserError("no examples to evaluate: the data is empty")
        out = self._metrics(ds, unknown)
        out["test_loss"] = float(np.mean(self.engine.losses(pad_unknown(self.model, self.state, unknown), ds)))
        return out

    def score(self, data, y=None) -> float:
        m = self.evaluate(data, y)
        return m["test_accuracy"] if "test_accuracy" in m else m["test_auc"] if "test_auc" in m else -m["test_rmse"]

    def step_size(self, epoch: int, t: int) -> float:
        dims = self.encoders.dims if self.encoders is not None else None
        return step_size(self.uir, epoch, t, dims)


def compile(spec, engine: str = "llvm", consts: dict | None = None, **schedule_overrides) -> Program:
    """Check and compile a spec (a path, source text, or a bundled example's name).

    Keyword arguments override the spec's training and schedule fields (``precision="D32M32"``,
    ``step="0.1/(1+epoch)"``, ``threads=1`` ...): new typed values (:func:`sgdc.ir.schedule.override_model`).
    ``consts={"k": 16}`` gives the spec's ``const`` statements new values (:func:`sgdc.frontend.load.set_consts`).
    """
    from sgdc.frontend.load import load_model

    return Program(load_model(spec, consts, **schedule_overrides), engine=engine)


def _warn_random_reads(ds, order: str) -> None:
    """A data set read from a file's mapping that is larger than the memory here, in the ``shuffle`` order: every
    example is a page fault somewhere in the file, and the page cache thrashes (say how to read it in runs)."""
    from sgdc.runtime.memory import fmt, limit

    mapped = ds.mapped_bytes()
    if order != "shuffle" or not mapped:
        return
    lim = limit()
    if lim is not None and mapped > lim.nbytes:
        warn(f"the data read from its file ({fmt(mapped)}) exceed the memory here ({fmt(lim.nbytes)}, {lim.source}): "
             f"order shuffle reads the file at random and thrashes the page cache; order blocks reads it in runs "
             f"of 1 MiB (or order sequential, in order)")


def ranked_item(model: Model) -> str:
    """A ranking model's item field: the last data index field declared over the dim its first sampled field draws
    from (:func:`sgdc.runtime.params.counted_field`)."""
    from sgdc.runtime.params import counted_field

    return counted_field(model, model.sampled_fields[0])
