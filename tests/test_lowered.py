"""The lowered IR and the pass list: dumps, `--emit lowered`, what each pass changes, golden files.

Goldens (tests/golden/lowered/, tests/golden/llvm/) hold the lowered kernels and the LLVM module of the six
examples at D32M32, D16M16 and D8M16 (unbiased); they change only with ``SGDC_UPDATE_GOLDEN=1``.
"""
from __future__ import annotations

import os
from pathlib import Path

import llvmlite
import pytest

import sgdc
from sgdc import pipeline
from sgdc.cli import main
from sgdc.errors import InternalError
from sgdc.ir import lowered as lo
from sgdc.ir.lowered import format_kernels

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("SGDC_UPDATE_GOLDEN") == "1"
NAMES = sorted(p.stem for p in EXAMPLES.glob("*.sgd"))
# the examples as shipped at float32; at 16 bits, plain SGD (adaptive off): the folded fixed-point rules
PRECISIONS = {"D32M32": {}, "D16M16": {"rounding": "unbiased", "adaptive": "off"},
              "D8M16": {"rounding": "unbiased", "adaptive": "off"}}
PASSES = ["check", "differentiate", "loops", "precision", "rounding", "constraints", "threads", "lookahead", "prefetch",
          "llvm", "optimise"]


def _uir(name, **kw):
    return sgdc.compile(name, **kw).uir


def _coords(kernels):
    return {u.number: [(op.dst, op.name, op.args) for op in u.coord.ops] for u in lo.updates(kernels[0].body)}


def test_names_are_the_examples():
    assert NAMES == ["bpr", "fm", "least_squares", "logistic", "matrix_completion", "mlp", "multioutput",
                     "nonnegative_mf",
                     "psd_completion", "softmax", "svm", "trend"]


def test_compile_dumps_after_every_pass_in_order(capsys, monkeypatch):
    monkeypatch.setenv("SGDC_DUMP_PASSES", "1")
    assert main(["compile", "logistic", "--emit", "llvm-opt"]) == 0
    err = capsys.readouterr().err
    passes = [line[len("--- after "):-len(" ---")].split(" (")[0] for line in err.splitlines()
              if line.startswith("--- after ")]
    assert passes == PASSES, passes
    assert "data_layout auto: x sparse shown" in err


def test_training_builds_through_the_same_passes(capsys, monkeypatch):
    import numpy as np

    monkeypatch.setenv("SGDC_DUMP_PASSES", "1")
    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 4)).astype(np.float32)
    y = (X[:, 0] > 0).astype(np.float32) * 2 - 1
    sgdc.compile("logistic").fit(X, y, epochs=1, seed=0)
    err = capsys.readouterr().err
    dumped = [line for line in err.splitlines() if line.startswith("--- after ")]
    assert [d[len("--- after "):-len(" ---")].split(" (")[0] for d in dumped[:8]] == PASSES[:8]
    assert "--- after loops (x dense) ---" in dumped  # numpy rows bind dense: the kernels that run are shown


def test_emit_lowered_shows_the_fixed_point_rule(capsys):
    assert main(["compile", "logistic", "--emit", "lowered", "--precision", "D8M16", "--rounding", "unbiased", "--adaptive", "off"]) == 0
    out = capsys.readouterr().out
    for line in ("q = load w", "qf = widen q", "once: sd = fmul scale 4096", "once: B0 = fmul sc sd",
                 "once: A = finite A0 B0 1", "once: B = finite B0 A0 0", "16 lanes at a time", "qa = fmul qf A", "dq = fmul B xq", "r = stride 0 elem", "rc = round v r", "cs = saturate rc 16 finite",
                 "n = narrow cs 16", "store w n", "state = xorshift32(state)", "eval train (integer dots:",
                 "prefetch +16:"):
        assert line in out, line
    assert main(["compile", "logistic", "--emit", "lowered", "--adaptive", "off"]) == 0
    out = capsys.readouterr().out
    assert "widen" not in out and "draw" not in out and "stride" not in out and "xorshift" not in out
    assert "v = fsub w d" in out and "store w v" in out


def test_precision_pass_rewrites_only_fixed_point_params():
    uir = _uir("matrix_completion", precision="D8M16")
    ks = pipeline.lower(uir, {})
    coords = _coords(ks)
    mu = coords[0]  # a scalar param stays float32
    assert ("w", "load", ("mu",)) in mu and not any(n in ("widen", "round") for _, n, _ in mu)
    for m in (1, 2):  # biases bu, bi: the general rule (decode w)
        names = [n for _, n, _ in coords[m]]
        assert names[:3] == ["load", "widen", "decode"]
        assert names[-4:] == ["round", "saturate", "narrow", "store"]
        assert ("c", "round", ("v", 0.5)) in coords[m]  # nearest: no draw
    for m in (3, 4):  # factor rows L, R: the integer rule of a coded row, to nearest (r = 2^13, u = 1/2)
        assert [n for _, n, _ in coords[m]] == ["load", "irule", "isat", "narrow", "store"]
        assert ("v", "irule", ("q", "a", "xq", "b", 8192.0)) in coords[m]
    rows = [s for s in lo.walk(ks[0].body) if isinstance(s, lo.UpdateRows)]
    assert [s.packed for s in rows] == [32]
    pre = [(op.dst, op.name, op.args) for op in rows[0].updates[0].coord.pre]
    assert ("a", "ifactor", ("A", 0.5)) in pre and ("b", "ifactor", ("nB", 0.5)) in pre


def test_rounding_pass_draws_per_lane_or_per_vector():
    stride = _coords(pipeline.lower(_uir("matrix_completion", precision="D8M16", rounding="unbiased"), {}))
    lane = _coords(pipeline.lower(_uir("matrix_completion", precision="D8M16", rounding="unbiased", draw="lane"), {}))
    vec = _coords(pipeline.lower(_uir("matrix_completion", precision="D8M16", rounding="unbiased", draw="vector"),
                                 {}))
    # the default (stride): the factor rows' integer rule draws its bits from the update's stride hash
    assert ("r", "ibits", ("h", "elem")) in stride[3] and ("v", "irule", ("q", "a", "xq", "b", "r")) in stride[3]
    assert ("r", "stride", (1, "elem")) in stride[1]  # the biases' float rule
    # draw lane / vector: the integer rule is not used (its bits are strided); the folded float rule draws
    assert ("r", "draw", (3, "elem")) in lane[3] and ("r", "draw", (3,)) in vec[3]
    k = pipeline.lower(_uir("matrix_completion", precision="D8M16", rounding="unbiased"), {})[0]
    assert sum(isinstance(s, lo.AdvanceStream) for s in lo.walk(k.body)) == 1


def test_threads_pass_copies_or_locks():
    uir = _uir("logistic")
    free = pipeline.lower(uir, {"x": "dense"})[0]
    assert [(type(s).__name__, getattr(s, "action", None)) for s in free.body] == [
        ("Copies", "pull"), ("Examples", None), ("Copies", "finish")]
    assert {x.param for x in free.body[0].exchanges} == {"w", "b"}  # a dense dot: w is hot too
    sparse = pipeline.lower(uir, {"x": "sparse"})[0]
    assert {x.param for x in sparse.body[0].exchanges} == {"b"}
    locked = pipeline.lower(uir, {"x": "sparse"}, locked=True)[0]
    body = locked.body[0].body
    assert [type(s).__name__ for s in body[:2]] == ["Prefetch", "Lock"] and isinstance(body[-1], lo.Unlock)
    assert not any(isinstance(s, lo.Copies) for s in lo.walk(locked.body))
    q = pipeline.lower(_uir("logistic", precision="D8M16", rounding="unbiased"), {"x": "dense"})[0]
    assert {x.param: x.fixed_bits for x in q.body[0].exchanges} == {"w": 16, "b": 0}


def test_predict_and_losses_kernels_have_no_updates():
    for k in pipeline.lower(_uir("softmax"), {"x": "sparse"})[1:]:
        kinds = {type(s).__name__ for s in lo.walk(k.body)}
        assert kinds == {"Examples", "Eval", "StoreOut"}, kinds


def test_printer_refuses_an_op_it_has_no_rule_for():
    from dataclasses import replace

    from sgdc.backend.codegen import print_module

    uir = _uir("least_squares")
    ks = pipeline.lower(uir, {"x": "sparse"})

    def bad(s):
        if isinstance(s, lo.UpdateEach) and s.over == "support":
            c = s.update.coord
            return [replace(s, update=replace(s.update, coord=c.with_ops((lo.Op("z", "teleport", ("g",)),))))]
        return [s]

    broken = (ks[0].with_body(lo.map_stmts(ks[0].body, bad)),) + ks[1:]
    with pytest.raises(InternalError, match="teleport"):
        print_module(broken, uir)


@pytest.mark.parametrize("precision", list(PRECISIONS))
@pytest.mark.parametrize("name", NAMES)
def test_lowered_and_llvm_match_golden(name, precision):
    uir = _uir(name, precision=precision, **PRECISIONS[precision])
    layouts = pipeline.layouts_for(uir.model)
    lowered = format_kernels(pipeline.lower(uir, layouts))
    llvm = f"; llvmlite {llvmlite.__version__}\n" + str(pipeline.emit(uir, layouts)[0])
    files = {GOLDEN / "lowered" / f"{name}.{precision}.txt": lowered, GOLDEN / "llvm" / f"{name}.{precision}.ll": llvm}
    for path, text in files.items():
        if UPDATE:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            continue
        want = path.read_text()
        if path.suffix == ".ll" and want.splitlines()[0] != text.splitlines()[0]:
            pytest.skip(f"LLVM goldens were written by {want.splitlines()[0][2:]}, this is llvmlite "
                        f"{llvmlite.__version__}: its text form may differ (SGDC_UPDATE_GOLDEN=1 rewrites them)")
        assert text == want, f"{path.name} changed (SGDC_UPDATE_GOLDEN=1 rewrites it after a deliberate change)"


def test_emit_shows_the_kernels_after_each_lowering_pass(capsys):
    def emit(stage):
        assert main(["compile", "logistic", "--emit", stage, "--precision", "D8M16", "--rounding", "unbiased"]) == 0
        return capsys.readouterr().out

    after = {stage: emit(stage) for stage in pipeline.LOWERING + ("lowered",)}
    assert "widen" not in after["loops"] and "widen" in after["precision"]
    assert "stride" not in after["precision"] and "r = stride 0 elem" in after["rounding"]
    assert "copies" not in after["rounding"] and "copies pull: b" in after["threads"]
    assert "prefetch" not in after["threads"] and "prefetch +16" in after["prefetch"]
    assert after["prefetch"] == after["lowered"]


def test_precision_pass_folds_the_float_round_trip_of_updates_over_data_entries():
    # w -= step * (c * x + l2 * w) at each entry: A = 1 - step*l2 and B = step*c*scale/delta once per example,
    # then qf * A - B * xq a coordinate (no decode of w, no scaling per entry)
    coords = {u.number: u.coord for u in lo.updates(pipeline.lower(_uir("logistic", precision="D8M16", adaptive="off"),
                                                                   {"x": "sparse"})[0].body)}
    w = coords[0]
    assert w.data and [op.dst for op in w.pre] == ["sl", "A0", "sc", "sd", "B0", "A", "B"]
    assert [op.name for op in w.pre[-2:]] == ["finite", "finite"]  # v is never NaN: saturate without a NaN test
    assert [op.args for op in w.ops if op.name == "saturate"] == [("rc", 16, "finite")]
    assert [op.name for op in w.ops] == ["load", "widen", "fmul", "fmul", "fsub", "round", "saturate", "narrow",
                                        "store"]
    d32 = {u.number: u.coord for u in lo.updates(pipeline.lower(_uir("logistic", precision="D32M16", adaptive="off"),
                                                                {"x": "dense"})[0].body)}[0]
    assert [op.dst for op in d32.pre] == ["sl", "A0", "sc", "B0", "A", "B"]  # float32 data: the values are the codes
    # an l1 regulariser needs sign(w): the general rule stays
    l1 = (EXAMPLES / "logistic.sgd").read_text().replace("regular  l2(1e-6) on w", "regular  l1(1e-4) on w")
    c = {u.number: u.coord for u in lo.updates(pipeline.lower(sgdc.compile(l1, precision="D8M16", adaptive="off").uir,
                                                              {"x": "sparse"})[0].body)}[0]
    assert not c.data and "sign" in [op.name for op in c.ops]


def test_precision_pass_reads_the_codes_of_a_row_coefficient():
    # L[u] -= step * (e * R[i] + l2 * L[u]): the coefficient is a scalar times R's row, so L's rule reads R's codes
    # (before any write) and folds R's step into its once-per-example factor; the same for R with L's codes
    coords = {u.number: u.coord for u in lo.updates(pipeline.lower(_uir("matrix_completion", precision="D8M16"),
                                                                   {})[0].body)}
    assert coords[3].source == ("t14", "t6", "R") and coords[4].source == ("t14", "t5", "L")
    # (both rows' rules folded, so the statement is packed: the integer rule reads the codes as integers)
    assert [op.name for op in coords[3].ops] == ["load", "irule", "isat", "narrow", "store"]
    assert [op.dst for op in coords[3].pre][:7] == ["sl", "A0", "sc", "sd", "B0", "A", "B"]
    assert not coords[1].source  # a bias: its coefficient is a scalar
    # a coefficient that is not one product (norm2 adds the row's own term): the general row rule
    spec = (EXAMPLES / "matrix_completion.sgd").read_text().replace(
        "loss     (mu + bu[u] + bi[i] + dot(L[u], R[i]) - r)^2",
        "loss     (mu + bu[u] + bi[i] + dot(L[u], R[i]) - r)^2 + 0.01 * norm2(L[u])")
    c = {u.number: u.coord for u in lo.updates(pipeline.lower(sgdc.compile(spec, precision="D8M16").uir,
                                                              {})[0].body)}
    assert not c[3].source and c[4].source[1:] == ("t5", "L")
    # one member is not a coded row's rule, so the statement is not packed: R keeps the folded float rule
    assert [op.name for op in c[4].ops][:5] == ["load", "widen", "fmul", "fmul", "fsub"]


def _lookahead(kernels):
    (ex,) = [s for s in kernels[0].body if isinstance(s, lo.Examples)]
    return ex


def test_lookahead_pass_carries_a_dense_float32_score():
    # w[j] = A w[j] - B xq[j]: the next example's w . x is A (w . x[next]) - B (x[e] . x[next]), both dots taken
    # before the update; the first example of a call computes its own
    ex = _lookahead(pipeline.lower(_uir("logistic", precision="D32M32", order="sequential", adaptive="off"), {"x": "dense"}))
    la = ex.lookahead
    assert la is not None and (la.param, la.field, la.update, la.alpha) == ("w", "x", 0, "A")
    assert [(op.name, op.args) for op in la.ops] == [("fsub", (0.0, "B"))] and la.beta == la.ops[0].dst
    kinds = [type(s).__name__ for s in ex.body]
    assert kinds.index("NextDots") < kinds.index("UpdateEach") < kinds.index("Carry")
    text = format_kernels(pipeline.lower(_uir("logistic", precision="D32M32", order="sequential", adaptive="off"), {"x": "dense"}))
    assert "lookahead t2 = w . x[e]" in text and "t2 for next = A D + la.b C" in text


@pytest.mark.parametrize("case", ["sparse", "codes", "fixed", "locked", "l1", "shuffle", "blocks"])
def test_lookahead_pass_leaves_alone(case):
    """Sparse rows (the dot of two rows is a merge), 8-bit rows (bound by instructions: the extra dot costs more
    than the chain saves), fixed-point models (bit for bit with the reference), the lock (one example at a
    time), a rule that is not linear in w (l1: sign(w)), the shuffled orders (each row a random read: no gain)."""
    spec = (EXAMPLES / "logistic.sgd").read_text()
    if case == "l1":
        spec = spec.replace("regular  l2(1e-6) on w", "regular  l1(1e-4) on w")
    prec = {"codes": "D8M32", "fixed": "D32M16"}.get(case, "D32M32")
    uir = sgdc.compile(spec, precision=prec, order=case if case in ("shuffle", "blocks") else "sequential").uir
    kernels = pipeline.lower(uir, {"x": "sparse" if case == "sparse" else "dense"}, locked=case == "locked")
    assert _lookahead(kernels).lookahead is None
    assert not any(isinstance(s, (lo.NextDots, lo.Carry)) for s in lo.walk(kernels[0].body))


def test_linear_rule_reads_alpha_and_beta():
    from sgdc.passes.lookahead import linear_rule

    def rule(*ops):
        return lo.Coord("w", tuple(lo.Op(*o) for o in ops), data=True)

    assert linear_rule(rule(("w", "load", ("w",)), ("d", "fmul", ("B", "xq")), ("v", "fsub", ("w", "d")),
                            (None, "store", ("w", "v")))) == ((lo.Op("la.b", "fsub", (0.0, "B")),), 1.0, "la.b")
    # w + 0.5 is not linear in (w, xq) alone; w * w is not linear; a sign is not
    assert linear_rule(rule(("w", "load", ("w",)), ("v", "fadd", ("w", 0.5)), (None, "store", ("w", "v")))) is None
    assert linear_rule(rule(("w", "load", ("w",)), ("v", "fmul", ("w", "w")), (None, "store", ("w", "v")))) is None
    assert linear_rule(rule(("w", "load", ("w",)), ("s", "sign", ("w",)), ("v", "fsub", ("w", "s")),
                            (None, "store", ("w", "v")))) is None
