"""Numerical honesty (issue 14, item 8): no silently wrong training with exit status 0.

* a step that is not a positive finite number where training would use it is refused, naming epoch, t and value;
* divergence is a mean loss that grew ten-thousandfold over its start (or is not finite), not only NaN/inf;
* fixed-point data that rounds most of its values to 0 or clips many is warned about, with the numbers;
* saturated fixed-point params are mentioned in ``sgdc train``'s text output.
"""
from __future__ import annotations

import json
import math
import warnings

import numpy as np
import pytest

import sgdc
from sgdc.cli import main
from sgdc.errors import SgdcWarning, UserError
from sgdc.runtime.program import DIVERGENCE_FACTOR, diverged
from sgdc.ir.schedule import STEP_CHECK_EPOCHS, STEP_CHECK_INSIDE, check_step_values, planned_step_points
from sgdc.data.synth import synthesize

from conftest import EXAMPLES
from strategies import subgradient_l1

EXAMPLE_NAMES = sorted(p.stem for p in EXAMPLES.glob("*.sgd"))


def _data(name, n=2000, seed=0):
    prog = sgdc.compile(name)
    fields, dims = synthesize(prog.model, n=n, seed=seed)
    return fields, dims


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- the step ----------------------------------------------------------------------------------------------

def test_a_step_that_turns_negative_is_refused_before_training():
    f, _ = _data("logistic")
    prog = sgdc.compile("logistic", step="0.1 - 0.01*epoch", epochs=12)
    with pytest.raises(UserError) as e:
        prog.fit(f["x"], f["y"])
    assert str(e.value) == (
        "the step is -0.01 at epoch 11 (t = 22000): a step must be a positive finite number; change the step "
        "(now: 0.1 - 0.01 * epoch; epoch counts from 0, t is the number of steps before this one) or train fewer "
        "epochs")
    assert prog.epochs_done == 0 and prog.history.train_loss == []  # nothing ran
    prog.fit(f["x"], f["y"], epochs=10)  # epochs 0-9: 0.1 down to 0.01, all positive
    assert prog.epochs_done == 10


@pytest.mark.parametrize("step, value, epoch", [("0*epoch", "0", 0), ("log(epoch)", "-inf", 0), ("1/epoch", "inf", 0),
                                                ("sqrt(2 - epoch)", "0", 2), ("sqrt(1.5 - epoch)", "nan", 2)])
def test_zero_and_non_finite_steps_are_refused(step, value, epoch):
    f, _ = _data("logistic", n=500)
    prog = sgdc.compile("logistic", step=step, epochs=4)
    with pytest.raises(UserError, match=rf"^the step is {value} at epoch {epoch} \(t = {500 * epoch}\): a step must "
                                        r"be a positive finite number"):
        prog.fit(f["x"], f["y"])


def test_a_step_too_small_for_float32_is_zero_as_the_kernels_see_it():
    f, _ = _data("logistic", n=300)
    with pytest.raises(UserError, match=r"^the step is 0 at epoch 0 \(t = 0\)"):
        sgdc.compile("logistic", step="1e-50 + 0*t", epochs=1).fit(f["x"], f["y"])


def test_a_step_of_t_is_checked_inside_each_epoch():
    """0.1 - 4e-5 t crosses 0 at t = 2500, inside epoch 2 (t = 2000 .. 2999): found at a sample inside it."""
    f, _ = _data("logistic", n=1000)
    prog = sgdc.compile("logistic", step="0.1 - 0.00004*t", epochs=3)
    with pytest.raises(UserError, match=r"^the step is -0\.00996\d* at epoch 2 \(t = 2749\): "):
        prog.fit(f["x"], f["y"])
    assert prog.epochs_done == 0
    prog.fit(f["x"], f["y"], epochs=2)  # t < 2000: positive
    assert prog.epochs_done == 2


def test_the_step_check_counts_on_from_a_warm_start():
    f, _ = _data("logistic", n=1000)
    prog = sgdc.compile("logistic", step="0.1 - 0.04*epoch")
    prog.fit(f["x"], f["y"], epochs=2)  # epochs 0, 1
    with pytest.raises(UserError, match=r"^the step is -0\.02\d* at epoch 3 \(t = 3000\)"):
        prog.fit(f["x"], f["y"], epochs=2, warm_start=True)  # epochs 2 (0.02), 3 (-0.02)
    assert prog.epochs_done == 2


def test_planned_points_cover_every_epoch_or_a_sample_with_both_ends():
    pts = planned_step_points(3, 600, 100, 4)
    assert sorted({e for e, _ in pts}) == [3, 4, 5, 6]
    inside = [t for e, t in pts if e == 4]
    assert inside[0] == 700 and inside[-1] == 799 and len(inside) == STEP_CHECK_INSIDE + 2
    many = planned_step_points(0, 0, 10, 5 * STEP_CHECK_EPOCHS)
    epochs = sorted({e for e, _ in many})
    assert len(epochs) == STEP_CHECK_EPOCHS and epochs[0] == 0 and epochs[-1] == 5 * STEP_CHECK_EPOCHS - 1
    assert planned_step_points(0, 0, 1, 2) == [(0, 0), (1, 1)]  # one example an epoch: one t each
    assert planned_step_points(0, 0, 10, 0) == []


def test_an_epoch_the_sample_skips_is_caught_at_run_time():
    """With more epochs than the sample holds, a step bad at one unsampled epoch stops training there."""
    epochs = STEP_CHECK_EPOCHS + STEP_CHECK_EPOCHS // 2
    sampled = {e for e, _ in planned_step_points(0, 0, 20, epochs)}
    bad = min(set(range(epochs)) - sampled)
    assert bad < 10  # so the test trains only a few epochs
    f, _ = _data("logistic", n=20)
    prog = sgdc.compile("logistic", step=f"0.1 - 0.2*max(0, 1 - abs(epoch - {bad}))", epochs=epochs)
    with pytest.raises(UserError, match=rf"^the step is -0\.1\d* at epoch {bad} \(t = {20 * bad}\)"):
        prog.fit(f["x"], f["y"])
    assert prog.epochs_done == bad  # the epochs before it ran


def test_check_step_values_names_the_first_bad_point():
    with pytest.raises(UserError, match=r"^the step is -1 at epoch 2 \(t = 5\)"):
        check_step_values(lambda e, t: 1.0 - e * 1.0 if t >= 5 else 1.0, [(1, 4), (2, 4), (2, 5), (3, 9)], "s")
    check_step_values(lambda e, t: 0.5, [(0, 0), (9, 99)], "s")  # fine: nothing raised


def test_a_bad_step_through_the_cli_is_one_line(capsys):
    code, out, err = run(capsys, "train", "logistic", "--rows", 300, "--epochs", 12, "--step", "0.1 - 0.01*epoch")
    assert code == 1 and out == ""
    assert err.startswith("error: the step is -0.01 at epoch 11 (t = 3300): a step must be a positive finite number")
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_example_trains_with_its_default_step(name):
    """The shipped examples' default steps pass the checks (for 1,000 epochs, too) and never read as divergence."""
    prog = sgdc.compile(name, threads=1)
    fields, dims = synthesize(prog.model, n=300, seed=3)
    with warnings.catch_warnings():
        warnings.simplefilter("error", SgdcWarning)
        prog.fit(fields, dims=dims, epochs=3)
    assert len(prog.history.train_loss) == 3 and all(math.isfinite(v) for v in prog.history.train_loss)
    check_step_values(prog._step_checker(), planned_step_points(0, 0, 10**6, 1000), prog.training.step_text)
    for precision in ("D8M16", "D16M16"):
        low = sgdc.compile(name, threads=1, precision=precision)
        with warnings.catch_warnings():
            warnings.simplefilter("error", SgdcWarning)  # generated N(0, 1) data quantises without warnings
            low.fit(fields, dims=dims, epochs=2)
        assert low.epochs_done == 2


# -- divergence --------------------------------------------------------------------------------------------

def test_divergence_is_growth_over_the_start_or_not_finite():
    assert diverged(math.nan, 1.0) and diverged(math.inf, 5.0) and diverged(math.inf, math.nan)
    assert diverged(DIVERGENCE_FACTOR * 3.0 * 1.01, 3.0) and not diverged(DIVERGENCE_FACTOR * 3.0 * 0.99, 3.0)
    # a start below the floor (1) counts as 1: a loss near 0 that grows to 100 is not divergence
    assert not diverged(100.0, 1e-9) and diverged(DIVERGENCE_FACTOR * 1.01, 1e-9)
    assert not diverged(1e30, math.nan)  # no start known: only a loss that is not finite


def test_a_huge_regulariser_is_divergence():
    """l1(1e30): the updates throw w to ~1e28 and the mean loss to ~1e28 -- finite, but no training."""
    f, _ = _data("logistic")
    src = subgradient_l1((EXAMPLES / "logistic.sgd").read_text().replace("l2(1e-6)", "l1(1e30)"))
    prog = sgdc.compile(src, epochs=3, adaptive="off", step="0.05 / (1 + epoch)^2")
    with pytest.raises(UserError) as e:
        prog.fit(f["x"], f["y"])
    msg = str(e.value)
    assert msg.startswith("training diverged in epoch 1 (mean loss ")
    assert "after 2000 steps; it was 0.693147 at the start of the fit, and a mean loss above 10000 x max(that, 1) " \
           "is divergence): the step is likely too large; try a smaller step (now: 0.05 / (1 + epoch)^2), or weaker " \
           "regularisers" in msg
    mean = float(msg.split("mean loss ")[1].split(" ")[0])
    assert 1e27 < mean < 1e30 and prog.epochs_done == 1


def test_a_loss_undefined_at_the_start_is_not_blamed_on_the_step():
    """``log(day)`` with ``day = 0``: the loss is inf before any step; the message says so, not "the step is
    likely too large" (found by a hostile-input review)."""
    spec = ("model logday\ndim d\nconst T = 5\ndata x : [d]\ndata day : index[T]\ndata y : real\n"
            "param w : [d] = 0\nloss 0.5 * (dot(w, x) + log(day) - y)^2\npredict dot(w, x) + log(day)\n")
    rng = np.random.default_rng(0)
    X = rng.normal(size=(100, 3))
    with pytest.raises(UserError) as e:
        sgdc.compile(spec).fit({"x": X, "day": rng.integers(0, 5, 100), "y": X[:, 0]}, epochs=2)
    msg = str(e.value)
    assert msg.startswith("training diverged in epoch 1 (mean loss nan after 100 steps")
    assert msg.endswith("the loss was already inf at the start params, before any step, so some examples make it "
                        "undefined (a log of 0, a division by 0, a power of a negative number?), or the start "
                        "params are too large") and "step is likely" not in msg


def test_divergence_through_the_cli_is_one_line(capsys, tmp_path):
    spec = tmp_path / "l1.sgd"
    spec.write_text(subgradient_l1((EXAMPLES / "logistic.sgd").read_text().replace("l2(1e-6)", "l1(1e30)")))
    code, out, err = run(capsys, "train", spec, "--rows", 500, "--epochs", 3)
    assert code == 1 and err.startswith("error: training diverged in epoch 1 (mean loss ")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_loss_that_rises_a_hundredfold_is_not_divergence():
    """A hinge loss with a step of 100: the mean loss is ~100 from a start of 1, and stays there."""
    f, _ = _data("svm")
    prog = sgdc.compile("svm", adaptive="off", step="100", epochs=5)
    prog.fit(f["x"], f["y"])
    assert prog.epochs_done == 5 and min(prog.history.train_loss) > 50


def test_a_loss_large_by_the_data_s_scale_is_not_divergence():
    """Targets of ~1e6: squared losses of ~1e11 from the first epoch on, and that is just the scale."""
    f, _ = _data("least_squares")
    prog = sgdc.compile("least_squares", epochs=4)
    prog.fit(f["x"], f["y"] * 1e6)
    assert prog.epochs_done == 4 and prog.history.train_loss[0] > 1e10
    assert prog.history.train_loss[-1] < prog.history.train_loss[0]


def test_the_start_is_measured_on_the_params_at_the_start_of_each_fit():
    f, _ = _data("least_squares")
    prog = sgdc.compile("least_squares", epochs=3)
    prog.fit(f["x"], f["y"])
    ds, _, _ = prog.bind(f["x"], f["y"])
    start = prog._start_loss(ds, 0)
    assert start == pytest.approx(prog.loss(f["x"], f["y"]), rel=0.2)  # 1,000 of 2,000 examples
    assert start < prog.history.train_loss[0]  # trained params, not the initial ones


# -- fixed-point data --------------------------------------------------------------------------------------

def _outlier_data(n=2000):
    f, _ = _data("logistic", n=n)
    X = f["x"].toarray()
    X[0, 0] = 1e6
    return X, f["y"]


def test_one_outlier_that_zeroes_d8_data_is_a_warning():
    X, y = _outlier_data()
    nonzero = int(np.count_nonzero(X))
    prog = sgdc.compile("logistic", precision="D8M16", epochs=1)
    with pytest.warns(SgdcWarning) as rec:
        prog.fit(X, y)
    msgs = [str(w.message) for w in rec if issubclass(w.category, SgdcWarning)]
    assert msgs == [f"D8 training data: 99.9% of the nonzero values of field 'x' ({nonzero - 1} of {nonzero}) round "
                    f"to 0 (the scale 2^13 is set by the largest |x| = 1e+06); set data_range or use D16"]
    assert rec[0].filename == __file__  # attributed to the caller, not to sgdc's insides
    assert prog.encoders.clipped == {"x": 0}


def test_d16_zeroed_data_suggests_float_and_data_range_silences_it():
    X, y = _outlier_data()
    with pytest.warns(SgdcWarning, match=r"^D16 training data: 99\.9% .* round to 0 \(the scale 2\^5 is set by the "
                                         r"largest \|x\| = 1e\+06\); set data_range or use float data \(D32\)$"):
        sgdc.compile("logistic", precision="D16M16", epochs=1).fit(X, y)
    prog = sgdc.compile("logistic", precision="D8M16", epochs=1, data_range=8)
    with warnings.catch_warnings():
        warnings.simplefilter("error", SgdcWarning)  # the outlier alone is clipped: no warning
        prog.fit(X, y)
    assert prog.encoders.clipped == {"x": 1}


def test_clipping_many_values_is_a_warning_with_the_count():
    f, _ = _data("logistic")
    values = f["x"].data
    clipped = int(np.count_nonzero(np.abs(values) > 127 * 2.0**-7))  # data_range 0.5 -> scale 2^-7
    prog = sgdc.compile("logistic", precision="D8M16", epochs=1, data_range=0.5)
    with pytest.warns(SgdcWarning) as rec:
        prog.fit(f["x"], f["y"])
    share = math.floor(1000 * clipped / values.size) / 10
    assert [str(w.message) for w in rec] == [
        f"D8 training data: {share:g}% of the nonzero values of field 'x' ({clipped} of {values.size}) lie beyond "
        f"0.992188 and are clipped to it (the scale 2^-7 is set by data_range 0.5); raise data_range or use D16"]
    assert prog.encoders.clipped == {"x": clipped}


def test_prediction_data_beyond_the_training_scale_is_a_warning():
    f, _ = _data("logistic")
    prog = sgdc.compile("logistic", precision="D8M16", epochs=1)
    prog.fit(f["x"], f["y"])
    with pytest.warns(SgdcWarning, match=r"^D8 data: .* lie beyond .* \(the scale 2\^-\d+ is set by the largest \|x\| "
                                         r"of the training data\); raise data_range or use D16$"):
        prog.predict(f["x"] * 100)


def test_cli_reports_data_warnings_in_text_and_json(capsys, tmp_path):
    X, y = _outlier_data(n=400)
    data = tmp_path / "outlier.svm"
    lines = [f"{int(y[r])} " + " ".join(f"{c + 1}:{X[r, c]:.9g}" for c in np.flatnonzero(X[r])) for r in range(len(y))]
    data.write_text("\n".join(lines) + "\n")
    code, out, err = run(capsys, "train", "logistic", "--data", data, "--precision", "D8M16", "--epochs", 1)
    assert code == 0
    warned = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert len(warned) == 1 and warned[0].startswith("warning: D8 training data: 99.")
    assert "round to 0 (the scale 2^13 is set by the largest |x| = 1e+06); set data_range or use D16" in warned[0]
    code, out, err = run(capsys, "train", "logistic", "--data", data, "--precision", "D8M16", "--epochs", 1, "--json")
    assert code == 0 and "warning" not in err
    r = json.loads(out)
    assert r["warnings"] == [warned[0][len("warning: "):]]
    code, out, err = run(capsys, "train", "logistic", "--rows", 300, "--epochs", 1, "--json")
    assert json.loads(out)["warnings"] == [] and err == ""


# -- saturation in the text output ----------------------------------------------------------------------------

def test_cli_text_output_mentions_saturation(capsys):
    argv = ["train", "logistic", "--rows", 800, "--epochs", 2, "--precision", "D32M8", "--model-range", 0.05,
            "--step", 1]
    code, out, _ = run(capsys, *argv, "--json")
    assert code == 0
    saturated = json.loads(out)["saturated"]
    assert saturated[-1] > 0
    code, out, _ = run(capsys, *argv)
    assert code == 0
    last = out.splitlines()[-1]
    assert last.startswith(f"  saturated: {saturated[-1]} fixed-point param entries at the edge of their range after "
                           f"the last epoch")
    assert last.endswith("raise model_range (now 0.05) or use more model bits (precision D32M8)")
    code, out, _ = run(capsys, "train", "logistic", "--rows", 300, "--epochs", 1, "--precision", "D32M16")
    assert code == 0 and "saturated" not in out  # nothing at the edge: no line


@pytest.mark.parametrize("rounding,warned", [("nearest", True), ("unbiased", False)])
def test_a_fixed_point_model_that_does_not_move_is_reported(rounding, warned):
    # every update of an M8 model under half a step: nearest rounding loses all of them (a stalled model that
    # used to train to chance accuracy with exit 0)
    from sgdc.data.synth import synthesize

    prog = sgdc.compile("logistic", precision="D8M8", rounding=rounding, step="1e-4")
    f, _ = synthesize(prog.model, n=2000, seed=0)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        prog.fit(f["x"], f["y"], epochs=3)
    msgs = [str(x.message) for x in w if "did not" in str(x.message) or "changed" in str(x.message)]
    if warned:
        assert len(msgs) == 1 and msgs[0].startswith("M8 model: no entry of the fixed-point params changed in "
                                                     "epoch 1 (their steps: 'w' 2^-4); with rounding nearest")
    else:
        assert not msgs
