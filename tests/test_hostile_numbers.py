"""Numerical faults (issue 9): divergence is reported with advice, fixed-point saturation is counted."""
from __future__ import annotations

import json

import numpy as np
import pytest

import sgdc
from sgdc.cli import main
from sgdc.errors import UserError
from sgdc.data.synth import synthesize

pytestmark = pytest.mark.guarded  # every native buffer ends at a guard page (conftest)


def _data(name, n=2000):
    prog = sgdc.compile(name)
    fields, _ = synthesize(prog.model, n=n, seed=0)
    return fields


def test_divergence_names_the_epoch_and_advises_a_smaller_step():
    f = _data("least_squares")
    prog = sgdc.compile("least_squares", adaptive="off", step="50")
    with pytest.raises(UserError, match=r"diverged in epoch 1 .*step is likely too large; try a smaller step \(now: 50"):
        prog.fit(f["x"], f["y"] * 1e3, epochs=5)
    assert prog.epochs_done == 1  # stopped at the first bad epoch


@pytest.mark.parametrize("threads", [1, 2])
def test_divergence_stops_the_epoch_early(threads):
    """The kernels run in chunks; the first chunk whose loss is not finite ends the epoch."""
    f = _data("least_squares", n=6000)
    prog = sgdc.compile("least_squares", adaptive="off", step="50", threads=threads)
    prog.engine.interrupt_chunk = 500  # examples per worker and kernel call
    with pytest.raises(UserError, match=r"stopped within the epoch after about \d+ examples"):
        prog.fit(f["x"], f["y"] * 1e3, epochs=5)
    assert prog.engine.stopped_after < 6000


def test_fixed_point_saturation_is_counted():
    f = _data("logistic")
    small = sgdc.compile("logistic", precision="D32M8", model_range=0.05, step="1")
    small.fit(f["x"], f["y"], epochs=2)
    assert len(small.history.saturated) == 2 and small.history.saturated[-1] > 0
    assert small.saturated() == small.history.saturated[-1]
    Q = 127
    codes = small.state["w"].astype(int)
    assert small.saturated() == int(np.sum(np.abs(codes) >= Q))
    roomy = sgdc.compile("logistic", precision="D32M8", step="0.05")
    roomy.fit(f["x"], f["y"], epochs=2)
    assert roomy.history.saturated[-1] < small.history.saturated[-1]
    assert sgdc.compile("logistic").fit(f["x"], f["y"], epochs=1).history.saturated == []  # float: not counted


def test_fixed_point_divergence_advice_mentions_the_scale():
    prog = sgdc.compile("least_squares", precision="D32M16", step="100", model_range=0.5)
    f = _data("least_squares")
    try:
        prog.fit(f["x"], f["y"] * 1e30, epochs=3)
    except UserError as e:
        assert "model's scale is too small" in str(e) and "model_range" in str(e)
    else:  # saturation kept the loss finite: then it is counted
        assert prog.history.saturated[-1] > 0


def test_train_json_reports_saturation(capsys):
    rc = main(["train", "logistic", "--rows", "800", "--epochs", "2", "--precision", "D8M8", "--model-range", "0.05",
               "--data-range", "0.5", "--step", "1", "--json"])
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["saturated"]) == 2 and out["saturated"][-1] > 0
    assert out["data_clipped"]["x"] > 0  # N(0, 1) data with data_range 0.5
    rc = main(["train", "logistic", "--rows", "300", "--epochs", "1", "--json"])
    assert "saturated" not in json.loads(capsys.readouterr().out)
