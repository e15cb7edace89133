"""Ctrl-C and SIGTERM during `sgdc train`: a quick stop, a non-zero exit, and the last complete model on disk."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from conftest import EXAMPLES

import sgdc


def _signal_and_wait(proc, sig) -> tuple:
    """Send ``sig``; (seconds until the process ended, its stderr).  Never hangs: a process still running 30 s
    later is killed and the test fails."""
    t = time.monotonic()
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("sgdc did not stop within 30 s of the signal")
    return time.monotonic() - t, err


def _start(cmd):
    # SIGINT at its default even when this test runs in a background job (which starts with it ignored, and
    # Python then leaves it ignored)
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_train_stops_quickly_and_keeps_the_last_model(tmp_path, sig):
    out = tmp_path / "model.npz"
    cmd = [sys.executable, "-m", "sgdc.cli", "train", str(EXAMPLES / "logistic.sgd"), "--rows", "20000",
           "--epochs", "100000", "--out", str(out), "--quiet"]
    proc = _start(cmd)
    deadline = time.monotonic() + 60
    while not out.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    if not out.exists():
        proc.kill()
        pytest.fail(f"no model after 60 s: {proc.communicate()[1]}")
    time.sleep(0.5)
    stopped, err = _signal_and_wait(proc, sig)
    assert stopped < 1.0, stopped
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    model = sgdc.load(out)  # complete and valid: written atomically after every epoch
    assert model.epochs_done >= 1 and np.isfinite(model.params["w"]).all()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_tune_stops_quickly_and_writes_nothing_half_done(tmp_path, sig):
    from sgdc.data.loaders import save_npz
    from sgdc.data.synth import synthesize

    prog = sgdc.compile(EXAMPLES / "logistic.sgd")
    fields, _ = synthesize(prog.model, n=20000, seed=0)
    data = tmp_path / "train.npz"
    save_npz(data, fields)
    out = tmp_path / "best.sched"
    cmd = [sys.executable, "-m", "sgdc.cli", "tune", str(EXAMPLES / "logistic.sgd"), "--data", str(data),
           "--budget", "600", "--out", str(out), "--fresh"]
    proc = _start(cmd)
    time.sleep(4.0)  # loading, binding, the first variants
    assert proc.poll() is None, proc.communicate()
    stopped, err = _signal_and_wait(proc, sig)
    assert stopped < 1.0, stopped
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err, err
    assert not out.exists()  # the schedule is written when the search ends, never half
