"""Distributed training on Dask (sgdc.distributed): quality, low-precision communication, faults, resume.

The cluster tests share one LocalCluster of two worker processes with one thread each, and skip (with the reason)
when Dask is not installed; the encode/decode and catch-up tests need no Dask.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import numpy as np
import pytest
from conftest import ROOT, dataset
from hypothesis import given, settings
from hypothesis import strategies as st

import sgdc
from sgdc import distributed as sd
from sgdc.cli import main
from sgdc.errors import UserError

try:
    import distributed as dd
except ImportError:  # pragma: no cover - CI installs .[test], which has dask[distributed]
    dd = None

needs_dask = pytest.mark.skipif(dd is None, reason="Dask is not installed: pip install 'sgdc[distributed]'")
LOGISTIC = str(ROOT / "examples" / "logistic.sgd")
MC = str(ROOT / "examples" / "matrix_completion.sgd")
MC_ROUNDS = 60  # model averaging over two halves moves each coordinate about half as far a round as one epoch


# -- the quantised update ----------------------------------------------------------------------------

@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(-1e3, 1e3, allow_nan=False, width=32), min_size=1, max_size=8),
       st.sampled_from([8, 16]), st.integers(0, 2**16))
def test_encode_is_unbiased_and_within_one_step(values, bits, seed):
    x = np.array(values, dtype=np.float32)
    draws = 4000
    e = sd.encode(np.tile(x, (draws, 1)), bits, np.random.default_rng(seed))
    q = (1 << (bits - 1)) - 1
    assert e.data.dtype == (np.int8 if bits == 8 else np.int16)
    assert np.abs(e.data.astype(np.int64)).max() <= q
    dec = sd.decode(e)
    assert dec.dtype == np.float32
    step = e.scale
    if step == 0.0:
        assert np.all(dec == 0) and np.all(x == 0)
        return
    ulp = 2 * np.spacing(np.abs(x))  # the decoded value is a float32 product: allow its rounding
    assert np.all(np.abs(dec - x) <= step + ulp)
    # unbiased: the mean of the decoded draws is x, within 6 standard errors (each error has sd <= step / 2)
    assert np.all(np.abs(dec.astype(np.float64).mean(axis=0) - x) <= 6 * step / (2 * np.sqrt(draws)) + ulp)


def test_encode_sizes_and_exact_cases():
    rng = np.random.default_rng(0)
    x = rng.normal(size=1000).astype(np.float32)
    assert sd.encode(x, 32, rng).nbytes == 4000 and np.array_equal(sd.decode(sd.encode(x, 32, rng)), x)
    assert sd.encode(x, 16, rng).nbytes == 2004
    assert sd.encode(x, 8, rng).nbytes == 1004
    z = sd.encode(np.zeros(5, np.float32), 8, rng)
    assert np.array_equal(sd.decode(z), np.zeros(5)) and z.nbytes == 9
    grid = np.array([-127, -3, 0, 5, 127], dtype=np.float32) * 0.25  # on the grid: exact, whatever the draws
    assert np.array_equal(sd.decode(sd.encode(grid, 8, rng)), grid)
    with pytest.raises(sgdc.UserError, match="not finite"):
        sd.encode(np.array([1.0, np.inf], np.float32), 8, rng)


def test_worker_catches_up_on_missed_rounds():
    rng = np.random.default_rng(1)
    m1 = {"w": rng.normal(size=4).astype(np.float32)}
    u1 = sd.encode_params({"w": rng.normal(size=4).astype(np.float32)}, 8, rng)
    u2 = sd.encode_params({"w": rng.normal(size=4).astype(np.float32)}, 8, rng)
    sd._MODELS["t"] = {1: m1}
    try:
        job = {"run": "t", "round": 3, "seed": 0}
        assert sd._start_model({"updates": {2: u2}}, job, None, {}) == (None, 1)  # asks for what it missed
        m3, _ = sd._start_model({"updates": {1: u1, 2: u2}}, job, None, {})
        assert np.array_equal(m3["w"], sd.apply_update(sd.apply_update(m1, u1), u2)["w"])
        assert sd._start_model({}, job, None, {})[0] is m3  # kept for the round's other partitions
    finally:
        sd._MODELS.pop("t", None)


def test_local_training_never_imports_dask():
    code = (
        "import sys, sgdc\n"
        "from sgdc.cli import main\n"
        "assert main(['train', 'logistic', '--rows', '300', '--epochs', '1', '-q']) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))\n"
        "assert not bad, bad\n"
    )
    r = subprocess.run([sys.executable, "-c", code], check=False, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


# -- user errors: one message, no traceback ---------------------------------------------------------

def run_cli(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return rc, out, err


def test_no_files_match(capsys, tmp_path):
    rc, _, err = run_cli(capsys, "train", LOGISTIC, "--data", str(tmp_path / "shards" / "*.svm"),
                         "--scheduler", "tcp://127.0.0.1:1")
    assert rc == 1 and "no files match" in err and err.count("\n") == 1


def test_distributed_flag_without_a_cluster(capsys):
    rc, _, err = run_cli(capsys, "train", LOGISTIC, "--rounds", "3")
    assert rc == 1 and "--rounds is for distributed training" in err


@needs_dask
def test_unreachable_scheduler(capsys, tmp_path):
    (tmp_path / "a.svm").write_text("1 1:1\n-1 2:1\n")
    rc, _, err = run_cli(capsys, "train", LOGISTIC, "--data", str(tmp_path / "*.svm"),
                         "--scheduler", "tcp://127.0.0.1:1", "--connect-timeout", "1")
    assert rc == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in err


@needs_dask
@pytest.mark.parametrize("checkpoint", [False, True])
def test_a_cluster_lost_mid_run_is_one_message(capsys, tmp_path, monkeypatch, checkpoint):
    """The scheduler going away mid-run (a closed connection) is one line, not Dask's traceback; with a
    checkpoint the line says the same command resumes."""
    from distributed.comm.core import CommClosedError

    class Client:
        def close(self):
            pass

    def lost(*args, **kw):
        raise CommClosedError("in <TCP (closed) ConnectionPool.heartbeat_worker local=tcp://127.0.0.1:1>: "
                              "Stream is closed")

    monkeypatch.setattr(sd, "connect", lambda *a, **kw: (Client(), None))
    monkeypatch.setattr(sd, "train", lost)
    (tmp_path / "a.svm").write_text("1 1:1\n-1 2:1\n")
    extra = ["--checkpoint", str(tmp_path / "ck.npz")] if checkpoint else []
    rc, _, err = run_cli(capsys, "train", LOGISTIC, "--data", str(tmp_path / "a.svm"), "--scheduler",
                         "tcp://127.0.0.1:1", *extra)
    assert rc == 1 and err.count("\n") == 1, err
    assert err.startswith("error: the Dask cluster failed during training: CommClosedError: in <TCP (closed)")
    assert ("run the same command again to resume from" in err) == checkpoint


# -- on a cluster --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():
    if dd is None:
        pytest.skip("Dask is not installed: pip install 'sgdc[distributed]'")
    import dask

    # no work stealing: the byte counts compared below are those of rounds where no task moved to a worker
    # without the round's start model, and a loaded machine made Dask move most of them (the catch-ups that a
    # moved task gets are tested without Dask, above)
    with dask.config.set({"distributed.scheduler.work-stealing": False}):
        cluster = dd.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = dd.Client(cluster)
    assert not c.run_on_scheduler(lambda dask_scheduler: "stealing" in dask_scheduler.extensions)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def single_a9a(a9a):
    X, y, Xt, yt = a9a
    return sgdc.compile(LOGISTIC, threads=1).fit(X, y, epochs=10, seed=0).evaluate(Xt, yt)["test_accuracy"]


@pytest.fixture(scope="module")
def single_ml(ml100k_u1):
    train, test = ml100k_u1
    return sgdc.compile(MC, threads=1).fit(train, epochs=30, seed=0).evaluate(test)["test_rmse"]


def test_a9a_quality_at_32_and_8_bits(client, a9a, single_a9a):
    X, y, Xt, yt = a9a
    runs = {c: sd.train(LOGISTIC, X, y, client=client, rounds=10, comm=c, test=(Xt, yt), threads=1)
            for c in (32, 8)}
    for c, r in runs.items():
        assert len(r.rounds) == 10 and r.partitions == [16280, 16281]
        assert r.rounds[-1]["test_accuracy"] >= single_a9a - 0.005, (c, r.rounds[-1], single_a9a)
    clean = [k for k in range(1, 10) if not runs[8].rounds[k]["catch_ups"] and not runs[32].rounds[k]["catch_ups"]]
    assert len(clean) >= 3, [r["catch_ups"] for r in runs[8].rounds]  # (rounds where Dask moved no task)
    ratio = sum(runs[8].bytes_per_round[k] for k in clean) / sum(runs[32].bytes_per_round[k] for k in clean)
    assert 0.24 <= ratio <= 0.3, ratio  # a quarter, plus a 4-byte scale per tensor


def test_movielens_quality_at_32_and_8_bits(client, ml100k_u1, single_ml):
    train, test = ml100k_u1
    runs = {c: sd.train(MC, train, client=client, rounds=MC_ROUNDS, comm=c, test=test, threads=1) for c in (32, 8)}
    for c, r in runs.items():
        assert r.rounds[-1]["test_rmse"] <= single_ml + 0.01, (c, r.rounds[-1]["test_rmse"], single_ml)
    up32, up8 = (sum(x["bytes_up"] for x in runs[c].rounds) for c in (32, 8))
    assert 0.24 <= up8 / up32 <= 0.26
    # both ways, in the rounds where no task landed on a worker without the round's start model (Dask may move a
    # task; that worker is then caught up with the updates it missed, or sent the whole model at float32)
    clean = [k for k in range(1, MC_ROUNDS) if not runs[8].rounds[k]["catch_ups"] and not runs[32].rounds[k]["catch_ups"]]
    assert len(clean) >= 3, ([r["catch_ups"] for r in runs[8].rounds],  # (a loaded machine leaves few)
                                          [r["catch_ups"] for r in runs[32].rounds])
    ratio = sum(runs[8].bytes_per_round[k] for k in clean) / sum(runs[32].bytes_per_round[k] for k in clean)
    assert 0.24 <= ratio <= 0.26, ratio


def test_checkpoint_resume_gives_the_same_model(client, a9a, tmp_path):
    X, y, _, _ = a9a
    whole = sd.train(LOGISTIC, X, y, client=client, rounds=4, threads=1, checkpoint=tmp_path / "a.npz")
    first = sd.train(LOGISTIC, X, y, client=client, rounds=2, threads=1, checkpoint=tmp_path / "b.npz")
    assert first.program.epochs_done == 2 and sgdc.load(tmp_path / "b.npz").epochs_done == 2
    rest = sd.train(LOGISTIC, X, y, client=client, rounds=4, threads=1, checkpoint=tmp_path / "b.npz")
    assert rest.resumed_from == 2 and [r["round"] for r in rest.rounds] == [3, 4]
    for k, v in whole.program.params.items():
        assert np.array_equal(v, rest.program.params[k]), k
    done = sd.train(LOGISTIC, X, y, client=client, rounds=4, threads=1, checkpoint=tmp_path / "b.npz")
    assert done.rounds == [] and np.array_equal(done.program.params["w"], whole.program.params["w"])
    with pytest.raises(sgdc.UserError, match="different spec"):
        sd.train(str(ROOT / "examples" / "svm.sgd"), X, y, client=client, rounds=4, checkpoint=tmp_path / "b.npz")


def test_cli_on_file_shards(client, tmp_path, capsys):
    lines = dataset("a9a", "a9a").read_text().splitlines(True)
    (tmp_path / "shards").mkdir()
    for k in range(3):
        (tmp_path / "shards" / f"part{k}.svm").write_text("".join(lines[k::3]))
    rc, out, _ = run_cli(capsys, "train", LOGISTIC, "--data", str(tmp_path / "shards" / "*.svm"),
                         "--test", str(dataset("a9a", "a9a.t")), "--scheduler", client.scheduler.address,
                         "--rounds", "4", "--comm", "16", "--threads", "1", "--json",
                         "--out", str(tmp_path / "m.npz"))
    assert rc == 0
    res = json.loads(out)
    assert res["partitions"] == [10854, 10854, 10853] and res["rounds"] == 4 and res["comm"] == 16
    assert res["test_accuracy"] >= 0.845 and len(res["bytes_per_round"]) == 4
    assert sgdc.load(tmp_path / "m.npz").encoders.dims["d"] == 123  # one-based features, as the whole file


def test_dask_arrays_as_input(client):
    da = pytest.importorskip("dask.array")
    from sgdc.data.synth import synthesize

    prog = sgdc.compile(LOGISTIC, threads=1)
    fields, _ = synthesize(prog.model, n=3000, seed=0, dims={"d": 20})
    X, y = np.asarray(fields["x"].todense() if hasattr(fields["x"], "todense") else fields["x"]), fields["y"]
    local = prog.fit(X[:2400], y[:2400], epochs=5, seed=0).evaluate(X[2400:], y[2400:])["test_accuracy"]
    res = sd.train(LOGISTIC, {"x": da.from_array(X[:2400], chunks=(800, 10)), "y": da.from_array(y[:2400], 800)},
                   client=client, rounds=5, comm=8, threads=1)
    assert res.partitions == [800, 800, 800]
    assert res.program.evaluate(X[2400:], y[2400:])["test_accuracy"] >= local - 0.02


class _KillOnce(dd.WorkerPlugin if dd is not None else object):
    """Kills its worker process (SIGKILL) when a task whose key contains ``pattern`` starts executing, once."""

    name = "sgdc-test-kill-once"

    def __init__(self, marker: str, pattern: str):
        self.marker, self.pattern = marker, pattern

    def transition(self, key, start, finish, **kwargs):
        if finish == "executing" and self.pattern in str(key) and not os.path.exists(self.marker):
            with open(self.marker, "w") as f:
                f.write(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)


def test_worker_killed_mid_round(client, ml100k_u1, single_ml, tmp_path):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the plugin class travels to the workers
    train, test = ml100k_u1
    marker = tmp_path / "killed"
    client.register_plugin(_KillOnce(str(marker), "sgdc-train-r5-p0"))
    try:
        res = sd.train(MC, train, client=client, rounds=MC_ROUNDS, test=test, threads=1)
    finally:
        client.unregister_worker_plugin(_KillOnce.name)
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert marker.exists(), "no worker was killed"
    assert sum(r["moved"] for r in res.rounds) >= 1  # its partition ran on the other worker
    assert len(res.rounds) == MC_ROUNDS
    assert res.rounds[-1]["test_rmse"] <= single_ml + 0.01, (res.rounds[-1]["test_rmse"], single_ml)


def test_a_task_cancelled_mid_round_is_run_again(client, monkeypatch):
    """A worker lost mid-round can get the round's tasks that needed its data cancelled by the scheduler
    ("already forgotten"): they are run again like any failure, not raised from wait()."""
    X = np.eye(40, 8, dtype=np.float32)
    y = np.where(np.arange(40) % 2, 1, -1)
    submit, cancelled = sd._Run._submit, []

    def cancel_once(self, fn, *args, key, **kw):
        fut = submit(self, fn, *args, key=key, **kw)
        if key == "sgdc-train-r1-p0" and not cancelled:
            cancelled.append(fut.key)
            self.client.cancel([fut])
        return fut

    monkeypatch.setattr(sd._Run, "_submit", cancel_once)
    res = sd.train(LOGISTIC, X, y, client=client, rounds=2)
    assert cancelled and len(res.rounds) == 2


def test_a_step_that_turns_negative_is_refused_before_any_round(client, capsys):
    X = np.eye(40, 8, dtype=np.float32)
    y = np.where(np.arange(40) % 2, 1, -1)
    with pytest.raises(UserError, match=r"the step is 0 at epoch 4 \(t = 160\): a step must be a positive"):
        sd.train(LOGISTIC, X, y, client=client, rounds=3, local_epochs=2, step="0.4 - 0.1 * epoch")


def test_workers_run_one_thread_unless_asked(client, a9a):
    """The workers are processes already: under the default ``threads auto`` each trains on one thread (a
    thread count set in the call, or in the spec, is kept)."""
    X, y, _, _ = a9a
    assert sd.train(LOGISTIC, X, y, client=client, rounds=1).program.schedule.threads == 1
    assert sd.train(LOGISTIC, X, y, client=client, rounds=1, threads=2).program.schedule.threads == 2
    spec = LOGISTIC if "\n" in LOGISTIC else open(LOGISTIC).read()
    assert sd.train(spec.rstrip() + "\n  threads 2\n", X, y, client=client, rounds=1).program.schedule.threads == 2
