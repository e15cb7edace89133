"""The ``sgdc`` command: check, compile, train, predict, info, convert, tune, cache.

Every user error ends in one message on stderr and exit status 1 (2 for bad
command-line usage, 130 when interrupted); never a traceback.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
import warnings

from sgdc.errors import InternalError, SgdcError, SgdcWarning, UserError


def _schedule_flags() -> tuple:
    """Every field of the training and the schedule is a flag (``--data-range`` for ``data_range``); ``epochs``
    has its own.  The values are text: :func:`sgdc.ir.schedule.override_model` types them, once."""
    from sgdc.ir.schedule import SCHEDULE_FIELDS

    return tuple(name for name in SCHEDULE_FIELDS if name != "epochs")


SCHEDULE_FLAGS = _schedule_flags()
FORMAT_CHOICES = ("svmlight", "ratings", "csv", "npz", "binary", "vw")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors: one line, exit 2
        self.print_usage(sys.stderr)
        print(f"sgdc: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _add_schedule(p):
    g = p.add_argument_group("training and schedule overrides (each replaces the spec's schedule block field)")
    for name in SCHEDULE_FLAGS:
        g.add_argument("--" + name.replace("_", "-"), dest=name, metavar="VALUE")


def _overrides(args) -> dict:
    out = {name: getattr(args, name) for name in SCHEDULE_FLAGS if getattr(args, name, None) is not None}
    if getattr(args, "epochs", None) is not None:
        out["epochs"] = args.epochs
    return out


def _add_set(p):
    p.add_argument("--set", action="append", dest="consts", metavar="NAME=VALUE",
                   help="give a const of the spec a new value (const k = 50: --set k=16); repeatable")


def _consts(pairs) -> dict:
    """``--set NAME=VALUE`` pairs as ``{name: value text}`` (:func:`sgdc.frontend.load.set_consts` checks them)."""
    out = {}
    for item in pairs or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(f"--set expects NAME=VALUE, got '{item}'")
        if name.strip() in out:
            raise UserError(f"--set {name.strip()} is given twice")
        out[name.strip()] = value.strip()
    return out


def _vary(items) -> dict:
    """``--vary NAME=V1,V2`` items as ``{name: [value texts]}``."""
    out = {}
    for item in items or []:
        name, sep, values = item.partition("=")
        vals = [v.strip() for v in values.split(",") if v.strip()]
        if not sep or not name.strip() or not vals:
            raise UserError(f"--vary expects NAME=V1,V2,..., got '{item}'")
        if name.strip() in out:
            raise UserError(f"--vary {name.strip()} is given twice")
        out[name.strip()] = vals
    return out


def _dims(pairs) -> dict:
    out = {}
    for item in pairs or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise UserError(f"--dim expects NAME=SIZE, got '{item}'")
        try:
            out[name.strip()] = int(value)
        except ValueError:
            raise UserError(f"--dim {name}: '{value}' is not an integer") from None
    return out


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="sgdc", description="Compile .sgd model specs into native SGD kernels and run them.")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    c = sub.add_parser("check", help="parse and check a spec")
    c.add_argument("spec")

    from sgdc.pipeline import STAGES

    c = sub.add_parser("compile", help="compile a spec and print an intermediate form")
    c.add_argument("spec")
    c.add_argument("--emit", choices=STAGES, default="ir",
                   help="the form to print: a stage of the pipeline (a pass's name: the lowered kernels after it)")
    c.add_argument("--color", action="store_true", help="colour the output (ast, llvm, llvm-opt; needs Pygments)")
    _add_set(c)
    _add_schedule(c)

    t = sub.add_parser("train", help="train a spec on data (generated data when --data is absent)")
    t.add_argument("spec")
    t.add_argument("--data", help="training data file")
    t.add_argument("--test", help="test data file (reports test accuracy or RMSE)")
    t.add_argument("--format", choices=FORMAT_CHOICES, help="data format (default: detected)")
    t.add_argument("--epochs", type=int)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--out", help="write the trained model here (.npz, atomically)")
    t.add_argument("--json", action="store_true", help="print one JSON object with the figures")
    t.add_argument("--engine", choices=("llvm", "reference"), default="llvm")
    t.add_argument("--dim", action="append", metavar="NAME=SIZE", help="bind a dim explicitly")
    t.add_argument("--rows", type=int, default=5000, help="examples of generated data (without --data)")
    t.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    t.add_argument("--plot", metavar="FILE.png", help="plot the loss per epoch, train and test (needs matplotlib)")
    t.add_argument("--schedule", metavar="FILE", help="apply a schedule file (as written by sgdc tune --out); "
                   "flags still override it")
    _add_bits(t)
    t.add_argument("--cache", nargs="?", const=True, metavar="FILE",
                   help="parse the text --data once into a binary data file (default: the data's path + .sgdb) and "
                   "map that on later runs while the text's size and modification time are unchanged")
    t.add_argument("--init", metavar="MODEL", help="continue training a saved model (its params, encoders and "
                   "epoch count: the step rule goes on from there); the spec must give the same params")
    _add_set(t)
    _add_schedule(t)
    from sgdc.distributed import add_arguments as _add_distributed  # imports no Dask

    _add_distributed(t)

    u = sub.add_parser("tune", help="search schedules for the fastest way to a target quality (docs/tune.md)")
    u.add_argument("spec")
    u.add_argument("--data", required=True, help="training data file")
    v = u.add_mutually_exclusive_group()
    v.add_argument("--test", help="validation data file (default: a holdout of --data)")
    v.add_argument("--holdout", type=float, default=0.2, metavar="FRACTION",
                   help="share of --data held out for validation (default 0.2)")
    u.add_argument("--budget", type=float, required=True, metavar="SECONDS", help="wall-clock seconds for the search")
    u.add_argument("--format", choices=FORMAT_CHOICES, help="data format (default: detected)")
    u.add_argument("--seed", type=int, default=0)
    u.add_argument("--dim", action="append", metavar="NAME=SIZE", help="bind a dim explicitly")
    u.add_argument("--json", action="store_true", help="print one JSON object (every variant, the Pareto front)")
    u.add_argument("--plot", metavar="FILE.png", help="plot validation loss against training time (needs matplotlib)")
    u.add_argument("--out", metavar="SCHEDULE", help="write the best schedule here (a schedule block)")
    u.add_argument("--fresh", action="store_true", help="ignore cached results")
    u.add_argument("--top", type=int, default=15, help="rows of the ranked table (default 15)")
    _add_bits(u)
    _add_set(u)
    u.add_argument("--vary", action="append", metavar="NAME=V1,V2,...",
                   help="search a const of the spec too (a rank, a regularisation strength): every value, "
                   "crossed with the schedule variants; repeatable")

    r = sub.add_parser("predict", help="predict with a trained model")
    r.add_argument("model")
    r.add_argument("--data", required=True, help="the examples to score (their target, when present, is "
                   "compared with the predictions; (user, item) pairs need no rating column)")
    r.add_argument("--format", choices=FORMAT_CHOICES)
    r.add_argument("--what", choices=("label", "score", "proba"), default="label",
                   help="label: the class (classifiers) or the value (default); score: the spec's predict "
                   "expression as computed (a row of class scores for a multiclass model); proba: the "
                   "probability of the positive class, or a row of class probabilities")
    r.add_argument("--out", metavar="FILE", help="write one prediction a line here (atomically) instead of stdout")
    _add_bits(r, predict=True)
    r.add_argument("--json", action="store_true")

    v = sub.add_parser("convert", help="parse a text data file once into sgdc's binary data file (mapped, "
                       "not parsed, by train, tune and predict)")
    v.add_argument("input", help="svmlight, csv or ratings text (or, with --verify, a binary data file)")
    v.add_argument("output", nargs="?", help="the binary data file to write (atomically)")
    v.add_argument("--format", choices=("svmlight", "ratings", "csv", "vw"), help="the text's format (default: "
                   "detected)")
    _add_bits(v)
    v.add_argument("--precision", choices=("D8", "D16", "D32"), default="D32",
                   help="store the features as 8- or 16-bit fixed-point codes (a spec of that D precision reads "
                        "them as they are: a quarter or half of the bytes); default D32, float32")
    v.add_argument("--rounding", choices=("nearest", "unbiased"), default="nearest",
                   help="--precision D8/D16: round to nearest, or unbiased (stochastic), as a spec's rounding")
    v.add_argument("--data-range", type=float, metavar="R",
                   help="--precision D8/D16: the range the codes cover (default: the largest |x|), as a spec's "
                        "data_range")
    v.add_argument("--verify", action="store_true", help="check a binary data file's data against its checksum")
    v.add_argument("--json", action="store_true")

    i = sub.add_parser("info", help="what a model file holds: spec, dims, schedule, epochs, params")
    i.add_argument("model")
    i.add_argument("--json", action="store_true")

    k = sub.add_parser("cache", help="the compiled-kernel cache: info or clear")
    k.add_argument("action", choices=("info", "clear"))
    k.add_argument("--json", action="store_true")
    return p


def cmd_check(args) -> int:
    from sgdc.frontend.load import load_model

    from sgdc.frontend.checker import warnings_of

    m = load_model(args.spec)
    for w in warnings_of(m):
        print(w.render(), file=sys.stderr)
    from sgdc import pipeline
    from sgdc.passes.differentiate import build_update_ir
    from sgdc.runtime.program import check_supported

    uir = build_update_ir(m)
    check_supported(m, uir)  # what compiling would refuse, refused here too, at the schedule field that asks
    pipeline.lower(uir, pipeline.layouts_for(m), dump=False)  # (and the gradient, lowered)
    target = f"target {m.target}" if m.target is not None else \
        f"no target, sampled {', '.join(f.name for f in m.sampled_fields)}"
    print(f"{args.spec}: ok: model {m.name}, {len(m.params)} params ({', '.join(p.name for p in m.params)}), "
          f"{target} ({m.task})")
    return 0


def cmd_compile(args) -> int:
    from sgdc import pipeline
    from sgdc.frontend.load import load_model

    overrides = _overrides(args)
    def show(text, language):
        if args.color:
            try:
                from sgdc.frontend.highlight import highlight
            except ImportError as e:
                raise UserError(f"--color: {e}") from None
            text = highlight(text, language)
        print(text, end="")

    if args.emit == "ast":
        from sgdc.frontend.load import format_ast, load_ast

        if args.consts:
            from sgdc.frontend.load import set_consts
            from sgdc.frontend.parser import parse

            tree, source, filename = load_ast(args.spec)
            show(format_ast(parse(set_consts(tree, source, _consts(args.consts)), filename)), "sgd")
            return 0
        show(format_ast(load_ast(args.spec)[0]), "sgd")
        return 0
    model = load_model(args.spec, _consts(args.consts), **overrides)
    if args.emit == "ir":
        from sgdc.ir.model import format_model

        print(format_model(model), end="")
        return 0
    uir = pipeline.differentiate(model)
    if args.emit == "grad":
        from sgdc.ir.update import format_update_ir

        print(format_update_ir(uir), end="")
        return 0
    layouts = pipeline.layouts_for(model)
    if model.schedule.data_layout == "auto" and layouts:
        print(f"# data_layout auto: {', '.join(f'{k} {v}' for k, v in layouts.items())} shown; training uses the "
              f"layout its data bind (dense numpy rows: dense); --data-layout dense|sparse picks one",
              file=sys.stderr)
    locked = model.schedule.layout == "locked"
    if args.emit == "lowered" or args.emit in pipeline.LOWERING:
        from sgdc.ir.lowered import format_kernels

        until = "prefetch" if args.emit == "lowered" else args.emit
        print(format_kernels(pipeline.lower(uir, layouts, locked, until=until)), end="")
        return 0
    if args.emit == "llvm":
        show(str(pipeline.emit(uir, layouts, locked)[0]), "llvm")
        return 0
    _, _, lib = pipeline.build(uir, layouts, locked=locked, cache=False)
    if args.emit == "llvm-opt":
        show(lib.optimised_ir, "llvm")
    else:
        print(lib.assembly(), end="")
    return 0


def _load_data(path, model, fmt, need_target: bool = True, bits: int | None = None, categorical=None,
               width: int | None = None):
    from sgdc.data.datafiles import read

    return read(path, model, fmt, need_target, bits, categorical, width)


def _trained_width(prog) -> int | None:
    """The features of a trained model's one data vector field (a CSV file of that many columns to score has
    no label column); None for other models."""
    vectors = prog.model.data_vector_fields
    if len(vectors) != 1 or prog.encoders is None:
        return None
    ext = vectors[0].extent
    return ext if isinstance(ext, int) else prog.encoders.dims.get(ext)


def _add_bits(p, predict: bool = False):
    if not predict:
        p.add_argument("--bits", type=int, metavar="B", help="Vowpal Wabbit text (--format vw) and hashed CSV "
                       "(--categorical): hash the features into 2^B columns (1..31, default 18; docs/data.md)")
    p.add_argument("--categorical", metavar="COLS", help="CSV: hash the file's columns into 2^bits columns, the "
                   "named ones (comma-separated, or 'auto': those holding text) one-hot by category")


def _categorical(args):
    from sgdc.data.hashed_csv import parse_categorical

    return parse_categorical(getattr(args, "categorical", None))


def _given(v):
    """A field as given: a quantised data file's :class:`sgdc.data.dataset.Codes` are its code matrix."""
    from sgdc.data.dataset import Codes

    return v.X if isinstance(v, Codes) else v


def _n_examples(fields: dict) -> int:
    """The number of examples in a mapping of (unbound) fields, as bind counts them."""
    for v in fields.values():
        v = _given(v)
        shape = getattr(v, "shape", None)
        if shape:
            return int(shape[0])
        return len(v)
    return 0


def _layouts(model, fields: dict, data_layout: str) -> dict:
    """The layout each vector field is bound with (what bind decides, without binding)."""
    import scipy.sparse as sp

    if data_layout in ("dense", "sparse"):
        return {f.name: data_layout for f in model.vector_fields}
    return {f.name: "sparse" if sp.issparse(_given(fields.get(f.source or f.name))) else "dense"
            for f in model.vector_fields}


def _need_matplotlib() -> None:
    """``--plot``: matplotlib with a file backend, or one clear message before any work is done."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot  # noqa: F401
    except ImportError:
        raise UserError("--plot needs matplotlib: pip install 'sgdc[plot]'") from None


class _Warnings:
    """sgdc's warnings (:class:`~sgdc.errors.SgdcWarning`) during a command, each printed once at the end on
    stderr as ``warning: ...`` (also when the command fails), unless the command took them for its ``--json``
    output (:meth:`take`).  Other warnings are shown as Python would have shown them."""

    def __enter__(self):
        self._catcher = warnings.catch_warnings(record=True)
        self._caught = self._catcher.__enter__()
        warnings.simplefilter("always", SgdcWarning)
        self._taken = False
        return self

    def messages(self) -> list:
        out: list = []
        for w in self._caught:
            if issubclass(w.category, SgdcWarning) and str(w.message) not in out:
                out.append(str(w.message))
        return out

    def take(self) -> list:
        self._taken = True
        return self.messages()

    def __exit__(self, *exc):
        caught, mine = list(self._caught), self.messages()
        self._catcher.__exit__(*exc)
        for w in caught:
            if not issubclass(w.category, SgdcWarning):
                warnings.showwarning(w.message, w.category, w.filename, w.lineno)
        if not self._taken:
            for m in mine:
                print(f"warning: {m}", file=sys.stderr)
        return False


def cmd_train(args) -> int:
    """``sgdc train``; sgdc's warnings on the way are printed at the end (``warnings`` in ``--json``)."""
    with _Warnings() as warned:
        return _train(args, warned)


def _train(args, warned: _Warnings) -> int:
    from sgdc.runtime import modelfile
    from sgdc.runtime.program import compile as sgdc_compile

    if args.plot:
        _need_matplotlib()
    overrides = _overrides(args)
    if args.schedule:
        from sgdc.tune import read_schedule_file

        from_file = read_schedule_file(args.schedule)  # field -> text: typed once, with the other overrides
        overrides = {**from_file, **overrides}
    from sgdc import distributed

    if distributed.wanted(args):  # --scheduler / --local-cluster: docs/distributed.md
        return distributed.cmd_train(args, overrides)
    t_compile = time.perf_counter()
    prog = sgdc_compile(args.spec, engine=args.engine, consts=_consts(args.consts), **overrides)
    check_seconds = time.perf_counter() - t_compile  # parse, check, lower; the kernels compile in fit
    model = prog.model
    dims = _dims(args.dim)
    if args.init:
        if dims:
            raise UserError("--dim with --init: the dims come from the model file")
        modelfile.continue_from(prog, args.init)
        dims = dict(prog.encoders.dims)
    generated = args.data is None
    if generated:
        from sgdc.data.synth import synthesize

        if args.rows < 2:
            raise UserError("--rows must be at least 2")
        fields, idims = synthesize(model, n=args.rows + max(args.rows // 5, 1), seed=args.seed, dims=dims)
        dims = {**idims, **dims}
        n = args.rows
        train = {k: v[:n] for k, v in fields.items()}
        test = {k: v[n:] for k, v in fields.items()}
    else:
        data_path, fmt = args.data, args.format
        if args.cache:
            from sgdc.data.binary import cached

            data_path, made = cached(args.data, args.format, None if args.cache is True else args.cache, args.bits,
                                     _categorical(args))
            fmt = "binary"
            if not args.json:
                print(f"{'wrote' if made else 'reusing'} binary data file {data_path}", file=sys.stderr)
        train = _load_data(data_path, model, fmt, bits=args.bits, categorical=_categorical(args))
        test = _load_data(args.test, model, args.format, bits=args.bits, categorical=_categorical(args)) \
            if args.test else None
    # how the features were hashed (VW text, CSV with categories): saved with the model, for predict
    prog.hashing = None if generated else _hashing(args, fmt, data_path)
    quiet = args.quiet or args.json or not sys.stderr.isatty()
    out_path = args.out
    _check_outputs(("model file", out_path), ("plot", args.plot))  # refused now, not after the training
    test_losses = []

    def on_epoch(p, epoch, info):
        if progress is not None:
            progress.update(info)
        if args.plot and test is not None:
            test_losses.append(p.loss(test))
        if out_path:
            modelfile.save(out_path, p)  # the last complete model is always on disk

    # The data is bound once, by fit (no probe bind: that held a second copy of the data).  fit compiles
    # the kernels for the data's layout before its first epoch, so epoch times never include compiling;
    # compile_seconds is the spec's check and lowering plus the engine's kernel compiles.
    epochs = model.training.epochs if args.epochs is None else args.epochs
    progress = None if quiet else Progress(epochs, _data_bytes(train))
    try:
        prog.fit(train, epochs=args.epochs, seed=args.seed, dims=None if args.init else dims, test=test,
                 callback=on_epoch, warm_start=bool(args.init))
    finally:
        if progress is not None:
            progress.close()
    if out_path and not prog.history.train_loss:  # 0 epochs: the model as it starts
        modelfile.save(out_path, prog)
    compile_seconds = check_seconds + float(getattr(prog.engine, "compile_seconds", 0.0))
    layouts = _layouts(model, train, prog.schedule.data_layout)
    examples = _n_examples(train)
    s, training = model.schedule, model.training
    result = {
        "spec": args.spec,
        "model": model.name,
        "engine": args.engine,
        "data": args.data or f"generated ({args.rows} rows, seed {args.seed})",
        "examples": examples,
        "dims": {k: int(v) for k, v in prog.encoders.dims.items()},
        "layouts": layouts,
        "epochs": len(prog.history.train_loss),
        "epochs_done": prog.epochs_done,  # with --init: the model file's epochs too
        "threads": prog.engine.workers(examples) if hasattr(prog.engine, "workers") else 1,
        "layout": getattr(prog.engine, "model_layout", s.layout),  # layout auto: what it chose, and why
        "layout_reason": getattr(prog.engine, "layout_reason", "set in the schedule"),
        "precision": str(s.precision),
        "rounding": s.rounding,
        "step": training.step_text,
        "compile_seconds": compile_seconds,
        "seconds_per_epoch": prog.history.seconds_per_epoch,
        "train_loss": prog.history.train_loss,
    }
    if prog.history.saturated:  # fixed-point models: param entries at the edge of their range, per epoch
        result["saturated"] = prog.history.saturated
        result["data_clipped"] = dict(prog.encoders.clipped)
    early = training.validation_fraction is not None or training.patience is not None
    if early:
        result["val_loss"] = prog.history.val_loss
        result["best_epoch"] = prog.history.best_epoch
        result["stopped_early"] = prog.history.stopped_early
    if test is not None:
        metrics = prog.evaluate(test)
        result.update(metrics)
        result["test_history"] = prog.history.test
    if out_path:
        if prog.history.best_epoch is not None and training.validation_fraction is not None:
            modelfile.save(out_path, prog)  # the restored best params
        result["out"] = out_path
    if args.plot:
        _plot(args.plot, prog.history, test_losses)
        result["plot"] = args.plot
    if args.json:
        result["warnings"] = warned.take()
        print(json.dumps(result))
    else:
        since = f" (from {args.init}: {prog.epochs_done} epochs in all)" if args.init else ""
        print(f"trained {model.name} on {result['data']}: {result['epochs']} epochs{since}, "
              f"{sum(prog.history.seconds_per_epoch):.3f} s training, compile {compile_seconds:.3f} s")
        if prog.history.train_loss:
            print(f"  train loss {prog.history.train_loss[0]:.5g} -> {prog.history.train_loss[-1]:.5g}")
        if result["threads"] > 1:
            auto = " (layout auto)" if s.layout == "auto" else ""
            print(f"  {result['threads']} threads, layout {result['layout']}{auto}: {result['layout_reason']}")
        for k in ("test_accuracy", "test_rmse", "test_auc", "test_loss"):
            if k in result:
                print(f"  {k.replace('_', ' ')} {result[k]:.5g}")
        if prog.history.stopped_early:
            print(f"  stopped early; kept the params of epoch {prog.history.best_epoch}")
        if out_path:
            print(f"  model written to {out_path}")
        if args.plot:
            print(f"  plot written to {args.plot}")
        saturated = prog.history.saturated
        if saturated and max(saturated) > 0:
            worst = max(range(len(saturated)), key=saturated.__getitem__)
            most = f"; most: {saturated[worst]} after epoch {worst + 1}" if saturated[worst] > saturated[-1] else ""
            print(f"  saturated: {saturated[-1]} fixed-point param entries at the edge of their range after the "
                  f"last epoch{most}; if that is many, the model's scale is too small: raise model_range (now "
                  f"{s.model_range}) or use more model bits (precision {s.precision})")
    return 0


def _data_bytes(fields: dict) -> int:
    """The bytes of the arrays an epoch reads (a CSR's values, columns and row starts; dense rows; fields)."""
    total = 0
    for v in fields.values():
        if hasattr(v, "indptr"):
            total += sum(int(getattr(v, k).nbytes) for k in ("data", "indices", "indptr"))
        else:
            total += int(getattr(v, "nbytes", 0))
    return total


class Progress:
    """Training feedback on stderr: a tqdm bar (epoch, loss, examples/s and the data's MB/s), or one line an
    epoch without tqdm."""

    def __init__(self, epochs: int, data_bytes: int = 0):
        self.data_bytes = data_bytes
        try:
            from tqdm import tqdm
        except ImportError:
            self.bar = None
        else:
            self.bar = tqdm(total=epochs, unit="epoch", file=sys.stderr, dynamic_ncols=True, leave=True)

    def update(self, info: dict) -> None:
        rate = info["examples"] / info["seconds"] if info.get("seconds") else float("inf")
        fields = {"loss": f"{info['train_loss']:.5g}", "ex/s": f"{rate:.3g}"}
        if self.data_bytes and info.get("seconds"):  # what a file trained from its mapping streams
            fields["MB/s"] = f"{self.data_bytes / info['seconds'] / 1e6:.4g}"
        for k in ("val_loss", "test_accuracy", "test_rmse", "test_auc"):
            if k in info:
                fields[k.replace("test_", "")] = f"{info[k]:.4g}"
        if self.bar is None:
            text = "  ".join(f"{k} {v}" for k, v in fields.items())
            print(f"epoch {info['epoch']}: {text}", file=sys.stderr)
        else:
            self.bar.set_postfix(fields, refresh=False)
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _plot(path, history, test_losses) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    epochs = range(1, len(history.train_loss) + 1)
    ax.plot(epochs, history.train_loss, marker="o", label="train (mean over the epoch)")
    if history.val_loss:
        ax.plot(epochs, history.val_loss, marker="s", label="validation")
    if test_losses:
        ax.plot(range(1, len(test_losses) + 1), test_losses, marker="^", label="test")
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("epoch")
    ax.set_ylabel("loss")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    from sgdc.data.fileio import save_figure

    save_figure(fig, path)


def _check_outputs(*pairs) -> None:
    """Each ``(what, path)`` with a path can be written (:func:`sgdc.data.fileio.output_target`), before any work."""
    from sgdc.data.fileio import output_target

    for what, path in pairs:
        if path:
            output_target(path, what)


def cmd_tune(args) -> int:
    from sgdc.frontend.load import load_model
    from sgdc.tune import plot, tune, write_schedule_file

    if args.plot:
        _need_matplotlib()
    _check_outputs(("schedule file", args.out), ("plot", args.plot))
    consts = _consts(args.consts)
    model = load_model(args.spec, consts)
    train = _load_data(args.data, model, args.format, bits=args.bits, categorical=_categorical(args))
    test = _load_data(args.test, model, args.format, bits=args.bits, categorical=_categorical(args)) \
        if args.test else None
    show = not args.json and sys.stderr.isatty()
    result = tune(args.spec, train, test=test, holdout=args.holdout, budget=args.budget, seed=args.seed,
                  dims=_dims(args.dim) or None, fresh=args.fresh, progress=show, consts=consts,
                  vary=_vary(args.vary))
    if args.out and result.best is not None:
        sets = "".join(f" --set {k}={v}" for k, v in {**consts, **result.consts}.items())
        write_schedule_file(args.out, result.schedule,
                            f"sgdc tune {args.spec} --data {args.data}: time to target "
                            f"{result.best.time_to_target:.4g} s ({result.best.label})"
                            + (f"; train with{sets}" if sets else ""))
    if args.plot:
        plot(result, args.plot)
    if args.json:
        d = result.to_dict()
        d["out"] = args.out if args.out and result.best is not None else None
        print(json.dumps(d))
    else:
        print(result.report(args.top))
        if args.out:
            print(f"schedule written to {args.out}" if result.best is not None
                  else f"nothing written to {args.out}: no variant reached the target")
        if args.plot:
            print(f"plot written to {args.plot}")
    return 0 if result.best is not None else 1


def cmd_cache(args) -> int:
    from sgdc.backend import cache

    if args.action == "clear":
        n = cache.clear()
        out = {"dir": str(cache.cache_dir()), "removed": n["entries"], "temporaries": n["temporaries"]}
        print(json.dumps(out) if args.json else
              f"removed {n['entries']} cached kernel(s) and {n['temporaries']} stray temporary file(s) "
              f"from {out['dir']}")
        return 0
    info = cache.info()
    if args.json:
        print(json.dumps(info))
    else:
        state = ("off (SGDC_CACHE=0)" if not info["enabled"] else
                 f"refused: {info['refused']} (chmod 700 it, or set SGDC_CACHE_DIR)" if info["refused"] else "on")
        print(f"cache: {info['dir']}\n  {state}, {info['entries']} entries, {info['bytes'] / 1024:.1f} KiB "
              f"(at most {info['max_bytes'] / 2**20:.0f} MiB), {info['temporaries']} stray temporary file(s)\n"
              f"  key versions: {info['versions']}")
    return 0


def cmd_predict(args) -> int:
    import numpy as np

    from sgdc.runtime import modelfile

    _check_outputs(("predictions", args.out))
    prog = modelfile.load(args.model)
    hashing = getattr(prog, "hashing", None) or {}
    categorical = _categorical(args)
    if categorical is None and hashing.get("format") == "csv":
        categorical = hashing["categorical"]  # as the model was trained (its file keeps it)
    data = _load_data(args.data, prog.model, args.format, need_target=False, bits=_hashed_bits(prog),
                      categorical=categorical, width=_trained_width(prog))
    has_target = prog.model.target in data
    inputs = {k: v for k, v in data.items() if k != prog.model.target} if has_target else data
    if args.what == "label":
        pred = prog.predict(inputs)
    elif args.what == "score":
        pred = prog.decision_function(inputs)
    else:
        proba = prog.predict_proba(inputs)
        pred = proba[:, 1] if proba.shape[1] == 2 and prog.model.task == "binary" else proba
    pred = np.asarray(pred)
    out = {"model": args.model, "examples": int(len(pred)), "what": args.what}
    if has_target and len(pred):  # (no examples: no score)
        out.update(prog.evaluate(data))
    if args.out:
        from sgdc.data.fileio import atomic_write

        atomic_write(args.out, lambda fh: _write_predictions(fh, pred), "predictions")
        out["out"] = args.out
    elif args.json:
        out["predictions"] = pred.tolist()
    else:
        _write_predictions(sys.stdout.buffer, pred)
        sys.stdout.flush()
    if args.json:
        print(json.dumps(out))
    else:
        if args.out:
            print(f"{len(pred)} predictions ({args.what}) written to {args.out}", file=sys.stderr)
        for k in ("test_accuracy", "test_rmse", "test_auc"):
            if k in out:
                print(f"# {k.replace('test_', '')} {out[k]:.5g}", file=sys.stderr)
    return 0


def _hashing(args, fmt, path) -> dict | None:
    """How ``train``'s data was hashed (Vowpal Wabbit text, or CSV with ``--categorical``), for the model file:
    ``predict`` then hashes new data the same way without being told."""
    from sgdc.data.vw import DEFAULT_BITS

    if path is None:
        return None
    if fmt is None or fmt == "binary":
        from sgdc.data.loaders import detect_format

        fmt = args.format or detect_format(args.data)
    bits = args.bits or DEFAULT_BITS
    if fmt == "vw":
        return {"format": "vw", "bits": bits, "categorical": None}
    if fmt == "csv" and _categorical(args) is not None:
        return {"format": "csv", "bits": bits, "categorical": _categorical(args)}
    return None


def _hashed_bits(prog) -> int | None:
    """The bits of a model's hashed columns (Vowpal Wabbit text at predict time): its one vector field's width,
    when a power of two."""
    vec = prog.model.data_vector_fields
    if len(vec) != 1:
        return None
    d = int(prog.encoders.dims.get(vec[0].extent, 0)) if isinstance(vec[0].extent, str) else int(vec[0].extent)
    return d.bit_length() - 1 if d > 1 and d & (d - 1) == 0 else None


def _write_predictions(fh, pred) -> None:
    """One prediction a line (a row of values separated by spaces for a matrix), in chunks: integral labels as
    integers, other values with 9 significant digits (float32's round trip)."""
    import numpy as np

    pred = np.asarray(pred)
    if not len(pred):  # no examples: no lines
        return
    integral = pred.dtype.kind in "iub" or (pred.dtype.kind == "f" and pred.ndim == 1 and bool(
        np.all(np.isfinite(pred))) and bool(np.all(pred == np.round(pred))) and bool(np.all(np.abs(pred) < 2**53)))
    fmt = "%d" if integral else "%.9g"
    rows = pred.reshape(len(pred), -1)
    line = " ".join([fmt] * rows.shape[1]) + "\n"
    for start in range(0, len(rows), 65536):
        chunk = rows[start:start + 65536]
        vals = chunk.astype(np.int64) if integral else chunk
        fh.write("".join(line % tuple(r) for r in vals.tolist()).encode())


def cmd_convert(args) -> int:
    from sgdc.data import binary

    t = time.perf_counter()
    if args.verify:
        if args.output:
            raise UserError("--verify takes one binary data file")
        header = binary.verify(args.input)
        what = "verified"
    else:
        if not args.output:
            raise UserError("convert needs an output file: sgdc convert IN OUT")
        _check_outputs(("binary data file", args.output))
        bits = int(args.precision[1:])
        if bits == 32 and (args.rounding != "nearest" or args.data_range is not None):
            raise UserError("--rounding and --data-range apply to --precision D8 or D16")
        if args.data_range is not None and not (math.isfinite(args.data_range) and args.data_range > 0):
            raise UserError(f"--data-range must be a positive number, not {args.data_range:g}")
        header = binary.convert(args.input, args.output, args.format, args.bits, _categorical(args), bits,
                                args.rounding, args.data_range)
        what = "wrote"
    seconds = time.perf_counter() - t
    path = args.input if args.verify else args.output
    size = os.path.getsize(path)
    quant = header.get("precision")
    out = {"file": path, "kind": header["kind"], "rows": header["rows"], "columns": header["columns"],
           "arrays": {k: e["shape"] for k, e in header["arrays"].items()}, "bytes": size, "seconds": seconds,
           "precision": quant}
    if args.json:
        print(json.dumps(out))
    else:
        cols = f" x {header['columns']}" if header["columns"] is not None else ""
        stored = "" if quant is None else (f", features D{quant['bits']} (scale 2^{int(math.log2(quant['scale']))}, "
                                           f"{quant['rounding']} rounding)")
        print(f"{what} {path}: {header['kind']}, {header['rows']}{cols}{stored} ({size / 2**20:.1f} MiB) "
              f"in {seconds:.2f} s")
    return 0


def cmd_info(args) -> int:
    from sgdc.runtime import modelfile

    info = modelfile.describe(args.model)
    if args.json:
        print(json.dumps(info))
        return 0
    print(f"{args.model}: model {info['model']} ({info['task']}), sgdc {info['sgdc_version']}, "
          f"model file format {info['format']}")
    print(f"  spec file  {info['spec_file']}")
    print(f"  dims       {', '.join(f'{k} = {v}' for k, v in info['dims'].items()) or 'none'}")
    if info["consts"]:
        print(f"  consts     {', '.join(f'{k} = {v}' for k, v in info['consts'].items())}")
    print(f"  trained    {info['epochs_done']} epochs, {info['steps_done']} steps")
    if info["quality"]:
        print("  quality    " + ", ".join(f"{k.replace('_', ' ')} {v:.5g}" for k, v in info["quality"].items())
              + " (the last epoch's, as recorded)")
    for name, p in info["params"].items():
        shape = " x ".join(map(str, p["shape"])) or "scalar"
        print(f"  param      {name}: {shape} ({p['bytes']:,} bytes), |max| {p['max_abs']:.4g}"
              + (", state of the step rule" if p["state"] else ""))
    if info["hashing"]:
        h = info["hashing"]
        print(f"  hashing    {h['format']}, 2^{h['bits']} columns" + (f", categorical {h['categorical']}"
                                                                         if h.get("categorical") else ""))
    print("  schedule   " + ", ".join(f"{k} {v}" for k, v in info["schedule"].items()))
    print("  spec:")
    for line in info["spec"].rstrip("\n").split("\n"):
        print(f"    {line}")
    return 0


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from sgdc.version import __version__

        print(f"sgdc {__version__}")
        return 0
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    handler = {"check": cmd_check, "compile": cmd_compile, "train": cmd_train, "predict": cmd_predict,
               "info": cmd_info, "convert": cmd_convert, "tune": cmd_tune, "cache": cmd_cache}[args.command]
    from sgdc.runtime import interrupt

    interrupt.install()  # SIGINT and SIGTERM stop the run, even one that landed in a callback of LLVM's
    try:
        if handler is cmd_train:  # (train takes its warnings into --json itself)
            return handler(args)
        with _Warnings():  # sgdc's warnings as "warning: ..." lines on stderr, whatever the command
            return handler(args)
    except SgdcError as e:
        print(e.render(), file=sys.stderr)
        return 1
    except InternalError as e:
        if os.environ.get("SGDC_TRACEBACK") == "1":
            raise
        print(e.render(), file=sys.stderr)
        return 70  # EX_SOFTWARE
    except KeyboardInterrupt:
        print("sgdc: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 1
    except MemoryError:
        print("error: out of memory", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
