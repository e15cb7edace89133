"""scikit-learn estimators over sgdc specs (needs the ``sklearn`` extra).

    from sgdc.sklearn import SpecClassifier, SpecRegressor
    clf = SpecClassifier(epochs=10, step="0.05/(1+epoch)").fit(X, y)
    clf.predict(X_test); clf.predict_proba(X_test)

An estimator holds a spec (a file path, source text or a bundled example's
name; ``None`` picks a default) and schedule params.  ``fit`` compiles the
spec (kernels come from the on-disk cache after the first time) and trains.
The spec must read one vector field (``X``) and a target (``y``):

* :class:`SpecClassifier`: a ``label`` target (binary) or an ``index`` target
  (multiclass).  Default: ``logistic`` for two classes, ``softmax`` for more,
  chosen by the classes seen in ``fit``.  ``predict_proba`` exists where the
  spec defines a probability (binary specs whose ``predict`` is
  ``sigmoid(...)``, and multiclass specs: softmax of the scores).
* :class:`SpecRegressor`: a ``real`` target.  Default: ``least_squares``.

Pickling stores the spec text, the params and the learned data; unpickling
recompiles (a cache hit, usually).  Nothing here is imported by ``import sgdc``.
"""
from __future__ import annotations

import numpy as np

try:
    from sklearn.base import BaseEstimator, ClassifierMixin, RegressorMixin
    from sklearn.utils.metaestimators import available_if
    from sklearn.utils.multiclass import check_classification_targets
    from sklearn.utils.validation import _check_sample_weight, check_is_fitted
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError("sgdc.sklearn needs scikit-learn: pip install 'sgdc[sklearn]'") from e

try:  # scikit-learn >= 1.6
    from sklearn.utils.validation import validate_data as _validate_data
except ImportError:  # pragma: no cover
    def _validate_data(est, X, y="no_validation", reset=True, **kw):
        return est._validate_data(X, y, reset=reset, **kw)

from sgdc.errors import SgdcError


def _finite_keyword() -> str:
    import inspect

    from sklearn.utils.validation import check_array

    params = inspect.signature(check_array).parameters
    return "ensure_all_finite" if "ensure_all_finite" in params else "force_all_finite"


_FINITE = _finite_keyword()

SCHEDULE_PARAMS = ("step", "adaptive", "average", "l1_penalty", "l2_penalty", "precision", "rounding", "layout",
                   "data_layout", "threads", "order", "shard", "sync")


def _plain(v):
    """A numpy scalar as the Python value it holds (messages show ``7``, not ``np.int64(7)``)."""
    return v.item() if isinstance(v, np.generic) else v


def _check_model(model, kinds: tuple, what: str):
    vec = model.data_vector_fields
    if model.target is None:
        raise ValueError(f"spec '{model.name}' has no target (a ranking loss over sampled fields): it cannot be a "
                         f"scikit-learn {what}")
    target = model.field(model.target)
    others = [f for f in model.fields if f.name not in (model.target, model.weight) and f.kind != "vector"]
    if len(vec) != 1 or others:
        raise ValueError(f"spec '{model.name}' must read exactly one vector field and its target to be used as "
                         f"a scikit-learn {what} (fields: {', '.join(f.name for f in model.fields)})")
    if target.kind not in kinds:
        raise ValueError(f"spec '{model.name}' has a {target.kind} target; a scikit-learn {what} needs "
                         f"{' or '.join(kinds)}")


def _weighted_source(model) -> str:
    """The spec's text with a weight field added (``sample_weight``, or a free name like it)."""
    taken = {d.name for d in model.dims} | {c.name for c in model.consts} | {f.name for f in model.fields} | \
        {p.name for p in model.params}
    name = "sample_weight"
    while name in taken:
        name += "_"
    return model.source.rstrip("\n") + f"\ndata {name} : weight  # (the estimator's sample_weight)\n"


def _balanced(classes, labels) -> np.ndarray:
    """``"balanced"`` class weights ``n / (k n_c)`` (scikit-learn's) over the ``k`` classes present in
    ``labels`` (a chunk of ``partial_fit`` may lack some; they get weight 1 and have no example)."""
    counts = np.array([np.sum(labels == c) for c in classes], dtype=np.float64)
    present = counts > 0
    out = np.ones(len(classes))
    out[present] = len(labels) / (present.sum() * counts[present])
    return out


MAX_VISITS = 64  # the most times an epoch visits one example (a larger weight scales each visit)


def _mix(z):
    """splitmix64's finaliser over a uint64 array (in place)."""
    with np.errstate(over="ignore"):
        z += np.uint64(0x9E3779B97F4A7C15)
        z ^= z >> np.uint64(30)
        z *= np.uint64(0xBF58476D1CE4E5B9)
        z ^= z >> np.uint64(27)
        z *= np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    return z


def _entry_hashes(cols, values):
    """One hash an entry (column, value): zeros hash to 0, so a stored zero is an absent one."""
    v = np.asarray(values, dtype=np.float64) + 0.0  # (+0.0: -0.0 is 0.0)
    z = v.view(np.uint64) ^ _mix(np.asarray(cols, dtype=np.uint64) + np.uint64(1))
    return np.where(v != 0, _mix(z), np.uint64(0))


def _content_keys(X, chunk: int = 1 << 16) -> np.ndarray:
    """A key of each row fixed by its contents: the wrapping sum of its entries' hashes (integer sums do not
    depend on the order they are added in, so the key is the same wherever the row sits), hashed once more so
    that rows near each other in key order are not alike (a blocks order's runs stay mixed)."""
    n = X.shape[0]
    keys = np.zeros(n, dtype=np.uint64)
    if hasattr(X, "indptr"):
        ptr = np.asarray(X.indptr)
        nnz = len(X.data)
        for part in ("indptr", "indices"):  # (the copy below would make them integers: refuse them as given)
            if np.asarray(getattr(X, part)).dtype.kind not in "iu":
                raise ValueError(f"X: a sparse matrix's {part} must be integers, not "
                                 f"{np.asarray(getattr(X, part)).dtype}")
        if len(ptr) != n + 1 or len(X.indices) != nnz or (n and (ptr[0] != 0 or ptr[-1] != nnz)) or \
                np.any(np.diff(ptr) < 0):
            raise ValueError(f"X: a sparse matrix whose parts disagree (indptr of {len(ptr)} entries for {n} rows, "
                             f"ending at {ptr[-1] if len(ptr) else None}; {len(X.indices)} indices, {nnz} values)")
        h = _entry_hashes(X.indices, X.data)
        csum = np.concatenate([[np.uint64(0)], np.cumsum(h, dtype=np.uint64)])
        with np.errstate(over="ignore"):
            keys = csum[ptr[1:]] - csum[ptr[:-1]]
    else:
        cols = np.arange(X.shape[1])
        for lo in range(0, n, chunk):
            h = _entry_hashes(cols[None, :], X[lo:lo + chunk])
            keys[lo:lo + chunk] = h.sum(axis=1, dtype=np.uint64)
    return _mix(keys)


def as_visits(X, y, sample_weight, *, reorder: bool):
    """The rows an epoch visits: an example of weight ``w`` is visited ``ceil(w)`` times (at most
    ``MAX_VISITS``), each visit weighing ``w / visits`` (weight 0: left out), so an integer weight is exactly
    that many copies of the example; with ``reorder`` the rows are put in an order fixed by their contents
    (features, target, weight), so the fit does not depend on the order they come in: the seed's shuffle then
    works on the same rows.  Returns ``(X, y, weights or None)``."""
    n = X.shape[0]
    y = np.asarray(y)
    if sample_weight is None:
        rows, each = np.arange(n), np.ones(n)
    else:
        sw = np.asarray(sample_weight, dtype=np.float64)
        visits = np.minimum(np.ceil(sw), MAX_VISITS).astype(np.int64)
        share = np.divide(sw, visits, out=np.zeros(n), where=visits > 0)
        rows = np.repeat(np.arange(n), visits)
        each = share[rows]
    if reorder and len(rows):
        targets = y.astype(np.float64) if y.ndim == 1 else _content_keys(y).astype(np.float64)  # (several targets)
        order = np.lexsort((each, targets[rows], _content_keys(X)[rows]))
        rows, each = rows[order], each[order]
    weights = None if np.all(each == 1.0) else each
    if len(rows) == n and np.array_equal(rows, np.arange(n)):
        return X, y, weights
    return X[rows], y[rows], weights


class _SpecEstimator(BaseEstimator):
    _default_spec = None
    _what = "estimator"
    _kinds: tuple = ()

    def __init__(self, spec=None, *, epochs=None, step=None, adaptive=None, average=None, l1_penalty=None,
                 l2_penalty=None, precision=None, rounding=None, layout=None, data_layout=None, threads=None,
                 order=None, shard=None, sync=None, seed=0, validation_fraction=None, patience=None, tol=1e-4,
                 engine="llvm", epoch_size=None):
        self.spec = spec
        self.epochs = epochs
        self.step = step
        self.adaptive = adaptive
        self.average = average
        self.l1_penalty = l1_penalty
        self.l2_penalty = l2_penalty
        self.precision = precision
        self.rounding = rounding
        self.layout = layout
        self.data_layout = data_layout
        self.threads = threads
        self.order = order
        self.shard = shard
        self.sync = sync
        self.seed = seed
        self.validation_fraction = validation_fraction
        self.patience = patience
        self.tol = tol
        self.engine = engine
        self.epoch_size = epoch_size

    # -- helpers ----------------------------------------------------------------
    def _overrides(self) -> dict:
        return {k: getattr(self, k) for k in SCHEDULE_PARAMS if getattr(self, k) is not None}

    def _compile(self, spec):
        from sgdc.runtime.program import compile as sgdc_compile

        try:
            prog = sgdc_compile(spec, engine=self.engine, **self._overrides())
            _check_model(prog.model, self._kinds, self._what)
            if not prog.model.weight:  # sample_weight= needs a weight field: the spec's text with one more line
                prog = sgdc_compile(_weighted_source(prog.model), engine=self.engine, **self._overrides())
        except SgdcError as e:
            raise ValueError(str(e)) from None
        return prog

    def _validate(self, X, y="no_validation", reset=True):
        kw = dict(accept_sparse="csr", dtype=[np.float64, np.float32], **{_FINITE: True})
        if isinstance(y, str) and y == "no_validation":
            return _validate_data(self, X, reset=reset, **kw)
        return _validate_data(self, X, y, reset=reset, y_numeric=self._what == "regressor", **kw)

    def _weights(self, X, y, sample_weight):
        """Each example's weight (None: all 1): ``sample_weight`` checked, times the class weights."""
        if sample_weight is not None:
            sample_weight = _check_sample_weight(sample_weight, X, dtype=np.float64, ensure_non_negative=True)
        return sample_weight

    def _train(self, X, y, *, first: bool, partial: bool = False, sample_weight=None):
        prog = self.program_
        sw = self._weights(X, y, sample_weight)
        X, y, sw = as_visits(X, y, sw, reorder=prog.model.schedule.order != "sequential")
        if X.shape[0] == 0:
            raise ValueError("every sample_weight is 0: no example to train on")
        try:
            if first:  # binds (what the data fixes: dims, scales) and makes the params; trains nothing
                prog.fit(*self._both_labels(X, y), epochs=0, seed=self.seed, dims=self._dims())
                self._fix_encoders(prog)
            if partial:  # one pass; the step follows the examples seen (Program.fit's ``partial``)
                prog.fit(X, y, epochs=1, seed=self.seed, warm_start=True, partial=True, epoch_size=self.epoch_size,
                         sample_weight=sw)
            else:
                prog.fit(X, y, epochs=self.epochs, seed=self.seed, warm_start=True,
                         validation_fraction=self.validation_fraction, patience=self.patience, tol=self.tol,
                         sample_weight=sw)
        except SgdcError as e:
            raise ValueError(str(e)) from None
        self.n_iter_ = max(prog.epochs_done, 1)
        return self

    def _fix_encoders(self, prog):
        pass

    def _both_labels(self, X, y):
        return X, y

    def _dims(self):
        return None

    def _scores(self, X):
        check_is_fitted(self, "program_")
        X = self._validate(X, reset=False)
        try:
            return self.program_.decision_function(X)
        except SgdcError as e:
            raise ValueError(str(e)) from None

    @property
    def params_(self) -> dict:
        """The learned params by name (copies)."""
        check_is_fitted(self, "program_")
        return {k: v.copy() for k, v in self.program_.params.items()}

    @property
    def history_(self):
        check_is_fitted(self, "program_")
        return self.program_.history

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = True
        return tags

    # -- pickling: spec text, params and mappings; unpickling recompiles ---------
    def __getstate__(self):
        state = dict(super().__getstate__())  # a copy: never change the live estimator
        prog = state.pop("program_", None)
        if prog is not None:
            from sgdc.runtime.modelfile import schedule_overrides

            state["_sgdc_program"] = {
                "spec": prog.model.source,
                "schedule": schedule_overrides(prog),
                "engine": prog.engine.name,
                "params": {k: np.array(v) for k, v in prog.params.items()},
                "encoders": prog.encoders.to_json(),
                "epochs_done": prog.epochs_done,
                "steps_done": prog.steps_done,
            }
        return state

    def __setstate__(self, state):
        saved = state.pop("_sgdc_program", None)
        super().__setstate__(state)
        if saved is not None:
            from sgdc.data.bind import Encoders
            from sgdc.frontend.load import load_model
            from sgdc.runtime.program import Program

            spec = saved["spec"] if "\n" in saved["spec"] else saved["spec"] + "\n"
            prog = Program(load_model(spec, **saved["schedule"]), engine=saved["engine"])
            prog.params = {k: np.array(v, dtype=np.float32, order="C") for k, v in saved["params"].items()}
            prog.encoders = Encoders.from_json(saved["encoders"])
            prog.epochs_done = saved["epochs_done"]
            prog.steps_done = saved["steps_done"]
            self.program_ = prog


class SpecClassifier(ClassifierMixin, _SpecEstimator):
    """A classifier from a spec with a ``label`` (binary) or ``index`` (multiclass) target."""

    _what = "classifier"
    _kinds = ("label", "index")

    def _spec_for(self, n_classes: int):
        if self.spec is not None:
            return self.spec
        return "logistic" if n_classes <= 2 else "softmax"

    def _encode(self, y):
        codes = np.searchsorted(self.classes_, y)
        codes = np.clip(codes, 0, len(self.classes_) - 1)
        if not np.all(self.classes_[codes] == y):
            bad = np.asarray(y)[self.classes_[codes] != y][0]
            raise ValueError(f"y contains label {_plain(bad)!r}, not among classes {self.classes_.tolist()}")
        if self._binary:
            return np.where(codes == 1, 1.0, -1.0)
        return codes.astype(np.int64)

    def _both_labels(self, X, y):
        """``(X, y)`` for the first fit's binding, whose binary labels must hold both codes: the classes come
        from ``classes_`` (a ``partial_fit`` batch, or the rows a sample weight keeps, may hold one), so the labels
        of a batch of one class are given as both codes (+1 for the first row, -1 for the others; a row alone is
        taken twice); this fit trains nothing and its encoding is replaced by ``_fix_encoders``."""
        if not self._binary or len(np.unique(y)) == 2:
            return X, y
        if X.shape[0] == 1:
            X = X[[0, 0]]
        y = np.where(np.arange(X.shape[0]) == 0, 1.0, -1.0)
        return X, y

    def _fix_encoders(self, prog):
        # every class is known from the start (a batch of partial_fit may lack some)
        if self._binary:
            prog.encoders.labels = {"kind": "binary", "values": [-1.0, 1.0]}
        else:
            prog.encoders.labels = {"kind": "classes", "classes": list(range(len(self.classes_)))}

    def _begin(self, classes):
        self.classes_ = classes
        if len(classes) < 2:
            raise ValueError(f"a classifier needs samples of at least 2 classes in the data; got 1 class "
                             f"({_plain(classes[0])!r})")
        prog = self._compile(self._spec_for(len(classes)))
        target = prog.model.field(prog.model.target)
        self._binary = target.kind == "label"
        if self._binary and len(classes) > 2:
            raise ValueError(f"spec '{prog.model.name}' is binary (a label target) but y has {len(classes)} classes")
        if not self._binary and isinstance(target.extent, int) and len(classes) > target.extent:
            raise ValueError(f"spec '{prog.model.name}' allows {target.extent} classes, y has {len(classes)}")
        self.program_ = prog
        return prog

    def _dims(self):
        prog = self.program_
        target = prog.model.field(prog.model.target)
        return {target.extent: len(self.classes_)} if not self._binary and isinstance(target.extent, str) else None

    def __init__(self, spec=None, *, epochs=None, step=None, adaptive=None, average=None, l1_penalty=None,
                 l2_penalty=None, precision=None, rounding=None, layout=None, data_layout=None, threads=None,
                 order=None, shard=None, sync=None, seed=0, validation_fraction=None, patience=None, tol=1e-4,
                 engine="llvm", epoch_size=None, class_weight=None):
        super().__init__(spec, epochs=epochs, step=step, adaptive=adaptive, average=average, l1_penalty=l1_penalty,
                         l2_penalty=l2_penalty, precision=precision, rounding=rounding, layout=layout,
                         data_layout=data_layout, threads=threads, order=order, shard=shard, sync=sync, seed=seed,
                         validation_fraction=validation_fraction, patience=patience, tol=tol, engine=engine,
                         epoch_size=epoch_size)
        self.class_weight = class_weight

    def _weights(self, X, y, sample_weight):
        sw = super()._weights(X, y, sample_weight)
        if self.class_weight is None:
            return sw
        # y is encoded (+-1 or 0..k-1); the class weights are given in the user's labels
        labels = self.classes_[(np.asarray(y) > 0).astype(np.int64)] if self._binary else self.classes_[y]
        if self.class_weight == "balanced":  # from the classes' counts in this fit's data
            cw = _balanced(self.classes_, labels)
        else:
            if not isinstance(self.class_weight, dict):
                raise ValueError(f"class_weight must be a dict, 'balanced' or None, not {self.class_weight!r}")
            extra = [k for k in self.class_weight if not np.any(self.classes_ == k)]
            if extra:
                raise ValueError(f"class_weight names {_plain(extra[0])!r}, not among classes "
                                 f"{self.classes_.tolist()}")
            try:
                cw = np.array([float(self.class_weight.get(_plain(c), 1.0)) for c in self.classes_])
            except (TypeError, ValueError):
                cw = np.array([np.nan])
            if not np.all(np.isfinite(cw) & (cw >= 0)):
                raise ValueError(f"class_weight values must be finite numbers >= 0, got {self.class_weight!r}")
        w = cw[np.searchsorted(self.classes_, labels)]
        return w if sw is None else w * sw

    def fit(self, X, y, sample_weight=None):
        """Train on ``(X, y)``; ``sample_weight`` (one number >= 0 an example) scales each example's loss, and
        ``class_weight`` multiplies it by its class's weight."""
        X, y = self._validate(X, y)
        check_classification_targets(y)
        self._begin(np.unique(y))
        return self._train(X, self._encode(y), first=True, sample_weight=sample_weight)

    def partial_fit(self, X, y, classes=None, sample_weight=None):
        """One pass over (X, y) from the current params; ``classes`` is required on the first call.  The step
        rule's ``epoch`` advances by examples seen (``epoch_size`` of them an epoch; without it, it stays 0),
        not by calls: chunks of any size follow the schedule one pass over the whole data would."""
        first = not hasattr(self, "program_")
        X, y = self._validate(X, y, reset=first)
        check_classification_targets(y)
        if first:
            if classes is None:
                raise ValueError("classes must be passed on the first call to partial_fit")
            self._begin(np.unique(np.asarray(classes)))
        elif classes is not None and not np.array_equal(np.unique(classes), self.classes_):
            raise ValueError(f"classes {np.unique(classes).tolist()} differ from the first call's "
                             f"{self.classes_.tolist()}")
        return self._train(X, self._encode(y), first=first, partial=True, sample_weight=sample_weight)

    def _has_proba(self):
        from sgdc.data.bind import is_probability

        if hasattr(self, "program_"):
            m = self.program_.model
        elif self.spec is None:
            return True
        else:
            from sgdc.frontend.load import load_model

            try:
                m = load_model(self.spec)
            except SgdcError:
                return False
        return m.task == "multiclass" or (m.task == "binary" and is_probability(m))

    def decision_function(self, X):
        """Binary: a margin, positive for ``classes_[1]`` (the logit for a probability spec); multiclass: scores."""
        s = self._scores(X)
        if self._binary:
            from sgdc.data.bind import is_probability

            if is_probability(self.program_.model):
                p = np.clip(np.asarray(s, dtype=np.float64), 1e-300, 1.0 - 2.0**-53)
                return np.log(p) - np.log1p(-p)
            return np.asarray(s, dtype=np.float64)
        return np.asarray(s, dtype=np.float64)

    def predict(self, X):
        d = self.decision_function(X)
        if self._binary:
            return self.classes_[(d > 0).astype(np.int64)]
        return self.classes_[np.argmax(d, axis=1)]

    @available_if(_has_proba)
    def predict_proba(self, X):
        s = np.asarray(self._scores(X), dtype=np.float64)
        if self._binary:
            return np.stack([1.0 - s, s], axis=1)
        z = s - s.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    @available_if(_has_proba)
    def predict_log_proba(self, X):
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))


class SpecRegressor(RegressorMixin, _SpecEstimator):
    """A regressor from a spec with a ``real`` target, or a ``real[outputs]`` one for a 2-D ``y`` (several
    targets; default: ``least_squares``, and ``multioutput`` for a 2-D ``y``)."""

    _what = "regressor"
    _kinds = ("real", "reals")

    def _validate(self, X, y="no_validation", reset=True):
        if isinstance(y, str) and y == "no_validation":
            return super()._validate(X, y, reset=reset)
        kw = dict(accept_sparse="csr", dtype=[np.float64, np.float32], **{_FINITE: True})
        X, y = _validate_data(self, X, y, reset=reset, y_numeric=True, multi_output=True, **kw)
        return X, np.asarray(y, dtype=np.float64)

    def _begin(self, y):
        self._outputs = y.shape[1] if y.ndim == 2 else None  # (None: a 1-D y, predicted 1-D)
        default = "multioutput" if (self._outputs or 1) > 1 else "least_squares"
        self.program_ = self._compile(self.spec if self.spec is not None else default)
        target = self.program_.model.field(self.program_.model.target)
        if target.kind == "real" and (self._outputs or 1) > 1:
            raise ValueError(f"spec '{self.program_.model.name}' has one real target; y has {self._outputs} columns: "
                             f"several targets need a spec with data y : real[outputs] (the bundled "
                             f"'multioutput')")

    def _dims(self):
        target = self.program_.model.field(self.program_.model.target)
        return {target.extent: self._outputs or 1} if target.kind == "reals" and isinstance(target.extent, str) \
            else None

    def _check_outputs(self, y):
        if (y.shape[1] if y.ndim == 2 else None) != self._outputs:
            raise ValueError(f"y has {y.shape[1] if y.ndim == 2 else 'one'} output(s); the first fit had "
                             f"{self._outputs or 'one'}")

    def _target(self, y):
        """``y`` as the spec's target reads it: one column as a 1-D real target."""
        kind = self.program_.model.field(self.program_.model.target).kind
        return y[:, 0] if kind == "real" and y.ndim == 2 else y

    def fit(self, X, y, sample_weight=None):
        """Train on ``(X, y)``; ``sample_weight`` (one number >= 0 an example) scales each example's loss.  A 2-D
        ``y`` is several targets (one column an output)."""
        X, y = self._validate(X, y)
        self._begin(y)
        return self._train(X, self._target(y), first=True, sample_weight=sample_weight)

    def partial_fit(self, X, y, sample_weight=None):
        """One pass over (X, y) from the current params; the step follows the examples seen (see
        :meth:`SpecClassifier.partial_fit`)."""
        first = not hasattr(self, "program_")
        X, y = self._validate(X, y, reset=first)
        if first:
            self._begin(y)
        else:
            self._check_outputs(y)
        return self._train(X, self._target(y), first=first, partial=True, sample_weight=sample_weight)

    def predict(self, X):
        """A value an example for a 1-D ``y``; one column an output for a 2-D one (one column included)."""
        s = np.asarray(self._scores(X), dtype=np.float64)
        outputs = getattr(self, "_outputs", None)
        return s.reshape(len(s)) if outputs is None else s.reshape(len(s), outputs)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.target_tags.multi_output = True
        return tags


__all__ = ["SpecClassifier", "SpecRegressor"]
