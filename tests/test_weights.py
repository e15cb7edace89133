"""Example weights: ``data c : weight`` scales an example's loss (and so its gradient) by ``c``.

The compiled kernels agree with the reference on weighted examples of every example spec (both data layouts, a
fixed-point signature); a weight of ``k`` is exactly a step ``k`` times as large and a weight of 0 is an example
left out (plain SGD, constant step, sequential order); weights come from data files (svmlight ``cost:``, a CSV
column, an npz field), from ``sample_weight=`` and, in ``SpecClassifier``, from ``class_weight``; bad weights
are one clear message; predicting needs no weights.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import sgdc
from sgdc.data.loaders import load_svmlight
from sgdc.errors import UserError
from sgdc.frontend.load import load_model
from sgdc.ir.model import format_model
from sgdc.passes.differentiate import build_update_ir

from strategies import copy_params, make_data, perturbed_params
from test_adaptive import spec_layouts
from test_differential import EXAMPLE_DIMS, EXAMPLE_NAMES, close, run

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

LOGISTIC = """model m
dim d
data x : [d]
data y : label
data c : weight
param w : [d] = 0
param b : real = 0
loss log1p(exp(-y * (dot(w, x) + b)))
predict sigmoid(dot(w, x) + b)
schedule
  threads 1
  order sequential
"""


def _weighted(name: str):
    return load_model((EXAMPLES / f"{name}.sgd").read_text().rstrip("\n") + "\ndata cw : weight\n", adaptive="off")


def _blobs(n=400, d=6, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    y = np.where(X[:, 0] + 0.5 * rng.normal(size=n) > 0, 1.0, -1.0)
    return X, y


@pytest.mark.parametrize("name, layout", spec_layouts(EXAMPLE_NAMES))
def test_weighted_compiled_equals_reference(name, layout):
    from sgdc.runtime.engine import CompiledEngine, ReferenceEngine

    model = _weighted(name)
    data = make_data(model, 60, seed=7, layout=layout, dims=EXAMPLE_DIMS, density=0.3)
    data.fields["cw"] = np.random.default_rng(3).uniform(0, 3, data.n).astype(np.float32)
    uir = build_update_ir(model)
    p0 = perturbed_params(model, data.dims, 7, dtype=np.float32, scale=0.3)
    orders = [np.random.default_rng([7, e]).permutation(data.n).astype(np.int64) for e in range(2)]
    pr = copy_params(p0)
    lr = run(ReferenceEngine(uir), pr, data, orders)
    pc = copy_params(p0)
    lc = run(CompiledEngine(uir), pc, data, orders)
    assert lc == pytest.approx(lr, rel=1e-4)
    for k in pr:
        close(pc[k], pr[k], f"param {k}")
    # and the weights matter: unweighted training ends elsewhere
    data.fields["cw"] = np.ones(data.n, dtype=np.float32)
    pu = copy_params(p0)
    run(ReferenceEngine(uir), pu, data, orders)
    assert any(not np.allclose(pu[k], pr[k], rtol=1e-3, atol=1e-4) for k in pr)


@pytest.mark.parametrize("engine", ["llvm", "reference"])
def test_weight_k_is_a_step_k_times_larger_and_weight_0_leaves_an_example_out(engine):
    X, y = _blobs()
    c = np.where(np.arange(len(y)) % 3 == 0, 0.0, 2.0)
    a = sgdc.compile(LOGISTIC, engine=engine, step="0.1").fit({"x": X, "y": y, "c": c}, epochs=2)
    keep = c > 0
    b = sgdc.compile(LOGISTIC, engine=engine, step="0.2").fit({"x": X[keep], "y": y[keep]}, epochs=2)
    for k in ("w", "b"):
        np.testing.assert_allclose(a.params[k], b.params[k], rtol=1e-5, atol=1e-6)
    # the loss reported is the weighted mean
    assert a.loss({"x": X, "y": y, "c": c}) == pytest.approx(
        2 * a.loss({"x": X[keep], "y": y[keep]}) * keep.mean(), rel=1e-4)


def test_weights_at_a_fixed_point_signature_match_the_reference():
    X, y = _blobs(300)
    c = np.random.default_rng(1).uniform(0.2, 2.0, len(y))
    got = {}
    for engine in ("llvm", "reference"):
        p = sgdc.compile(LOGISTIC, engine=engine, precision="D16M16", step="0.05")
        got[engine] = p.fit({"x": X, "y": y, "c": c}, epochs=2).params["w"]
    np.testing.assert_allclose(got["llvm"], got["reference"], atol=2e-3)


def test_missing_weights_weigh_one_and_predict_needs_none():
    X, y = _blobs()
    a = sgdc.compile(LOGISTIC, step="0.1").fit({"x": X, "y": y}, epochs=2)
    b = sgdc.compile(LOGISTIC, step="0.1").fit({"x": X, "y": y, "c": np.ones(len(y))}, epochs=2)
    np.testing.assert_array_equal(a.params["w"], b.params["w"])
    assert a.predict(X).shape == (len(y),)
    c = sgdc.compile(LOGISTIC, step="0.1").fit(X, y, sample_weight=np.ones(len(y)), epochs=2)
    np.testing.assert_array_equal(a.params["w"], c.params["w"])


@pytest.mark.parametrize("weights, message", [
    (-np.ones(400), "field 'c': weight -1 at position 0 is negative"),
    (np.r_[np.ones(399), np.nan], "field 'c'"),
    (np.ones(3), "field 'c' has 3 examples"),
])
def test_bad_weights_are_one_clear_message(weights, message):
    X, y = _blobs()
    with pytest.raises(UserError, match=message.replace("(", r"\(")):
        sgdc.compile(LOGISTIC).fit({"x": X, "y": y, "c": weights}, epochs=1)


def test_sample_weight_needs_a_weight_field_and_is_given_once():
    X, y = _blobs()
    with pytest.raises(UserError, match="sample_weight needs a weight field"):
        sgdc.compile("logistic").fit(X, y, sample_weight=np.ones(len(y)))
    with pytest.raises(UserError, match="weights given twice"):
        sgdc.compile(LOGISTIC).fit({"x": X, "y": y, "c": np.ones(len(y))}, sample_weight=np.ones(len(y)))


def test_the_weight_field_is_printed_and_the_loss_is_scaled():
    text = format_model(load_model(LOGISTIC))
    assert "data c : weight" in text and "loss (c * log1p(" in text


# -- data files -----------------------------------------------------------------------------------------------


def test_svmlight_cost_tokens(tmp_path):
    p = tmp_path / "w.svm"
    p.write_text("1 cost:2 1:1 3:0.5\n# a comment\n-1 2:1\n\n+1 cost:0.5 qid:3 1:2\n")
    X, y, w = load_svmlight(p, with_weights=True)
    assert w.tolist() == [2.0, 1.0, 0.5] and y.tolist() == [1, -1, 1] and X.shape == (3, 3)
    X2, y2 = load_svmlight(p)  # without weights the tokens are skipped
    assert (X2 != X).nnz == 0
    assert load_svmlight(tmp_path / "w.svm", with_weights=True)[2] is not None
    q = tmp_path / "plain.svm"
    q.write_text("1 1:1\n")
    assert load_svmlight(q, with_weights=True)[2] is None
    bad = tmp_path / "bad.svm"
    bad.write_text("1 1:1\n-1 cost:-3 2:1\n")
    with pytest.raises(UserError, match=r"bad.svm:2: cost:-3 is not a weight"):
        load_svmlight(bad, with_weights=True)


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "sgdc.cli", *map(str, args)], capture_output=True, text=True)


def test_cli_reads_weights_from_svmlight_and_csv(tmp_path):
    spec = tmp_path / "w.sgd"
    spec.write_text(LOGISTIC)
    X, y = _blobs(200, 3)
    lines = [f"{int(t)} cost:{k % 3} " + " ".join(f"{j + 1}:{v:.4f}" for j, v in enumerate(r))
             for k, (r, t) in enumerate(zip(X, y))]
    (tmp_path / "d.svm").write_text("\n".join(lines) + "\n")
    (tmp_path / "u.svm").write_text("\n".join(ln.split(" ", 2)[0] + " " + ln.split(" ", 2)[2] for ln in lines) + "\n")
    for data, out in (("d.svm", "m.npz"), ("u.svm", "u.npz")):
        r = _cli("train", spec, "--data", tmp_path / data, "--epochs", "2", "--out", tmp_path / out, "-q")
        assert r.returncode == 0, r.stderr
    weighted, plain = (sgdc.load(tmp_path / f).params["w"] for f in ("m.npz", "u.npz"))
    assert np.abs(weighted).max() > 0 and not np.allclose(weighted, plain, rtol=1e-3)
    header = "x0,x1,c,x2,y\n"
    rows = [f"{r[0]:.4f},{r[1]:.4f},{k % 3},{r[2]:.4f},{int(t)}" for k, (r, t) in enumerate(zip(X, y))]
    (tmp_path / "d.csv").write_text(header + "\n".join(rows) + "\n")
    r2 = _cli("train", spec, "--data", tmp_path / "d.csv", "--epochs", "2", "--json", "-q")
    assert r2.returncode == 0, r2.stderr


def test_csv_weight_column_is_not_a_feature(tmp_path):
    from sgdc.data.datafiles import read

    model = load_model(LOGISTIC)
    (tmp_path / "d.csv").write_text("x0,c,x1,y\n1,2,3,1\n4,0.5,6,-1\n")
    got = read(tmp_path / "d.csv", model)
    assert got["x"].tolist() == [[1, 3], [4, 6]] and got["c"].tolist() == [2, 0.5]


# -- estimators -------------------------------------------------------------------------------------------------

sklearn = pytest.importorskip("sklearn")


def _imbalanced(n=3000, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 5))
    y = np.where(X[:, 0] + 0.3 * rng.normal(size=n) > 1.0, "rare", "common")
    return X, y


def test_class_weight_balanced_raises_recall_of_the_rare_class():
    from sgdc.sklearn import SpecClassifier

    X, y = _imbalanced()
    plain = SpecClassifier(epochs=5).fit(X, y)
    bal = SpecClassifier(epochs=5, class_weight="balanced").fit(X, y)
    rare = y == "rare"
    assert (bal.predict(X)[rare] == "rare").mean() > (plain.predict(X)[rare] == "rare").mean() + 0.05
    # balanced = the dict of n / (k n_c), and = sample_weight of the same values
    n_c = {c: (y == c).sum() for c in ("rare", "common")}
    cw = {c: len(y) / (2 * k) for c, k in n_c.items()}
    d = SpecClassifier(epochs=5, class_weight=cw).fit(X, y)
    s = SpecClassifier(epochs=5).fit(X, y, sample_weight=np.array([cw[t] for t in y]))
    for other in (d, s):
        np.testing.assert_allclose(other.params_["w"], bal.params_["w"], rtol=1e-5, atol=1e-6)


def _plain_label(v):
    return v.item() if hasattr(v, "item") else v


def test_estimator_weight_errors():
    from sgdc.sklearn import SpecClassifier, SpecRegressor

    X, y = _imbalanced(200)
    with pytest.raises(ValueError, match="Negative values"):
        SpecClassifier().fit(X, y, sample_weight=-np.ones(len(y)))
    with pytest.raises(ValueError, match="class_weight names 'nope'"):
        SpecClassifier(class_weight={"nope": 2}).fit(X, y)
    with pytest.raises(ValueError, match="class_weight must be"):
        SpecClassifier(class_weight="heavy").fit(X, y)
    label = _plain_label(y[0])
    for bad in (None, [1, 2], 1j, "x", float("nan"), -1.0):  # (the first four raised TypeError or a bare message)
        with pytest.raises(ValueError, match="class_weight values must be finite numbers >= 0"):
            SpecClassifier(class_weight={label: bad}).fit(X, y)
    r = SpecRegressor(epochs=3).fit(X, X[:, 0], sample_weight=np.full(len(y), 0.5))
    assert r.program_.model.weight == "sample_weight" and r.score(X, X[:, 0]) > 0.9


def test_estimator_with_a_weighted_spec_uses_its_field():
    from sgdc.sklearn import SpecClassifier

    X, y = _imbalanced(500)
    clf = SpecClassifier(LOGISTIC, epochs=2).fit(X, y, sample_weight=np.ones(len(y)))
    assert clf.program_.model.weight == "c"


def test_estimators_take_the_training_fields():
    from sklearn.base import clone

    from sgdc.sklearn import SpecClassifier

    X, y = _imbalanced(2000)
    clf = SpecClassifier(average="epoch", l2_penalty="exact", l1_penalty="subgradient", epochs=3, threads=1)
    assert clone(clf).get_params()["average"] == "epoch"
    clf.fit(X, y)
    t = clf.program_.training
    assert (t.average, t.l2_penalty, t.l1_penalty) == ("epoch", "exact", "subgradient") and clf.score(X, y) > 0.8


def _mixed(n=3000, d=12, seed=3):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)) * (rng.random((n, d)) < 0.4)
    y = np.where(X @ rng.normal(size=d) + 0.5 * rng.normal(size=n) > 0, "pos", "neg")
    return X, y


@pytest.mark.parametrize("sparse", [False, True])
@pytest.mark.parametrize("kind", ["classifier", "regressor"])
def test_an_integer_sample_weight_is_that_many_copies_bit_for_bit(sparse, kind):
    """scikit-learn's sample-weight equivalence, exactly and on more than its 15 rows: a weight k is k visits
    of the example an epoch, and the fit does not depend on where the rows come, so fitting with integer
    weights (0 included) gives the params of fitting on the rows repeated (in another order)."""
    import scipy.sparse as sps

    from sgdc.sklearn import SpecClassifier, SpecRegressor

    X, y = _mixed()
    rng = np.random.default_rng(1)
    sw = rng.integers(0, 4, size=len(y))
    target = y if kind == "classifier" else X[:, 0] - X[:, 1]
    rep, rep_y = X.repeat(sw, axis=0), target.repeat(sw)
    perm = rng.permutation(len(y))
    Est = SpecClassifier if kind == "classifier" else SpecRegressor
    conv = sps.csr_matrix if sparse else np.asarray
    a = Est(epochs=3).fit(conv(X[perm]), target[perm], sample_weight=sw[perm])
    b = Est(epochs=3).fit(conv(rep), rep_y)
    for k in a.params_:
        assert np.array_equal(a.params_[k], b.params_[k]), k
    assert np.array_equal(a.predict(conv(X)), b.predict(conv(X)))


def test_the_fit_does_not_depend_on_the_order_rows_come_in_but_sequential_keeps_it():
    from sgdc.sklearn import SpecClassifier

    X, y = _mixed()
    perm = np.random.default_rng(2).permutation(len(y))
    a = SpecClassifier(epochs=2).fit(X, y)
    b = SpecClassifier(epochs=2).fit(X[perm], y[perm])
    assert np.array_equal(a.params_["w"], b.params_["w"])
    s1 = SpecClassifier(epochs=2, order="sequential").fit(X, y)
    s2 = SpecClassifier(epochs=2, order="sequential").fit(X[perm], y[perm])
    assert not np.array_equal(s1.params_["w"], s2.params_["w"])  # the given order is the order trained


def test_visits_of_fractional_zero_and_large_weights():
    from sgdc.sklearn import MAX_VISITS, as_visits

    X = np.arange(8.0).reshape(4, 2)
    y = np.array([0.0, 1.0, 2.0, 3.0])
    Xv, yv, wv = as_visits(X, y, np.array([0.5, 2.5, 0.0, 1000.0]), reorder=False)
    assert yv.tolist() == [0.0] + [1.0] * 3 + [3.0] * MAX_VISITS
    np.testing.assert_allclose(wv, [0.5] + [2.5 / 3] * 3 + [1000.0 / MAX_VISITS] * MAX_VISITS)
    assert np.array_equal(Xv[1], X[1]) and Xv.shape == (4 + MAX_VISITS, 2)
    # weights of 1 (or none) and no reordering: the arrays as given, no copy
    Xs, ys, ws = as_visits(X, y, np.ones(4), reorder=False)
    assert Xs is X and ws is None
    # reordered: the same rows in any order give the same order
    perm = np.array([2, 0, 3, 1])
    Xa, ya, _ = as_visits(X, y, None, reorder=True)
    Xb, yb, _ = as_visits(X[perm], y[perm], None, reorder=True)
    assert np.array_equal(Xa, Xb) and np.array_equal(ya, yb)


def test_content_keys_ignore_storage():
    """A row's key is the same dense or sparse, float32 or float64, with a stored zero or without, and differs
    between rows that differ."""
    import scipy.sparse as sps

    from sgdc.sklearn import _content_keys

    X = np.array([[0.0, 1.5, 0.0, -2.0], [3.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, -2.0, 0.0, 1.5]])
    dense = _content_keys(X)
    assert np.array_equal(dense, _content_keys(sps.csr_matrix(X)))
    assert np.array_equal(dense, _content_keys(X.astype(np.float32)))
    stored_zero = sps.csr_matrix((np.array([0.0, 1.5, -2.0]), np.array([0, 1, 3]), np.array([0, 3, 3, 3, 3])),
                                 shape=(4, 4))
    assert _content_keys(stored_zero)[0] == dense[0]
    assert len(set(dense.tolist())) == 4  # (the last row: the first's values at other columns)


def test_all_zero_weights_are_a_clear_error():
    from sgdc.sklearn import SpecClassifier

    X, y = _mixed(200)
    with pytest.raises(ValueError, match="at least one non-zero"):  # (scikit-learn's check)
        SpecClassifier().fit(X, y, sample_weight=np.zeros(len(y)))
    with pytest.raises(ValueError, match="every sample_weight is 0"):  # class weights can make them so
        SpecClassifier(class_weight={"pos": 0, "neg": 0}).fit(X, y)
