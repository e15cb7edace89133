"""Spec fuzzing: sgdc's front end and compiler on well-formed, mutated and hostile specs.

The property: whatever text (or bytes) a spec holds, ``load_model`` either
returns a checked model or raises an :class:`sgdc.errors.SpecError` with a
``file:line:col`` position -- never any other exception, never a hang (each
case runs under a time limit), never a crash.  Specs that check cleanly are
compiled (lowering, LLVM codegen and JIT) on a sample, and when their arrays
are small, one epoch, a prediction and the losses are run on random data;
there the only errors allowed are sgdc's own (``SgdcError``).

Case families (hypothesis strategies, mixed by :func:`cases`):

* ``wellformed``  -- the bundled examples, random specs from
  :func:`strategies.specs`, examples with random schedule blocks;
* ``tokens``      -- token edits of a well-formed spec: delete, duplicate,
  swap, replace or insert tokens (keywords, names, operators, numbers);
* ``bytes``       -- byte edits written to a file and loaded by path:
  random bytes, truncation, NUL, lone UTF-8 lead bytes, ``\\xff``;
* ``numbers``     -- numbers replaced by huge, tiny or long ones (``1e999``,
  400-digit integers, ``2^31``, ``2^63``);
* ``nesting``     -- deep nesting of the loss: parentheses, unary minus,
  calls, ``^`` chains, ``+`` chains, index chains (1 to 5,000 levels).

The short campaign is ``tests/test_fuzz_specs.py`` (part of the test suite);
the long one is this module::

    python -m tests.fuzz_specs --cases 100000 [--seed 1] [--compile-every 10]

which prints the counts per family and outcome, and exits 1 on the first
failure (hypothesis shrinks it and prints the input).
"""
from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for ``strategies`` when run as a module

import strategies

from sgdc.errors import SgdcError, SpecError
from sgdc.frontend.load import load_model

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_TEXTS = tuple(p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.sgd")))

CASE_SECONDS = 5.0  # front end: parse and check
COMPILE_SECONDS = 60.0  # codegen + JIT + one small epoch
SMALL = 200_000  # run kernels only when every param and data array is at most this many entries

_TOKEN = re.compile(r"\s+|#[^\n]*|[A-Za-z_]\w*|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|.", re.DOTALL)
VOCAB = (
    "model", "dim", "const", "data", "param", "loss", "regular", "predict", "schedule", "real", "label",
    "index", "on", "x", "y", "w", "b", "u", "i", "r", "L", "R", "W", "d", "k", "users", "items", "classes",
    "epoch", "t", "dot", "sum", "norm2", "logsumexp", "exp", "log", "log1p", "sigmoid", "softplus", "abs",
    "sqrt", "max", "min", "normal", "uniform", "l1", "l2", "step", "epochs", "threads", "precision",
    "D8M16", "D8M8", "D16M16G8", "D32M16C8", "rounding", "unbiased", "layout", "shared", "locked",
    "replicated", "order", "shuffle", "data_layout", "dense", "sparse", "sync", "shard", "draw",
    "model_range", "data_range", "validation_fraction", "patience", "tol", "auto", "off",
    "+", "-", "*", "/", "@", "^", "(", ")", "[", "]", ",", ":", "=", "\n", " ", "#",
    "0", "1", "2", "0.5", "-1", "1e-3", "1e999", "1e-999", "2147483648", "9" * 40,
)
HUGE = ("1e999", "1e308", "1.7976931348623157e308", "1e-999", "0", "0.0", "00", "4294967296", "2147483647",
        "2147483648", "9223372036854775808", "1" + "0" * 400, "9" * 5000, "." + "0" * 400 + "1",
        "1e99999999999999999999", "123456789012345678901234567890e-10")
NESTINGS = ("paren", "neg", "call", "pow", "plus", "index", "mixed")


# ---------------------------------------------------------------------------
# Strategies
# ---------------------------------------------------------------------------


def tokens(text: str) -> list:
    return _TOKEN.findall(text)


@st.composite
def with_schedule(draw, text: str | None = None):
    """An example spec with a random schedule block appended (values valid or not)."""
    text = text if text is not None else draw(st.sampled_from(EXAMPLE_TEXTS))
    fields = draw(st.lists(st.tuples(
        st.sampled_from(("step", "epochs", "threads", "precision", "rounding", "layout", "order", "data_layout",
                         "sync", "shard", "draw", "model_range", "data_range", "validation_fraction",
                         "patience", "tol")),
        st.sampled_from(("0.1", "1", "0", "-1", "auto", "off", "D8M16", "D16M16", "D8M8", "D32M16G8", "D32M8C16",
                         "unbiased", "nearest", "shared", "locked", "replicated", "dense", "sparse", "shuffle",
                         "sequential", "vector", "1e999", "0.5 / (1 + epoch)", "exp(t)", "x", "2147483648"))),
        max_size=5))
    body = "".join(f"\n  {k} {v}" for k, v in fields)
    return text.split("schedule")[0] + "\nschedule" + body + "\n"


def wellformed():
    return st.one_of(st.sampled_from(EXAMPLE_TEXTS), strategies.specs(), with_schedule())


@st.composite
def token_mutants(draw):
    toks = tokens(draw(wellformed()))
    for _ in range(draw(st.integers(1, 5))):
        if not toks:
            break
        i = draw(st.integers(0, len(toks) - 1))
        op = draw(st.sampled_from(("delete", "duplicate", "swap", "adjacent", "replace", "insert")))
        if op == "delete":
            del toks[i]
        elif op == "duplicate":
            toks.insert(i, toks[i])
        elif op == "swap":
            j = draw(st.integers(0, len(toks) - 1))
            toks[i], toks[j] = toks[j], toks[i]
        elif op == "adjacent" and i + 1 < len(toks):
            toks[i], toks[i + 1] = toks[i + 1], toks[i]
        elif op == "replace":
            toks[i] = draw(st.sampled_from(VOCAB))
        else:
            toks.insert(i, draw(st.sampled_from(VOCAB)))
    return "".join(toks)


@st.composite
def byte_mutants(draw):
    """Raw bytes: an example or a random spec edited byte-wise, or pure random bytes."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=400))
    data = bytearray(draw(wellformed()).encode())
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(("set", "insert", "delete", "truncate")))
        i = draw(st.integers(0, max(len(data) - 1, 0)))
        b = draw(st.one_of(st.integers(0, 255), st.sampled_from((0x00, 0xFF, 0xC3, 0xE2, 0x80, 0xF0, 0x0D))))
        if op == "set" and data:
            data[i] = b
        elif op == "insert":
            data.insert(i, b)
        elif op == "delete" and data:
            del data[i]
        elif op == "truncate":
            del data[i:]
    return bytes(data)


@st.composite
def number_mutants(draw):
    toks = tokens(draw(wellformed()))
    nums = [k for k, t in enumerate(toks) if t[:1].isdigit() or t[:1] == "."]
    for k in draw(st.lists(st.sampled_from(nums), min_size=1, max_size=4)) if nums else []:
        toks[k] = draw(st.sampled_from(HUGE))
    if draw(st.booleans()):  # a huge const used as an extent
        toks.append("\n# extent\n")
        text = "".join(toks)
        return re.sub(r"const k = \d+", f"const k = {draw(st.sampled_from(HUGE))}", text)
    return "".join(toks)


def nested(kind: str, depth: int, rng) -> str:
    if kind == "paren":
        return "(" * depth + "x_" + ")" * depth
    if kind == "neg":
        return "-" * depth + "x_"
    if kind == "call":
        return "sigmoid(" * depth + "x_" + ")" * depth
    if kind == "pow":
        return "^".join(["x_"] + ["1"] * depth)
    if kind == "plus":
        return " + ".join(["x_"] * (depth + 1))
    if kind == "index":
        return "bu[" * depth + "u" + "]" * depth
    out = "x_"
    for _ in range(depth):
        out = rng.choice(("({})", "-{}", "exp({})", "{} + 1", "2 * {}", "{}^2", "abs({})")).format(out)
    return out


@st.composite
def deep_specs(draw):
    kind = draw(st.sampled_from(NESTINGS))
    depth = draw(st.one_of(st.sampled_from((1, 10, 199, 200, 201, 1000, 5000)), st.integers(1, 3000)))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    atom = "(mu + bu[u] + bi[i] + dot(L[u], R[i]) - r)"
    inner = nested(kind, depth, rng).replace("x_", atom)
    text = EXAMPLE_TEXTS[[("matrix_completion" in t) for t in EXAMPLE_TEXTS].index(True)]
    text = re.sub(r"loss .*\n", lambda m: f"loss {inner} + (mu + bu[u] + bi[i] + dot(L[u], R[i]) - r)^2\n", text, count=1)
    where = draw(st.sampled_from(("loss", "predict", "step")))
    if where == "predict":
        text = re.sub(r"predict .*\n", lambda m: f"predict {inner.replace(atom, 'mu')} + dot(L[u], R[i]) + bu[u] + bi[i]\n", text)
    elif where == "step":
        text += f"\n  epochs {nested(kind, depth, rng).replace('bu[', '(').replace('x_', '1')}\n"
    return text


FAMILIES = {
    "wellformed": wellformed,
    "tokens": token_mutants,
    "bytes": byte_mutants,
    "numbers": number_mutants,
    "nesting": deep_specs,
}


def cases():
    """``(family, spec text or bytes)`` from every family."""
    return st.one_of(*[FAMILIES[k]().map(lambda s, k=k: (k, s)) for k in FAMILIES])


# ---------------------------------------------------------------------------
# Running one case
# ---------------------------------------------------------------------------


class Hang(Exception):
    """A case ran past its time limit."""


class _Alarm:
    def __init__(self, seconds: float):
        self.seconds = seconds

    def _fire(self, *_):
        raise Hang(f"case ran longer than {self.seconds} s")

    def __enter__(self):
        self.old = signal.signal(signal.SIGALRM, self._fire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc):
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.old)
        return False


_POS = re.compile(r":\d+:\d+: ")


def _check_error(e: BaseException, stage: str) -> str:
    """The outcome name of an error, or raise AssertionError when it breaks the property."""
    if isinstance(e, Hang):
        raise AssertionError(f"{stage}: {e}")  # noqa: TRY004 - a failed property, not a type error
    if isinstance(e, SpecError):
        if e.loc is None or e.loc.line < 1 or e.loc.col < 1 or not _POS.search(str(e)):
            raise AssertionError(f"{stage}: SpecError without a line:column position: {e}")
        e.render()  # the caret rendering never fails either
        return "spec_error"
    if isinstance(e, SgdcError):
        if stage == "front end":
            raise AssertionError(f"front end: {type(e).__name__} without a position: {e}")
        e.render()
        return type(e).__name__.lower()
    raise AssertionError(f"{stage}: {type(e).__name__} escaped sgdc: {e!r}") from e


def _small(model, dims: dict) -> bool:
    size = 0
    for p in model.params:
        s = 1
        for e in p.shape:
            s *= dims[e] if isinstance(e, str) else e
        size = max(size, s)
    for f in model.fields:
        if f.kind in ("vector", "index"):
            e = f.extent
            size = max(size, dims.get(e, 0) if isinstance(e, str) else e)
    return size <= SMALL


def compile_and_run(model) -> str:
    """Lower, generate LLVM IR, JIT-compile every layout; run one epoch when small."""
    from sgdc.runtime.engine import CompiledLayout
    from sgdc.runtime.params import init_params
    from sgdc.runtime.program import Program

    prog = Program(model)
    layouts = {f.name: "sparse" for f in model.vector_fields}
    CompiledLayout(prog.uir, layouts)  # codegen + JIT
    dims = strategies.dims_for(model)
    if not _small(model, dims):
        return "compiled"
    ds = strategies.make_data(model, 8, seed=0, layout="sparse", dims=dims)
    bits = model.schedule.precision.D
    if bits < 32:  # low-precision data: fixed-point codes, as bind makes them
        from sgdc.data.bind import Encoders, _quantise_data

        ds = _quantise_data(model, ds, Encoders(), True, bits)
    prog.params = init_params(model, ds.dims, 0)
    with np.errstate(all="ignore"):
        prog.engine.epoch(prog.state, ds, np.arange(ds.n), 0, 0)
        prog.engine.predict(prog.state, ds)
        prog.engine.losses(prog.state, ds)
    return "ran"


class Campaign:
    """Runs cases and counts outcomes per family."""

    def __init__(self, compile_every: int = 1, tmpdir: str | None = None):
        self.counts: Counter = Counter()
        self.compile_every = max(int(compile_every), 0)
        self.clean = 0
        self.slowest = (0.0, "")
        self.tmp = Path(tmpdir or tempfile.mkdtemp(prefix="sgdc-fuzz-")) / "case.sgd"

    def run(self, family: str, spec) -> str:
        t = time.perf_counter()
        outcome = self._run(family, spec)
        dt = time.perf_counter() - t
        if dt > self.slowest[0]:
            self.slowest = (dt, family)
        self.counts[(family, outcome)] += 1
        self.counts[("all", "cases")] += 1
        return outcome

    def _run(self, family, spec) -> str:
        try:
            with _Alarm(CASE_SECONDS):
                if isinstance(spec, bytes):
                    self.tmp.write_bytes(spec)
                    model = load_model(str(self.tmp))
                else:
                    model = load_model(spec if "\n" in spec else spec + "\n")
        except Exception as e:  # noqa: BLE001 - the property is about which exceptions come out
            return _check_error(e, "front end")
        self.clean += 1
        if not self.compile_every or self.clean % self.compile_every:
            return "checked"
        try:
            with _Alarm(COMPILE_SECONDS):
                return compile_and_run(model)
        except Exception as e:  # noqa: BLE001
            return "compile_" + _check_error(e, "compile")


def run_campaign(n: int, seed: int | None = 0, compile_every: int = 1, families=None, progress=False) -> Campaign:
    camp = Campaign(compile_every)
    strat = cases() if families is None else st.one_of(
        *[FAMILIES[k]().map(lambda s, k=k: (k, s)) for k in families])
    t0 = time.perf_counter()

    @settings(max_examples=n, deadline=None, database=None, derandomize=seed is None,
              phases=[Phase.explicit, Phase.generate, Phase.shrink],
              suppress_health_check=list(HealthCheck))
    @given(strat)
    def one(case):
        camp.run(*case)
        k = camp.counts[("all", "cases")]
        if progress and k % 5000 == 0:
            print(f"  {k} cases, {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)

    if seed is not None:
        from hypothesis import seed as hseed

        one = hseed(seed)(one)
    one()
    return camp


def report(camp: Campaign, seconds: float) -> str:
    fams = sorted({f for f, _ in camp.counts if f != "all"})
    outs = sorted({o for f, o in camp.counts if f != "all"})
    lines = [f"{'family':<12}" + "".join(f"{o:>18}" for o in outs) + f"{'total':>10}"]
    for f in fams:
        row = [camp.counts.get((f, o), 0) for o in outs]
        lines.append(f"{f:<12}" + "".join(f"{v:>18}" for v in row) + f"{sum(row):>10}")
    total = camp.counts[("all", "cases")]
    lines.append(f"{total} cases in {seconds:.0f} s; 0 failures; slowest case {camp.slowest[0]:.2f} s "
                 f"({camp.slowest[1]})")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.fuzz_specs", description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--compile-every", type=int, default=10,
                    help="compile (and run, when small) every N-th spec that checks cleanly; 0: never")
    ap.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only these families")
    args = ap.parse_args(argv)
    os.environ.setdefault("SGDC_CACHE", "off")
    t = time.perf_counter()
    camp = run_campaign(args.cases, args.seed, args.compile_every, args.family, progress=True)
    print(report(camp, time.perf_counter() - t))
    return 0


if __name__ == "__main__":
    sys.exit(main())
