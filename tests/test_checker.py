"""Checker tests: target inference, shapes, the data-vector rule, schedules and overrides."""
import re
from pathlib import Path

import pytest

from sgdc.ir import model as ir
from sgdc.frontend.checker import check
from sgdc.errors import SpecError, UserError
from sgdc.frontend.load import load_model
from sgdc.frontend.parser import parse
from sgdc.ir.precision import Precision
from sgdc.ir.schedule import SCHEDULE_FIELDS, Schedule, Training, apply_overrides, override, override_model


def model_of(text):
    return check(parse(text, "t.sgd"), text, "t.sgd")


def error_of(text):
    with pytest.raises(SpecError) as info:
        model_of(text)
    return info.value.message


LINEAR = """model m
dim d
data x : [d]
data y : {kind}
param w : [d] = 0
loss {loss}
predict {predict}
"""


def linear(loss="(dot(w, x) - y)^2", predict="dot(w, x)", kind="real", extra=""):
    return LINEAR.format(loss=loss, predict=predict, kind=kind) + extra


# -- target inference ---------------------------------------------------------

@pytest.mark.parametrize("name, target, task", [
    ("least_squares", "y", "regression"),
    ("logistic", "y", "binary"),
    ("svm", "y", "binary"),
    ("softmax", "y", "multiclass"),
    ("matrix_completion", "r", "regression"),
    ("psd_completion", "a", "regression"),
])
def test_target_of_examples(name, target, task):
    m = load_model(name)
    assert m.target == target
    assert m.task == task


def test_target_is_the_field_predict_does_not_use():
    m = model_of("model m\ndata a : real\ndata b : real\nparam w : real = 0\n"
                 "loss (w * b - a)^2\npredict w * b\n")
    assert m.target == "a"


def test_no_or_two_targets():
    assert error_of(linear(predict="dot(w, x) * y")).startswith("cannot tell the target")
    text = ("model m\ndim d\ndata x : [d]\ndata y : real\ndata z : real\nparam w : [d] = 0\n"
            "loss (dot(w, x) - y * z)^2\npredict dot(w, x)\n")
    assert "'y', 'z'" in error_of(text)


def test_index_target_needs_scores():
    m = load_model("softmax")  # predict W @ x + b: a score per class
    assert m.predict.shape == ("classes",)
    assert isinstance(m.predict, ir.Binary) and m.predict.op == "add"
    mv = m.predict.lhs
    assert isinstance(mv, ir.MatVec) and mv.shape == ("classes",)
    assert mv.mat == ir.ParamRef("W", (), ("classes", "d"))
    assert mv.vec == ir.FieldRef("x", ("d",))
    assert m.predict.rhs == ir.ParamRef("b", (), ("classes",))


# -- shapes -------------------------------------------------------------------

def test_matrix_completion_shapes():
    m = load_model("matrix_completion")
    k, lam = m.consts
    assert k.name == "k" and isinstance(k.value, int)
    assert lam.name == "lam" and [r.strength for r in m.regulars] == [0.05, lam.value]  # l2(lam) on L, R
    assert m.param("L").shape == ("users", k.value)  # const k resolved
    refs = {n for n in ir.walk(m.loss) if isinstance(n, ir.ParamRef)}
    assert ir.ParamRef("L", ("u",), (k.value,)) in refs
    assert ir.ParamRef("bu", ("u",), ()) in refs
    assert ir.ParamRef("mu", (), ()) in refs
    assert m.param("L").init == ir.Init("normal", (0, 0.1))
    assert m.param("mu").init == ir.Init("const", (0,))


def test_psd_double_index():
    m = load_model("psd_completion")
    dot = m.predict
    assert isinstance(dot, ir.Dot)
    assert dot.lhs == ir.ParamRef("X", ("i",), (5,)) and dot.rhs == ir.ParamRef("X", ("j",), (5,))


def test_broadcast_and_mismatch():
    m = model_of(linear(loss="sum((w - 1) * 2) + (dot(w, x) - y)^2"))
    inner = m.loss.lhs.arg
    assert inner.shape == ("d",) and inner.lhs.shape == ("d",)
    text = ("model m\ndim d, e\ndata x : [d]\ndata y : real\nparam w : [d] = 0\nparam v : [e] = 0\n"
            "loss (dot(w, x) + sum(w + v) - y)^2\npredict dot(w, x)\n")
    assert "shape mismatch" in error_of(text)


def test_consts_dims_and_power():
    m = model_of("model m\ndim d\nconst c = -2.5\nconst k = 3\ndata x : [d]\ndata y : real\n"
                 "param w : [d] = uniform(-1, 1)\nparam v : [k] = 0\n"
                 "loss -(dot(w, w) * c / d - y + sum(v))^(k - 1)\npredict dot(w, w) + 0 * sum(w) + 0 * dot(w, x)\n")
    # -e^2 is -(e^2); const exponent arithmetic is folded
    assert isinstance(m.loss, ir.Unary) and m.loss.op == "neg"
    assert isinstance(m.loss.arg, ir.Pow) and m.loss.arg.exponent == 2.0
    consts = [n for n in ir.walk(m.loss) if isinstance(n, ir.Num)]
    assert ir.Num(-2.5) in consts
    assert any(isinstance(n, ir.DimRef) and n.name == "d" for n in ir.walk(m.loss))
    assert m.param("v").shape == (3,)
    assert m.param("w").init == ir.Init("uniform", (-1, 1))


def test_at_is_times_for_non_matrices():
    m = model_of(linear(loss="(2 @ dot(w, x) - y)^2"))
    assert m.loss.base.lhs.op == "mul"


def test_max_min_and_reductions():
    m = model_of(linear(loss="max(0, 1 - y * dot(w, x)) + min(norm2(w), logsumexp(w))", kind="label"))
    assert m.loss.lhs.op == "max" and m.loss.rhs.op == "min"
    assert isinstance(m.loss.rhs.lhs, ir.Reduce) and m.loss.rhs.lhs.op == "norm2"


# -- the data-vector rule -----------------------------------------------------

def test_data_vector_goes_to_dot_rhs():
    m = model_of(linear(loss="(dot(x, w) - y)^2"))
    assert m.loss.base.lhs == ir.Dot(ir.ParamRef("w", (), ("d",)), ir.FieldRef("x", ("d",)))


@pytest.mark.parametrize("loss", [
    "(sum(x) - y)^2 + dot(w, x)",
    "(dot(w * x, w) - y)^2",
    "(dot(w, x) - y)^2 + norm2(x)",
    "(dot(w, x + w) - y)^2",
])
def test_data_vector_elsewhere_is_an_error(loss):
    assert "storage may be sparse" in error_of(linear(loss=loss))


@pytest.mark.parametrize("loss, derived", [
    ("(dot(w, x * 2) - y)^2", "(x * 2)"),
    ("(dot(w, exp(x)) - y)^2", "exp(x)"),
])
def test_an_elementwise_function_of_a_data_vector_in_dot_is_a_derived_field(loss, derived):
    m = model_of(linear(loss=loss))
    f = m.field(derived)
    assert (f.kind, f.extent, f.source) == ("vector", "d", "x") and f not in m.data_fields


def test_dot_of_two_data_vectors():
    text = ("model m\ndim d\ndata x : [d]\ndata z : [d]\ndata y : real\nparam w : [d] = 0\n"
            "loss (dot(w, x) + dot(z, x) - y)^2\npredict dot(w, x) + 0 * dot(w, z)\n")
    assert error_of(text) == "dot of two data vectors is not supported"


def test_whole_matrix_only_left_of_at():
    text = ("model m\ndim d, c\ndata x : [d]\ndata y : index[c]\nparam W : [c, d] = 0\n"
            "loss logsumexp(W @ x) - dot(W[y], x)\npredict W * 2\n")
    assert "left operand of '@'" in error_of(text)


# -- other checks ---------------------------------------------------------------

def test_every_param_read_by_loss():
    assert error_of(linear(extra="param b : real = 0\n")) == "param 'b' is not used by the loss"


def test_step_context():
    assert "step" in error_of(linear(loss="(dot(w, x) - y)^2 * t"))
    m = model_of(linear(extra="schedule\n step 0.5 * min(1, 100 / (1 + t)) / d\n"))
    vars_ = {n.name for n in ir.walk(m.training.step) if isinstance(n, (ir.Var, ir.DimRef))}
    assert vars_ == {"t", "d"}


def test_schedule_from_spec():
    m = model_of(linear(extra="schedule\n step 0.1/(1+epoch)\n precision D8M16\n threads auto\n"
                        " epochs 3\n rounding unbiased\n layout replicated\n data_layout sparse\n"
                        " order sequential\n shard roundrobin\n"))
    s, tr = m.schedule, m.training
    assert tr.step_text == "0.1 / (1 + epoch)" and tr.epochs == 3
    assert (s.precision, s.threads, s.rounding, s.layout) == (Precision(8, 16, 32, 16), "auto", "unbiased", "replicated")
    assert (s.data_layout, s.order, s.shard) == ("sparse", "sequential", "roundrobin")
    # the block sets both values; each keeps the spec's locations of its own fields
    assert [n for n, _ in tr.locs] == ["step", "epochs"]
    assert [n for n, _ in s.locs] == ["precision", "threads", "rounding", "layout", "data_layout", "order", "shard"]
    assert s.loc_of("threads").line == 11 and tr.loc_of("epochs").line == 12
    assert model_of(linear()).schedule == Schedule() and model_of(linear()).training == Training()


@pytest.mark.parametrize("sig, canonical", [("D32M32", "D32M32"), ("D8M16", "D8M16"), ("D8M8G32C16", "D8M8C16"),
                                            ("D16M16C8", "D16M16C8"), ("D8M8G16C8", "D8M8G16")])
def test_precision_signatures(sig, canonical):
    """Signatures are kept in canonical short form: defaults (G32, C = M) are dropped."""
    p = model_of(linear(extra=f"schedule precision {sig}\n")).schedule.precision
    assert isinstance(p, Precision) and str(p) == canonical


@pytest.mark.parametrize("sig", ["d8m8", "D8", "M8", "D4M8", "D8M8G", "D8M8C16G32"])
def test_bad_precision_signatures(sig):
    assert "precision" in error_of(linear(extra=f"schedule precision {sig}\n"))


# -- overrides --------------------------------------------------------------------

def test_overrides_from_strings():
    t, s = override(Training(), Schedule(), threads="4", epochs="7", precision="D8M16", rounding="unbiased",
                    data_layout="dense", step="0.1/(1+epoch)")
    assert (s.threads, t.epochs, s.precision, s.rounding, s.data_layout) == (4, 7, Precision(8, 16, 32, 16),
                                                                              "unbiased", "dense")
    assert t.step_text == "0.1 / (1 + epoch)"
    assert isinstance(t.step, ir.Binary)
    assert apply_overrides(Schedule(), threads="auto").threads == "auto"


def test_overrides_from_python_values():
    t, s = override(Training(), Schedule(), threads=8, epochs=2, step=0.25, **{"data-layout": "sparse"})
    assert (s.threads, t.epochs, t.step, t.step_text, s.data_layout) == (8, 2, ir.Num(0.25), "0.25", "sparse")
    assert apply_overrides(Schedule(), threads=None) == Schedule()
    assert override(Training(), Schedule(), precision=Precision(8, 16, 32, 16))[1].precision == Precision(8, 16, 32, 16)


def test_overrides_drop_spec_locations():
    m = model_of(linear(extra="schedule\n threads 2\n layout replicated\n epochs 3\n"))
    s = apply_overrides(m.schedule, threads=4)
    assert s.loc_of("threads") is None and s.loc_of("layout") is not None
    t = apply_overrides(m.training, epochs=4)
    assert t.loc_of("epochs") is None and t.epochs == 4


def test_typed_values_are_converted_once_at_construction():
    # text (a schedule file, a flag) becomes typed fields when a value is built; a typed value is kept as it is
    s = Schedule(precision="D8M8G32C16", threads="4", data_range="2.5", sync="0")
    assert s.precision == Precision(8, 8, 32, 16)
    assert (s.threads, s.data_range, s.sync) == (4, 2.5, 0)
    t = Training(step="0.5 / (1 + t)", epochs="3", validation_fraction="0.25", patience="off", tol="0")
    assert (t.step_text, t.epochs, t.validation_fraction, t.patience, t.tol) == ("0.5 / (1 + t)", 3, 0.25, None, 0.0)
    assert isinstance(t.step, ir.Binary)
    assert Schedule(precision=s.precision).precision is s.precision
    with pytest.raises(UserError, match="schedule field 'rounding'"):
        Schedule(rounding="up")
    with pytest.raises(UserError, match="schedule field 'step'"):
        Training(step="0.1 * d")  # no names in scope: a dim needs the model (override_model)


def test_an_override_goes_to_its_own_value():
    m = load_model("logistic")
    m2 = override_model(m, epochs=3, threads=2)
    assert (m2.training.epochs, m2.schedule.threads) == (3, 2)
    assert m2.math == m.math and m2.loss is m.loss  # the model's math is shared, never rebuilt
    assert override_model(m) is m
    with pytest.raises(UserError, match="'epochs' is a training setting"):
        apply_overrides(Schedule(), epochs=3)
    with pytest.raises(UserError, match="'threads' is a schedule setting"):
        apply_overrides(Training(), threads=3)


@pytest.mark.parametrize("field, value", [
    ("threads", "0"), ("threads", "many"), ("threads", -2), ("threads", 2.5), ("threads", True),
    ("epochs", "0"), ("epochs", 1.0), ("precision", "D7M8"), ("rounding", "up"), ("layout", "dense"),
    ("order", "random"), ("shard", "blocks"), ("data_layout", "csr"),
    ("step", "0.1 *"), ("step", "-1"), ("step", "0.1 * y"), ("step", 0), ("step", float("nan")), ("step", "1/0"),
])
def test_bad_override_values(field, value):
    with pytest.raises(UserError) as info:
        override(Training(), Schedule(), **{field: value})
    msg = str(info.value)
    assert f"'{field}'" in msg
    if field != "step":
        assert SCHEDULE_FIELDS[field].allowed in msg


def test_unknown_override_field():
    with pytest.raises(UserError, match="unknown schedule field 'speed'"):
        override(Training(), Schedule(), speed=3)


def test_step_override_with_model_names():
    m = load_model("matrix_completion")
    m2 = override_model(m, step="0.1 * k / users")
    assert m2.training.step_text == "0.1 * k / users"
    assert m2.loss == m.loss and m2.schedule == m.schedule
    with pytest.raises(UserError):
        apply_overrides(m.training, step="0.1 / users")  # no model, no dims
    with pytest.raises(UserError, match="a data field \\('u'\\) cannot be used in the step size"):
        override_model(m, step="0.1 * u")  # the model's names in scope: a data field is named as one


@pytest.mark.parametrize("step, message", [
    ("0.1 * w[u]", "a param ('w') cannot be used in the step size"),
    ("0.1 * y", "a data field ('y') cannot be used in the step size"),
    ("sum(0.1)", "'sum' cannot be used in the step size"),
    ("exp", "'exp' is a function; call it as exp(...)"),
    ("0.1 * ep", "unknown name 'ep'"),
    ("0.1 ^ t", "the exponent must be a constant (numbers and consts), but 't' is not"),
    ("max(0.1)", "max takes 2 arguments, got 1"),
    ("d(1)", "'d' is a dim, not a function"),
])
def test_one_step_typer_for_the_spec_and_for_overrides(step, message):
    # sgdc.frontend.step types the step of a spec's block and of an override alike: the same words either way
    spec = ("model m\ndim d\ndata x : [d]\ndata u : index[d]\ndata y : real\nparam w : [d] = 0\n"
            "loss (dot(w, x) + w[u] - y)^2\npredict dot(w, x) + w[u]\n")
    assert message in error_of(spec + f"schedule\n step {step}\n")
    with pytest.raises(UserError, match="bad value .* for schedule field 'step': " + re.escape(message)):
        override_model(model_of(spec), step=step)


# -- load_model ---------------------------------------------------------------------

def test_load_model_sources(tmp_path):
    text = (Path(__file__).resolve().parent.parent / "examples" / "svm.sgd").read_text()
    p = tmp_path / "svm.sgd"
    p.write_text(text)
    by_name, by_path, by_text = load_model("svm"), load_model(p), load_model(text)
    assert by_name == by_path == by_text
    assert by_path.filename == str(p) and by_text.filename == "<spec>"
    assert load_model(str(p), threads="2", epochs=5).schedule.threads == 2


def test_load_model_errors(tmp_path):
    with pytest.raises(UserError, match="cannot find spec"):
        load_model("no_such_model")
    with pytest.raises(UserError, match="cannot read"):
        load_model(tmp_path)  # a directory
    bad = tmp_path / "bad.sgd"
    bad.write_bytes(b"model m\n\xff\xfe")
    with pytest.raises(SpecError, match=r"bad.sgd:2:1: not UTF-8 text \(byte 0xff"):  # a position, like any spec error
        load_model(bad)
    with pytest.raises(UserError, match="unknown schedule field"):
        load_model("svm", bogus=1)
    with pytest.raises(SpecError):
        load_model("model m\nloss x\n")
