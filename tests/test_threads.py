"""Hogwild!: the generated parallel loop, the three model layouts, shards, determinism and stress."""
from __future__ import annotations

import os
import threading

import numpy as np
import pytest

import sgdc
from sgdc.runtime.engine import ReferenceEngine
from sgdc.runtime.plan import available_cores, shard_bounds, shard_order
from sgdc.runtime.params import init_params
from sgdc.data.synth import synthesize

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
    # two threads are asynchronous (the shared mu's copies exchange without a barrier): measured over repeated
    # runs on the 2-core VM, 1 thread 0.9216 and 2 threads 0.9258-0.9331 (worse under load); 0.015 is that spread
    assert abs(rmse[2] - rmse[1]) <= 0.015, rmse


@pytest.mark.parametrize("shard", ["contiguous", "roundrobin"])
def test_locked_and_roundrobin_learn(shard):
    prog, _ = _bound("examples/logistic.sgd", threads=4, layout="locked", shard=shard, step="0.3")
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


# -- strata shards, the native partition, the driver's merges, exchanges of private copies -----------------------

def _mf(n=4000, threads=2, **kw):
    prog, ds = _bound("examples/matrix_completion.sgd", n=n, threads=threads, **kw)
    return prog, ds


def test_shard_auto_is_strata_for_row_params_and_contiguous_otherwise():
    prog, _ = _mf()
    assert prog.engine.shard_kind() == "strata" and prog.engine.strata_fields() == ("u", "i")
    prog, _ = _bound("examples/logistic.sgd", threads=2)
    assert prog.engine.shard_kind() == "contiguous"
    prog, _ = _mf(layout="replicated")
    assert prog.engine.shard_kind() == "contiguous"  # replicated copies have no conflicts to avoid


@pytest.mark.parametrize("threads", [2, 3, 4])
def test_strata_rounds_cover_every_example_once_and_never_share_a_row(threads):
    prog, ds = _mf(threads=threads, shard="strata")
    order = np.random.default_rng(1).permutation(ds.n).astype(np.int64)
    out, rounds = prog.engine.plan(ds, order, threads, 0)
    assert sorted(out.tolist()) == list(range(ds.n))
    # the order inside each group is the epoch's shuffled order (stable grouping)
    rank = np.empty(ds.n, dtype=np.int64)
    rank[order] = np.arange(ds.n)
    covered = np.zeros(ds.n, dtype=np.int64)
    u, i = np.asarray(ds["u"]), np.asarray(ds["i"])
    for r in range(rounds.shape[1]):
        seen_u, seen_i = set(), set()
        for t in range(threads):
            b, e = rounds[t, r]
            ex = out[b:e]
            covered[ex] += 1
            assert np.all(np.diff(rank[ex]) > 0)
            mine_u, mine_i = set(u[ex].tolist()), set(i[ex].tolist())
            assert not (mine_u & seen_u) and not (mine_i & seen_i), (r, t)
            seen_u |= mine_u
            seen_i |= mine_i
    assert np.all(covered == 1)


def test_native_partition_matches_a_stable_sort_and_refuses_a_bad_order():
    from sgdc.runtime.plan import strata_keys

    prog, ds = _mf(threads=3, shard="strata")
    keys, stages = strata_keys(ds, ("u", "i"), 3)
    assert stages == 3 and keys.max() < 9
    rng = np.random.default_rng(2)
    order = rng.permutation(ds.n).astype(np.int64)
    out, _ = prog.engine._strata(ds, order, ("u", "i"), 3)  # a whole permutation: counts known
    np.testing.assert_array_equal(out, order[np.argsort(keys[order], kind="stable")])
    part = order[: ds.n // 2]  # a part: counted natively
    out, blocks = prog.engine._strata(ds, part, ("u", "i"), 3)
    np.testing.assert_array_equal(out, part[np.argsort(keys[part], kind="stable")])
    assert blocks[-1][-1][1] == len(part)
    dup = order.copy()
    dup[1] = dup[0]  # not a permutation: some group would overflow; refused, nothing written out of bounds
    with pytest.raises(AssertionError, match="not a permutation"):
        prog.engine._strata(ds, dup, ("u", "i"), 3)


@pytest.mark.parametrize("threads", [2, 3])
def test_strata_epoch_order_comes_grouped_and_plan_keeps_it(threads):
    from sgdc.runtime.plan import strata_keys

    prog, ds = _mf(threads=threads, shard="strata")
    keys, _ = strata_keys(ds, ("u", "i"), threads)
    order = prog.engine.epoch_order(ds, "shuffle", 11)
    assert order.dtype == np.int32 and sorted(order.tolist()) == list(range(ds.n))
    assert np.all(np.diff(keys[order]) >= 0)  # grouped by key, in key order
    again = prog.engine.epoch_order(ds, "shuffle", 11)
    np.testing.assert_array_equal(order, again)  # a seed's order
    other = prog.engine.epoch_order(ds, "shuffle", 12)
    assert not np.array_equal(other, again) and np.array_equal(np.sort(keys[other]), keys[other])
    # plan takes the order as it is (no regrouping) and cuts the same blocks as regrouping a copy would
    out, rounds = prog.engine.plan(ds, other, threads, 0)
    assert out is other
    out2, rounds2 = prog.engine.plan(ds, other.copy(), threads, 0)
    np.testing.assert_array_equal(out2, other)
    np.testing.assert_array_equal(rounds, rounds2)
    # unshuffled: each group in example order; on one thread: the plain order
    np.testing.assert_array_equal(prog.engine.epoch_order(ds, "sequential", 0), np.argsort(keys, kind="stable"))
    one, _ = _mf(threads=1)
    np.testing.assert_array_equal(one.engine.epoch_order(ds, "sequential", 0), np.arange(ds.n))


def test_native_shuffle_is_a_uniform_permutation_within_each_group(monkeypatch):
    from sgdc.runtime import plan as plan_module
    from sgdc.runtime.plan import make_order, shuffle_groups

    a = make_order(1000, "shuffle", 5)
    assert sorted(a.tolist()) == list(range(1000)) and not np.array_equal(a, np.arange(1000))
    np.testing.assert_array_equal(a, make_order(1000, "shuffle", 5))
    np.testing.assert_array_equal(make_order(10, "sequential", 5), np.arange(10))
    b = np.arange(20, dtype=np.int32)
    shuffle_groups(b, np.array([0, 3, 3, 12, 20]), 2**64 - 1)  # an empty group; the largest seed
    assert sorted(b[:3]) == [0, 1, 2] and sorted(b[3:12]) == list(range(3, 12)) and sorted(b[12:]) == list(range(12, 20))
    # where each element of 4 lands, over 4000 seeds: every place equally likely (chi-square, 9 dof)
    counts = np.zeros((4, 4))
    for seed in range(4000):
        counts[np.arange(4), make_order(4, "shuffle", seed)] += 1
    chi2 = ((counts - 1000) ** 2 / 1000).sum()
    assert chi2 < 30, counts  # p < 0.0005 for a uniform shuffle
    # groups shared out between threads: the same permutation as on one thread
    bounds = np.array([0, 70000, 70000, 150000, 151000, 300000])
    one, two = np.arange(300000, dtype=np.int32), np.arange(300000, dtype=np.int32)
    shuffle_groups(one, bounds, 9)
    monkeypatch.setattr(plan_module, "PARALLEL_SHUFFLE", 1000)
    shuffle_groups(two, bounds, 9, threads=3)
    np.testing.assert_array_equal(one, two)
    assert not np.array_equal(one, np.arange(300000))
    with pytest.raises(AssertionError):
        shuffle_groups(np.arange(5, dtype=np.int32), np.array([0, 6]), 1)  # a bound past the end
    with pytest.raises(AssertionError):
        shuffle_groups(np.arange(5, dtype=np.int64), np.array([0, 5]), 1)


def test_reused_private_copies_carry_nothing_from_one_epoch_to_the_next():
    """Replicated workers merge at barriers only, so an epoch is deterministic; the engine reuses its private
    copies from epoch to epoch, and an epoch on other params in between must not change the result."""
    prog, ds = _bound("examples/logistic.sgd", n=2000, threads=2, layout="replicated", sync=100)
    start = init_params(prog.model, ds.dims, 0)
    order = prog.engine.epoch_order(ds, "shuffle", 1)

    def one(params):
        p = {k: v.copy() for k, v in params.items()}
        prog.engine.epoch(p, ds, order, 0, 0)
        return p

    first = one(start)
    one({k: np.array(v + 1, dtype=v.dtype) for k, v in start.items()})
    again = one(start)
    for k in start:
        np.testing.assert_array_equal(first[k], again[k])
    # two Python threads in epochs of the one engine at once: one reuses the copies, the other makes its own
    out, errors = [None, None], []

    def run(i):
        try:
            out[i] = one(start)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(repr(e))

    pool = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(timeout=60)
    assert not errors and all(o is not None for o in out)
    for o in out:
        for k in start:
            np.testing.assert_array_equal(o[k], first[k])


def test_training_on_in_several_calls_shuffles_as_one_call():
    prog, ds = _bound("examples/logistic.sgd", n=400, seed=3)
    fields, _ = synthesize(prog.model, n=400, seed=3, dims={"d": 40})
    one = sgdc.compile("examples/logistic.sgd", threads=1).fit(fields, epochs=3, seed=4)
    two = sgdc.compile("examples/logistic.sgd", threads=1).fit(fields, epochs=1, seed=4)
    two.fit(fields, epochs=2, seed=4, warm_start=True)
    for k in one.params:
        np.testing.assert_array_equal(one.params[k], two.params[k])


@pytest.mark.parametrize("dtype", ["float32", "int8", "int16", "int32"])
def test_driver_merges_average_and_sum_with_rounding_and_saturation(dtype):
    """Call the generated driver with empty rounds: it only merges (see sgdc.backend.driver)."""
    from sgdc.backend.driver import CTRL_WORDS, MERGE_AVERAGE, MERGE_MASKED, MERGE_SUM
    from sgdc.runtime.buffers import merge_table, private_copy

    prog, ds = _bound("examples/logistic.sgd", threads=3)
    lay = prog.engine.layout(ds)
    dt = np.dtype(dtype)
    Q = np.iinfo(dt).max if dt.kind == "i" else None
    master = {"a": np.array([0, 1, 10, 0], dt), "s": np.array([5, 0, 0, 0], dt),
              "h": np.array([0, 0], dt)}
    hmask = np.array([1, 0], np.uint8)  # masked: average the first coordinate, add up the second
    tops = [Q, Q - 1, Q - 2] if Q is not None else [1e3, 1e3, 1e3]
    vals = {"a": [[1, 2, 11, -3], [2, 2, 12, -4], [4, 2, 10, 0]],
            "s": [[6, tops[0], 1, -1], [7, tops[1], 0, -1], [5, tops[2], 0, 0]],
            "h": [[2, 2], [4, 2], [0, 2]]}
    copies = [{k: private_copy(np.array(vals[k][t], dt)) for k in master} for t in range(3)]
    desc = merge_table(master, copies, {"a": MERGE_AVERAGE, "s": MERGE_SUM, "h": MERGE_MASKED}, {"h": hmask})
    ranges = np.zeros((3, 1, 2), np.int64)
    part = np.zeros(3)
    ctrl = np.zeros(CTRL_WORDS, np.int64)
    a = np.mean(np.array(vals["a"], np.float64), axis=0)
    s = master["s"].astype(np.float64) + np.sum(np.array(vals["s"], np.float64) - master["s"], axis=0)
    if Q is not None:
        a, s = np.rint(a), np.clip(s, -Q, Q)  # half to even; saturate, never wrap
    slots = np.zeros((3, 1), np.int64)  # no round runs (the ranges are empty): the kernels never read them
    rows = np.array([[t, 3, slots[t].ctypes.data, ranges.ctypes.data + 16 * t, 1, part.ctypes.data + 8 * t,
                      desc.ctypes.data, len(desc), ctrl.ctypes.data, 4096, lay.train_address] for t in range(3)], np.int64)
    assert lay.driver(rows.ctypes.data, 3) == 0
    h = np.array([2, 6], np.float64)
    for k, want in (("a", a), ("s", s), ("h", h)):
        np.testing.assert_array_equal(master[k], want.astype(dt), err_msg=k)
        for c in copies:
            np.testing.assert_array_equal(c[k], master[k], err_msg=k)


@pytest.mark.parametrize("precision", ["D32M32", "D16M16", "D8M16"])
def test_private_copies_exchanged_in_the_kernel_learn_like_one_thread(precision):
    """Dense logistic: ``w`` is copied per worker (every example writes all of it) and exchanged by the kernels."""
    rng = np.random.default_rng(5)
    X = rng.standard_normal((6000, 16)).astype(np.float32)
    w = rng.standard_normal(16)
    y = np.where(X @ w + 0.3 * rng.standard_normal(6000) > 0, 1.0, -1.0)
    acc = {}
    for threads in (1, 2):
        prog = sgdc.compile("examples/logistic.sgd", threads=threads, precision=precision, data_layout="dense")
        if threads == 2:
            assert prog.engine.copied_params(prog.bind(X[:10], y[:10], fit=True)[0]) >= {"w"}
        prog.fit(X[:5000], y[:5000], epochs=5, seed=0)
        acc[threads] = prog.evaluate(X[5000:], y[5000:])["test_accuracy"]
    assert acc[1] > 0.9 and abs(acc[2] - acc[1]) <= 0.01, acc


# -- layout auto: the engine chooses shared (strata) or replicated from the model and the data ------------------

def test_choose_layout_rules():
    from sgdc.runtime.plan import REPLICA_MAX_BYTES, choose_layout

    mf = sgdc.compile("matrix_completion").uir
    logistic = sgdc.compile("logistic").uir
    assert choose_layout(logistic.train.updates, (), 1000, 1)[0] == "shared"  # one thread
    layout, why = choose_layout(mf.train.updates, ("u", "i"), 10**6, 2)
    assert layout == "shared" and "u and i" in why and "strata" in why
    layout, why = choose_layout(logistic.train.updates, (), REPLICA_MAX_BYTES, 2)
    assert layout == "replicated" and "32.00 MiB each" in why
    layout, why = choose_layout(logistic.train.updates, (), REPLICA_MAX_BYTES + 1, 2)
    assert layout == "shared" and "larger than a copy per worker pays for" in why


@pytest.mark.parametrize("spec, want, shard", [("logistic", "replicated", "contiguous"),
                                               ("matrix_completion", "shared", "strata")])
def test_layout_auto_is_the_default_and_runs_its_choice(spec, want, shard):
    prog = sgdc.compile(spec, threads=2)
    assert prog.schedule.layout == "auto"
    fields, dims = synthesize(prog.model, n=600, seed=2, dims={"d": 30} if prog.model.vector_fields else None)
    prog.fit(fields, epochs=2, seed=0, dims=dims)
    assert prog.engine.model_layout == want and prog.engine.shard_kind() == shard
    assert np.isfinite(prog.history.train_loss).all() and prog.history.train_loss[-1] < prog.history.train_loss[0]
    # a layout set in the spec is kept
    fixed = sgdc.compile(spec, threads=2, layout="shared")
    fixed.fit(fields, epochs=1, seed=0, dims=dims)
    assert fixed.engine.model_layout == "shared" and fixed.engine.layout_reason == "set in the schedule"


def test_cli_prints_the_layout_choice_and_its_reason(capsys):
    import json

    from sgdc.cli import main

    assert main(["train", "examples/logistic.sgd", "--threads", "2", "--rows", "400", "--epochs", "1",
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["layout"] == "replicated" and "private copy per worker" in out["layout_reason"]
    assert main(["train", "examples/matrix_completion.sgd", "--threads", "2", "--rows", "400",
                 "--epochs", "1"]) == 0
    text = capsys.readouterr().out
    assert "2 threads, layout shared (layout auto): every update writes rows picked by u and i" in text


def test_threads_auto_takes_one_worker_per_min_rows():
    """``threads auto`` never puts a second worker on an epoch too short to pay for it."""
    from sgdc.runtime.plan import MIN_ROWS_PER_THREAD

    prog = sgdc.compile("logistic", threads="auto")
    eng = prog.engine
    assert eng.workers(300) == 1 and eng.workers(MIN_ROWS_PER_THREAD - 1) == 1
    assert eng.workers(10**6) == min(eng.threads, 10**6 // MIN_ROWS_PER_THREAD) == eng.threads
    assert eng.workers(2 * MIN_ROWS_PER_THREAD) == min(eng.threads, 2)
    fields, dims = synthesize(prog.model, n=300, seed=2, dims={"d": 30})
    prog.fit(fields, epochs=1, seed=0, dims=dims)
    assert prog.engine.model_layout == "shared" and prog.engine.layout_reason.startswith("one thread")
    # a number of threads is taken as it is
    assert sgdc.compile("logistic", threads=2).engine.workers(300) == 2


def test_hot_coordinates_of_a_matrix_times_a_sparse_vector():
    """``W @ x`` writes every row of ``W`` at ``x``'s entries: :func:`touch_counts` counts each column's examples
    on every row, so a replicated merge averages the moves of a common feature's weights (summing two workers'
    full pulls overshoots: news20 softmax on two workers 0.843-0.848 before, 0.856-0.859 after); the bias every
    example writes is one of the copied params, averaged by the merge anyway."""
    import scipy.sparse as sp

    from sgdc.runtime.plan import touch_counts

    prog = sgdc.compile("softmax")
    X = sp.csr_matrix(np.array([[1, 0, 2], [0, 0, 3], [4, 0, 0], [5, 6, 0]], np.float32))
    y = np.array([0, 1, 2, 1])
    ds, _, _ = prog.bind({"x": X, "y": y}, fit=True)
    params = init_params(prog.uir.model, ds.dims, 0)
    counts = touch_counts(prog.uir, ds, params)
    assert params["W"].shape == (3, 3)
    np.testing.assert_array_equal(counts["W"], np.tile([3, 1, 2], 3))



GROUPS = """model groups
dim d, groups
data x : [d]
data g : index[groups]
data y : real
param W : [groups, d] = 0
loss 0.5 * (dot(W[g], x) - y)^2
predict dot(W[g], x)
schedule
  step 0.1
"""


CELLS = """model cells
dim users, items
data u : index[users]
data i : index[items]
data r : real
param M : [users, items] = 0
loss 0.5 * (M[u, i] - r)^2
predict M[u, i]
schedule
  step 0.1
"""


@pytest.mark.parametrize("layout", ["replicated", "shared"])
@pytest.mark.parametrize("storage", ["dense", "sparse"])
def test_coordinates_every_worker_writes_often_are_not_summed(layout, storage):
    """``W @ x`` over dense ``x`` (every coordinate at every example), ``dot(W[g], x)`` (a row's features at each
    example of the group, dense or sparse) and ``M[u, i]`` (a cell a pair picks): several workers' moves there
    are averaged at a replicated merge, never added up (added, 4 workers' moves of a window each overshot:
    multi-output RMSE 18.8, per-group 16.3 dense and 14-23 sparse, cells 8-12, where one thread gives ~0)."""
    import scipy.sparse as sp

    rng = np.random.default_rng(0)
    X = rng.normal(size=(20000, 5))
    Xs = X if storage == "dense" else sp.csr_matrix(X)
    if storage == "dense":
        Y = X @ rng.normal(size=(5, 3))
        rmse = [sgdc.compile("examples/multioutput.sgd", threads=t, layout=layout).fit(X, Y, epochs=2, seed=0)
                .evaluate(X, Y)["test_rmse"] for t in (1, 4)]
        assert rmse[1] < 0.01, rmse
    g = rng.integers(0, 3, len(X))
    data = {"x": Xs, "g": g, "y": np.einsum("nd,nd->n", X, rng.normal(size=(3, 5))[g])}
    rmse = [sgdc.compile(GROUPS, threads=t, layout=layout).fit(data, epochs=2, seed=0).evaluate(data)["test_rmse"]
            for t in (1, 4)]
    assert rmse[1] < 0.01, rmse
    u, i = rng.integers(0, 4, 20000), rng.integers(0, 4, 20000)
    cells = {"u": u, "i": i, "r": rng.normal(size=(4, 4))[u, i]}
    rmse = [sgdc.compile(CELLS, threads=t, layout=layout).fit(cells, epochs=2, seed=0).evaluate(cells)["test_rmse"]
            for t in (1, 4)]
    assert rmse[1] < 0.01, rmse


NORMALIZED = """model nlog
dim d
data x : [d]
data y : label
param w : [d] = 0
param b : real = 0
loss log1p(exp(-y * (dot(w, x) + b)))
predict sigmoid(dot(w, x) + b)
schedule
  step 0.5
  adaptive normalized
"""


def test_replicated_state_merges_as_its_meaning_asks():
    """``adaptive normalized``'s largest |x| a coordinate has seen is the largest over the workers (it was
    added: T times the data's largest); AdaGrad's sums and the cumulative l1's taken penalty are merged as
    their param (averaged where its moves are)."""
    from sgdc.runtime.engine import merge_modes
    from sgdc.backend.driver import MERGE_AVERAGE, MERGE_MASKED, MERGE_MAX, MERGE_SUM

    rng = np.random.default_rng(0)
    X = rng.normal(size=(20000, 8))
    X[:, 3] *= 3.0
    y = np.where(X @ rng.normal(size=8) > 0, 1, -1)
    for t in (2, 4):
        prog = sgdc.compile(NORMALIZED, threads=t, layout="replicated").fit(X, y, epochs=2, seed=0)
        np.testing.assert_array_equal(prog.state["w.nx"], np.abs(X).max(axis=0).astype(np.float32))
        assert float(np.ravel(prog.state["b.nx"])[0]) == 1.0
    params = {k: np.zeros(4, np.float32) for k in ("w", "w.g2", "w.l1q", "w.l2q", "w.nx", "v", "v.g2")}
    params["w.l1u"] = np.zeros(1, np.float32)
    mask = np.ones(4, np.uint8)
    modes, masks = merge_modes(params, {"v"}, {"w": mask})
    assert modes == {"w": MERGE_MASKED, "w.g2": MERGE_MASKED, "w.l1q": MERGE_MASKED, "w.l2q": MERGE_SUM,
                     "w.nx": MERGE_MAX, "v": MERGE_AVERAGE, "v.g2": MERGE_AVERAGE, "w.l1u": MERGE_SUM}
    assert masks["w.g2"] is mask and masks["w.l1q"] is mask


def test_touch_counts_are_each_coordinate_s_writers():
    """The counts the hot masks come from, against counting by hand: ``W @ x`` over sparse ``x`` (a feature's
    examples, in every row: a wrong size here dropped news20's mask, 0.857 -> 0.848 at 2 threads),
    ``dot(W[g], x)`` over sparse ``x`` ((row, feature) pairs), ``M[u, i]`` (cells)."""
    import scipy.sparse as sp
    from sgdc.runtime.plan import touch_counts

    rng = np.random.default_rng(0)
    X = sp.random(300, 7, density=0.3, format="csr", random_state=1)
    feats = np.bincount(X.indices, minlength=7)
    prog = sgdc.compile("softmax")
    y = rng.integers(0, 3, 300)
    ds, _, _ = prog.bind(X, y, fit=True)
    params = init_params(prog.model, ds.dims, 0)
    np.testing.assert_array_equal(touch_counts(prog.uir, ds, params)["W"], np.tile(feats, 3))
    g = rng.integers(0, 3, 300)
    prog = sgdc.compile(GROUPS)
    ds, _, _ = prog.bind({"x": X, "g": g, "y": rng.normal(size=300)}, fit=True)
    want = np.zeros((3, 7), np.int64)
    rows = np.repeat(np.arange(300), np.diff(X.indptr))
    np.add.at(want, (g[rows], X.indices), 1)
    np.testing.assert_array_equal(touch_counts(prog.uir, ds, init_params(prog.model, ds.dims, 0))["W"],
                                  want.ravel())
    u, i = rng.integers(0, 4, 300), rng.integers(0, 5, 300)
    prog = sgdc.compile(CELLS)
    ds, _, _ = prog.bind({"u": u, "i": i, "r": rng.normal(size=300)}, fit=True)
    got = touch_counts(prog.uir, ds, init_params(prog.model, ds.dims, 0))["M"]
    dims = ds.dims
    want = np.zeros((dims["users"], dims["items"]), np.int64)
    np.add.at(want, (ds["u"], ds["i"]), 1)
    np.testing.assert_array_equal(got, want.ravel())


def test_a_plain_step_that_moves_a_rare_coordinate_far_in_a_window_averages_it():
    """Least squares over 2,000 features of 10 a row, a plain step 0.05: each feature has ~40 updates a worker
    between merges (under ``HOT_UPDATES``), enough for one worker alone to move it most of the way; added, two
    workers' moves overshot (RMSE 1.8 against 0.37 at one thread, 110 at 4). ``step * sum x^2`` decides."""
    prog = sgdc.compile("least_squares")
    f, dims = synthesize(prog.model, n=20000, seed=0, dims={"d": 2000})
    tr, te = ({k: v[a:b] for k, v in f.items()} for a, b in ((0, 16000), (16000, 20000)))
    rmse = [sgdc.compile("least_squares", threads=t, layout="replicated", adaptive="off", step="0.05")
            .fit(tr, epochs=5, seed=0, dims=dims).evaluate(te)["test_rmse"] for t in (1, 2, 4)]
    assert max(rmse[1:]) < 1.1 * rmse[0], rmse


BPR_SMALL = """model bprs
dim users, items
data u : index[users]
data i : index[items]
data j : index[items] sampled uniform
param P : [users, k] = normal(0, 0.1)
param Q : [items, k] = normal(0, 0.1)
const k = 4
loss softplus(-(dot(P[u], Q[i]) - dot(P[u], Q[j])))
predict dot(P[u], Q[i])
schedule
  step 0.05
"""


def test_rows_a_sampled_field_draws_are_not_stratified_by_auto():
    """BPR's negatives ``Q[j]`` are drawn from all items: no strata shard holds them, so ``layout auto`` runs
    Hogwild! over contiguous shards (strata ran their stages in a fixed order: on 8 items the held-out loss went
    from 0.43 at one thread to 1.16 at two, worse than chance)."""
    rng = np.random.default_rng(0)
    u = rng.integers(0, 20, 20000)
    i = (u % 8 + rng.integers(0, 2, 20000)) % 8  # each user likes two neighbouring items
    data = {"u": u, "i": i}
    losses = []
    for t in (1, 2):
        prog = sgdc.compile(BPR_SMALL, threads=t).fit(data, epochs=5, seed=0)
        assert prog.engine.shard_kind() == "contiguous"
        losses.append(prog.evaluate(data)["test_loss"])
    assert losses[1] < 1.1 * losses[0] and losses[1] < np.log(2), losses
    assert "no strata shard holds" in sgdc.compile(BPR_SMALL, threads=2).fit(data, epochs=1).engine.layout_reason
