"""Load (issue 9): several fits at once from Python threads and from processes give the sequential results.

The heavier measurements (1,000 compiles, 10 million rows) are ``benchmarks/load.py``; see docs/robustness.md.
"""
from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

import numpy as np

import sgdc
from sgdc.data.synth import synthesize

SPECS = ("logistic", "least_squares", "svm", "matrix_completion")


def _fit(name: str, seed: int) -> dict:
    prog = sgdc.compile(name, threads=1)
    fields, _ = synthesize(prog.model, n=3000, seed=seed)
    prog.fit(fields, epochs=2, seed=seed)
    return {k: np.array(v, copy=True) for k, v in prog.params.items()}


def _same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for k, v in a.items():
        np.testing.assert_array_equal(v, b[k])


def test_fits_from_several_threads_at_once():
    jobs = [(name, seed) for seed in (1, 2) for name in SPECS]
    expected = [_fit(*j) for j in jobs]
    got: list = [None] * len(jobs)
    errors: list = []
    start = threading.Barrier(len(jobs))

    def run(k):
        try:
            start.wait()
            got[k] = _fit(*jobs[k])
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    for e, g in zip(expected, got):
        _same(e, g)


def test_one_program_shared_by_threads_predicts_consistently():
    prog = sgdc.compile("logistic", threads=1)
    fields, _ = synthesize(prog.model, n=2000, seed=3)
    prog.fit(fields, epochs=1)
    want = prog.predict(fields["x"])
    out: list = []

    def run():
        for _ in range(5):
            out.append(prog.predict(fields["x"]))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(out) == 20 and all(np.array_equal(o, want) for o in out)


def test_fits_from_several_processes_at_once():
    jobs = [("logistic", 1), ("matrix_completion", 2), ("least_squares", 3)]
    ctx = multiprocessing.get_context("spawn")  # no fork of a process holding LLVM and threads
    with ProcessPoolExecutor(max_workers=len(jobs), mp_context=ctx) as pool:
        results = list(pool.map(_fit, *zip(*jobs)))
    for job, res in zip(jobs, results):
        _same(_fit(*job), res)
