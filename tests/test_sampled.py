"""Sampled index fields (``data j : index[items] sampled uniform``) and losses without a target (BPR)."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

import sgdc
from sgdc.cli import main
from sgdc.errors import SpecError, UserError
from sgdc.frontend.load import load_model
from sgdc.ir import fixedpoint as fx
from sgdc.passes.differentiate import build_update_ir
from sgdc.runtime.engine import CompiledEngine, ReferenceEngine
from sgdc.runtime.interp import Interpreter

from strategies import copy_params, make_data, perturbed_params
from test_differential import differential
from test_gradient import check_gradient

pytestmark = pytest.mark.guarded

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BPR = EXAMPLES / "bpr.sgd"
DIMS = {"users": 9, "items": 13}


def test_a_ranking_loss_has_no_target_and_predict_scores():
    m = load_model(BPR)
    assert m.target is None and m.task == "ranking"
    assert [f.name for f in m.sampled_fields] == ["j"] and [f.name for f in m.data_fields] == ["u", "i"]
    from sgdc.ir.model import format_model

    assert "data j : index[items] sampled uniform" in format_model(m)


def test_draws_are_uniform_and_keyed_by_the_stream():
    keys = fx.sample_keys(None, np.arange(200_000), 0)
    j = fx.sample_index(keys, 7)
    counts = np.bincount(j, minlength=7)
    assert j.min() == 0 and j.max() == 6 and counts.min() > 0.97 * 200_000 / 7 and counts.max() < 1.03 * 200_000 / 7
    a = [int(fx.sample_index(fx.sample_keys(s, None, 0), 1000)[0]) for s in range(1, 2000)]
    assert len(set(a)) > 800  # a different draw from every state
    assert fx.sample_index(fx.sample_keys(5, None, 0), 1000)[0] != fx.sample_index(fx.sample_keys(5, None, 1), 1000)[0]


@pytest.mark.parametrize("adaptive", ["off"])  # (AdaGrad against the reference: tests/test_adaptive.py)
def test_bpr_compiled_draws_and_trains_as_the_reference(adaptive):
    """The kernel draws each example's negative from the worker's stream as the reference interpreter does (the
    same items), so the params agree; the held-out losses draw keyed by the example in both."""
    model = load_model(BPR, consts={"k": 4}, adaptive=adaptive)
    data = make_data(model, 50, seed=3, dims=DIMS)
    assert "j" not in data.fields
    differential(model, data, seed=3, generic=(False, True))


def test_bpr_fixed_point_is_bit_for_bit_with_the_exact_interpreter():
    model = load_model(BPR, consts={"k": 4}, precision="D32M16", rounding="unbiased", adaptive="off")
    data = make_data(model, 50, seed=4, dims=DIMS)
    uir = build_update_ir(model)
    p0 = perturbed_params(model, data.dims, 4, np.float32, 0.3)
    from sgdc.ir.precision import quantised_params

    for k, step in quantised_params(model).items():
        p0[k] = (np.round(np.asarray(p0[k]) / step) * step).astype(np.float32)
    out = []
    for cls in (ReferenceEngine, CompiledEngine):
        eng, p = cls(uir), copy_params(p0)
        for e in range(2):
            eng.epoch(p, data, np.random.default_rng(e).permutation(data.n), e, e * data.n)
        out.append(p)
    for k in out[0]:
        np.testing.assert_array_equal(out[0][k], out[1][k], err_msg=k)


def test_the_gradient_at_a_given_negative_is_the_finite_difference_one():
    model = load_model(BPR, consts={"k": 4})
    data = make_data(model, 12, seed=5, dims=DIMS)
    from sgdc.data.dataset import Dataset

    fixed = Dataset(data.n, {**data.fields, "j": np.random.default_rng(5).integers(0, 13, data.n).astype(np.int32)},
                    data.dims)
    interp = Interpreter(build_update_ir(model))
    params = perturbed_params(model, data.dims, seed=5)
    assert sum(check_gradient(interp, params, fixed, e) for e in range(data.n)) > 0


def test_a_fit_is_reproducible_from_its_seed():
    rng = np.random.default_rng(0)
    pairs = {"u": rng.integers(0, 30, 2000), "i": rng.integers(0, 50, 2000)}
    fits = [sgdc.compile(BPR, threads=1, epochs=2).fit(pairs, seed=s).params["P"] for s in (1, 1, 2)]
    np.testing.assert_array_equal(fits[0], fits[1])
    assert not np.array_equal(fits[0], fits[2])
    two = [sgdc.compile(BPR, threads=2, epochs=2).fit(pairs, seed=1) for _ in range(2)]
    assert all(np.isfinite(p.params["P"]).all() for p in two)


def test_bpr_learns_preferences_and_reports_auc_from_the_cli(tmp_path, capsys):
    """Users 0-19 like items 0-24, users 20-39 items 25-49: BPR ranks a user's side above the other side."""
    rng = np.random.default_rng(1)
    u = rng.integers(0, 40, 6000)
    i = np.where(u < 20, rng.integers(0, 25, u.size), rng.integers(25, 50, u.size))
    train, test = tmp_path / "train.txt", tmp_path / "test.txt"
    train.write_text("".join(f"{a} {b} 5\n" for a, b in zip(u[:5000], i[:5000])))
    test.write_text("".join(f"{a} {b} 5\n" for a, b in zip(u[5000:], i[5000:])))
    model = tmp_path / "bpr.npz"
    assert main(["train", str(BPR), "--data", str(train), "--test", str(test), "--out", str(model),
                 "--epochs", "10"]) == 0
    out = capsys.readouterr().out
    auc = float(out.split("test auc ")[1].split()[0])
    assert auc > 0.72, out  # (half the drawn negatives are on the user's side: 0.75 is the best there is)
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("3 10\n3 40\n30 10\n30 40\n")
    assert main(["predict", str(model), "--data", str(pairs)]) == 0
    s = [float(x) for x in capsys.readouterr().out.split()]
    assert s[0] > s[1] and s[3] > s[2]


@pytest.mark.parametrize("text, message", [
    ("predict bi[j] + dot(P[u], Q[j])", "predict cannot use 'j': it is sampled in training"),
    ("data  j : index[items] sampled zipf", "unknown sampler 'zipf' (use uniform or unigram(POWER))"),
])
def test_sampled_field_errors_have_positions(text, message):
    src = BPR.read_text()
    if text.startswith("predict"):
        src = src.replace("predict  bi[i] + dot(P[u], Q[i])", text)
    else:
        src = src.replace("data  j : index[items] sampled uniform", text)
    with pytest.raises(SpecError, match=re.escape(message)) as e:
        load_model(src)
    assert e.value.loc is not None


def test_a_sampled_field_given_as_data_is_refused():
    p = sgdc.compile(BPR)
    with pytest.raises(UserError, match="field 'j' is sampled in the kernel"):
        p.fit({"u": np.array([0, 1]), "i": np.array([0, 1]), "j": np.array([1, 0])}, epochs=1)


# -- sampled unigram(p): negatives in proportion to the items' training counts to a power --------------------

SKIPGRAM = """model skipgram
dim words
const k = 4
data  w : index[words]
data  c : index[words]
data  n : index[words] sampled unigram(0.75)
param W : [words, k] = normal(0, 0.1)
param C : [words, k] = normal(0, 0.1)
loss     softplus(-dot(W[w], C[c])) + softplus(dot(W[w], C[n]))
predict  dot(W[w], C[c])
schedule step 0.05
"""


def test_an_alias_table_draws_in_proportion_to_its_weights():
    from sgdc.runtime.params import alias_table

    w = np.array([0.0, 1.0, 3.0, 0.5, 5.5, 0.0, 2.0])
    prob, alias = alias_table(w)
    keys = fx.sample_keys(None, np.arange(300_000), 0)
    buckets = fx.sample_index(keys, w.size)
    us = fx.sample_uniform(None, np.arange(300_000), 0)
    got = np.bincount([fx.alias_pick(int(b), u, prob, alias, w.size) for b, u in zip(buckets, us)], minlength=w.size)
    np.testing.assert_allclose(got / got.sum(), w / w.sum(), atol=0.004)
    assert got[0] == got[5] == 0  # never an item of weight 0
    p0, a0 = alias_table(np.zeros(4))
    assert (p0 == 1).all() and (a0 == np.arange(4)).all()


def test_unigram_tables_come_from_the_training_counts_and_travel_with_the_model(tmp_path):
    rng = np.random.default_rng(0)
    c = np.minimum(rng.zipf(1.6, 4000), 60) - 1  # a few frequent words, many rare ones
    pairs = {"w": rng.integers(0, 60, c.size), "c": c}
    p = sgdc.compile(SKIPGRAM, threads=1, epochs=2).fit(pairs, seed=0)
    prob, alias = p.params["n.sp"], p.params["n.sa"]
    n = prob.size
    # the table's distribution: counts of c (as the bind coded them) to the power 0.75
    codes = p.bind(pairs)[0]["c"]
    want = np.bincount(codes, minlength=n) ** 0.75
    dist = prob / n
    for k in range(n):
        dist[int(alias[k])] += (1 - prob[k]) / n
    np.testing.assert_allclose(dist, want / want.sum(), atol=1e-6)
    from sgdc.runtime import modelfile

    out = tmp_path / "sg.npz"
    modelfile.save(out, p)
    q = modelfile.load(out)
    np.testing.assert_array_equal(q.params["n.sa"], alias)


def test_unigram_draws_compiled_as_the_reference_and_never_out_of_bounds():
    """The kernel's alias draw is the reference's (same params); a table damaged in a model file (NaN, huge or
    negative aliases) keeps every draw in [0, n): the bucket itself."""
    model = build_update_ir(load_model(SKIPGRAM, adaptive="off")).model  # (with the alias table's params)
    data = make_data(model, 60, seed=7, dims={"words": 11})
    differential(model, data, seed=7)
    uir = build_update_ir(model)
    p0 = perturbed_params(model, data.dims, 7, np.float32, 0.3)
    p0["n.sp"] = np.full(11, -1.0, np.float32)  # every draw takes the alias
    p0["n.sa"] = np.array([np.nan, 1e9, -5, 2**31, 3, 4, 5, 6, 7, 8, np.inf], np.float32)
    out = []
    for cls in (ReferenceEngine, CompiledEngine):
        eng, p = cls(uir), copy_params(p0)
        eng.epoch(p, data, np.arange(data.n), 0, 0)
        out.append(p)
    for k in ("W", "C"):
        np.testing.assert_allclose(out[1][k], out[0][k], rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("text, message", [
    ("data  n : index[words] sampled unigram", "sampled unigram needs its power"),
    ("data  n : index[words] sampled uniform(0.5)", "sampled uniform takes no argument"),
    ("data  n : index[words] sampled unigram(7)", "unigram's power must be in [0, 4], got 7"),
])
def test_unigram_errors_have_positions(text, message):
    src = SKIPGRAM.replace("data  n : index[words] sampled unigram(0.75)", text)
    with pytest.raises(SpecError, match=re.escape(message)) as e:
        load_model(src)
    assert e.value.loc is not None


def test_a_sampled_field_needs_the_items_it_draws_for():
    src = SKIPGRAM.replace("dim words", "dim words, other").replace("data  n : index[words] sampled unigram(0.75)",
                                                                    "data  n : index[other] sampled uniform") \
        .replace("param C : [words, k] = normal(0, 0.1)", "param C : [words, k] = normal(0, 0.1)\nparam D : [other, k] = 0") \
        .replace("softplus(dot(W[w], C[n]))", "softplus(dot(W[w], D[n]))")
    with pytest.raises(SpecError, match="sampled field 'n' needs a data index field over 'other'"):
        load_model(src)
