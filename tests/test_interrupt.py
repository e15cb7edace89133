"""Ctrl-C and SIGTERM during `sgdc train`: a quick stop, a non-zero exit, and the last complete model on disk."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import numpy as np
import pytest

import sgdc
from conftest import EXAMPLES


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_train_stops_quickly_and_keeps_the_last_model(tmp_path, sig):
    out = tmp_path / "model.npz"
    cmd = [sys.executable, "-m", "sgdc.cli", "train", str(EXAMPLES / "logistic.sgd"), "--rows", "20000",
           "--epochs", "100000", "--out", str(out), "--quiet"]
    # SIGINT at its default even when this test runs in a background job (which starts with it ignored, and
    # Python then leaves it ignored)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not out.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    if not out.exists():
        proc.kill()
        pytest.fail(f"no model after 60 s: {proc.communicate()[1]}")
    time.sleep(0.5)
    t = time.monotonic()
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("sgdc train did not stop within 30 s of the signal")
    stopped = time.monotonic() - t
    assert stopped < 1.0, stopped
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    model = sgdc.load(out)  # complete and valid: written atomically after every epoch
    assert model.epochs_done >= 1 and np.isfinite(model.params["w"]).all()
