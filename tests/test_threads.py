"""Hogwild!: the generated parallel loop, the three model layouts, shards, determinism and stress."""
from __future__ import annotations

import os
import threading

import numpy as np
import pytest

import sgdc
from sgdc.engine import ReferenceEngine, available_cores, shard_bounds, shard_order
from sgdc.params import init_params
from sgdc.synth import synthesize

LAYOUTS = ("shared", "replicated", "locked")


def _bound(spec, n=300, seed=0, **overrides):
    prog = sgdc.compile(spec, **overrides)
    fields, dims = synthesize(prog.model, n=n, seed=seed, dims={"d": 40} if prog.model.vector_fields else None)
    ds, enc, _ = prog.bind(fields, fit=True, dims=dims)
    return prog, ds


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("spec", ["examples/logistic.sgd", "examples/matrix_completion.sgd", "examples/softmax.sgd",
                                  "examples/psd_completion.sgd"])
def test_one_thread_of_every_layout_equals_reference(spec, layout):
    prog, ds = _bound(spec, threads=1, layout=layout)
    ref = ReferenceEngine(prog.uir)
    pa = init_params(prog.model, ds.dims, 3)
    pb = {k: v.copy() for k, v in pa.items()}
    rng = np.random.default_rng(0)
    for epoch in range(2):
        order = rng.permutation(ds.n)
        la = prog.engine.epoch(pa, ds, order, epoch, epoch * ds.n)
        lb = ref.epoch(pb, ds, order, epoch, epoch * ds.n)
        assert la == pytest.approx(lb, rel=1e-4)
    for k in pa:
        scale = max(1.0, float(np.abs(pb[k]).max()))
        np.testing.assert_allclose(pa[k], pb[k], rtol=1e-4, atol=1e-4 * scale, err_msg=k)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_one_thread_is_bit_identical_across_runs(layout):
    runs = []
    for _ in range(2):
        prog, ds = _bound("examples/matrix_completion.sgd", threads=1, layout=layout)
        fields, dims = synthesize(prog.model, n=300, seed=0)
        prog.fit(fields, epochs=3, seed=7, dims=dims)
        runs.append(prog.params)
    for k in runs[0]:
        assert np.array_equal(runs[0][k], runs[1][k]), k


def test_shards():
    order = np.arange(10)
    assert shard_bounds(10, 3) == [(0, 3), (3, 6), (6, 10)]
    np.testing.assert_array_equal(shard_order(order, 3, "contiguous"), order)
    np.testing.assert_array_equal(shard_order(order, 3, "roundrobin"), [0, 3, 6, 9, 1, 4, 7, 2, 5, 8])


def test_threads_auto_is_the_affinity():
    prog = sgdc.compile("examples/logistic.sgd", threads="auto")
    assert prog.engine.threads == available_cores() == len(os.sched_getaffinity(0))


@pytest.mark.parametrize("layout", ["shared", "replicated"])
def test_two_threads_match_one_thread_a9a(a9a, layout):
    X, y, Xt, yt = a9a
    acc = {}
    for threads in (1, 2):
        prog = sgdc.compile("examples/logistic.sgd", threads=threads, layout=layout).fit(X, y, epochs=10, seed=0)
        acc[threads] = prog.evaluate(Xt, yt)["test_accuracy"]
    assert abs(acc[2] - acc[1]) <= 0.005, acc


@pytest.mark.parametrize("layout", ["shared", "replicated"])
def test_two_threads_match_one_thread_ml100k(ml100k_u1, layout):
    train, test = ml100k_u1
    rmse = {}
    for threads in (1, 2):
        prog = sgdc.compile("examples/matrix_completion.sgd", threads=threads, layout=layout).fit(train, epochs=30, seed=0)
        rmse[threads] = prog.evaluate(test)["test_rmse"]
    assert abs(rmse[2] - rmse[1]) <= 0.01, rmse


@pytest.mark.parametrize("shard", ["contiguous", "roundrobin"])
def test_locked_and_roundrobin_learn(shard):
    prog, _ = _bound("examples/logistic.sgd", threads=4, layout="locked", shard=shard)
    fields, dims = synthesize(prog.model, n=2000, seed=1)
    prog.fit({k: v[:1600] for k, v in fields.items()}, epochs=5, seed=0)
    assert prog.evaluate({k: v[1600:] for k, v in fields.items()})["test_accuracy"] > 0.8


def test_stress_many_threads_many_epochs_many_kernels():
    """16 threads on this machine's cores, thousands of epochs, several Python threads at once."""
    errors, results = [], {}

    def work(name, layout):
        try:
            prog = sgdc.compile("examples/matrix_completion.sgd" if name % 2 else "examples/logistic.sgd",
                                threads=16, layout=layout, sync=3)
            fields, dims = synthesize(prog.model, n=64, seed=name, dims={"d": 20} if name % 2 == 0 else None)
            prog.fit(fields, epochs=1500, seed=name, dims=dims)
            results[name] = prog
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append((name, repr(e)))

    pool = [threading.Thread(target=work, args=(k, LAYOUTS[k % 3])) for k in range(6)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(timeout=240)
        assert not t.is_alive(), "a fit did not finish: deadlock?"
    assert not errors, errors
    assert len(results) == 6
    for prog in results.values():
        assert prog.epochs_done == 1500
        assert all(np.isfinite(v).all() for v in prog.params.values())
        assert np.isfinite(prog.history.train_loss[-1])
