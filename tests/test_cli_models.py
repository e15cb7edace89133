"""The command line around model files: ``predict --what/--out``, ``info``, ``train --init``, ``--set`` on consts
and ``tune --vary``."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp

import sgdc
from sgdc.cli import main
from sgdc.data.synth import synthesize

from conftest import EXAMPLES


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _svmlight(path, X, y) -> None:
    X = sp.csr_matrix(X)
    with open(path, "w") as f:
        for r in range(X.shape[0]):
            a, b = X.indptr[r], X.indptr[r + 1]
            f.write(f"{y[r]:g} " + " ".join(f"{j + 1}:{v:.6g}" for j, v in zip(X.indices[a:b], X.data[a:b])) + "\n")


def _classification(tmp_path, spec: str, n: int = 600):
    fields, _ = synthesize(sgdc.compile(spec).model, n=n, seed=4)
    path = tmp_path / f"{spec}.svm"
    _svmlight(path, fields["x"], fields["y"])
    return path


def _ratings(tmp_path, n: int = 3000):
    rng = np.random.default_rng(2)
    u, i = rng.integers(1, 60, n), rng.integers(1, 80, n)
    r = np.clip(np.round(3 + 0.02 * (u % 7) - 0.03 * (i % 5) + rng.normal(0, 0.7, n)), 1, 5)
    path = tmp_path / "ratings.txt"
    path.write_text("".join(f"{a}\t{b}\t{c:g}\n" for a, b, c in zip(u, i, r)))
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("".join(f"{a} {b}\n" for a, b in zip(u[:50], i[:50])))
    return path, pairs


@pytest.mark.parametrize("spec", ["logistic", "softmax"])
def test_predict_what_and_out(capsys, tmp_path, spec):
    data = _classification(tmp_path, spec)
    model = tmp_path / "m.npz"
    assert run(capsys, "train", spec, "--data", data, "--epochs", 3, "--out", model, "-q")[0] == 0
    prog = sgdc.runtime.modelfile.load(model)
    X, y = sgdc.data.loaders.load_svmlight(data, n_features=prog.encoders.dims["d"])
    outs = {}
    for what in ("label", "score", "proba"):
        f = tmp_path / f"{what}.txt"
        code, out, err = run(capsys, "predict", model, "--data", data, "--what", what, "--out", f)
        assert code == 0, err
        assert out == "" and f"written to {f}" in err and "# accuracy" in err
        outs[what] = np.loadtxt(f, ndmin=2 if spec == "softmax" and what != "label" else 1)
    np.testing.assert_array_equal(outs["label"], prog.predict({"x": X}))
    np.testing.assert_allclose(outs["score"], prog.decision_function({"x": X}), rtol=1e-6, atol=1e-7)
    if spec == "logistic":  # one value a line: the positive class's probability (the sigmoid the spec predicts)
        assert outs["proba"].ndim == 1 and np.all((outs["proba"] >= 0) & (outs["proba"] <= 1))
        np.testing.assert_allclose(outs["proba"], outs["score"], rtol=1e-6)
    else:  # a row of class probabilities a line
        assert outs["proba"].shape == (len(y), prog.encoders.dims["classes"])
        np.testing.assert_allclose(outs["proba"].sum(axis=1), 1, rtol=1e-5)
        np.testing.assert_array_equal(outs["proba"].argmax(axis=1), outs["score"].argmax(axis=1))
    # stdout without --out: the same lines
    code, out, _ = run(capsys, "predict", model, "--data", data, "--what", "label")
    assert code == 0 and np.array_equal(np.array(out.split(), float), outs["label"])


def test_predict_proba_of_a_regression_is_refused(capsys, tmp_path):
    ratings, pairs = _ratings(tmp_path)
    model = tmp_path / "mf.npz"
    assert run(capsys, "train", "matrix_completion", "--data", ratings, "--epochs", 2, "--out", model, "-q")[0] == 0
    code, out, err = run(capsys, "predict", model, "--data", pairs, "--what", "proba")
    assert code == 1 and "does not define a probability" in err and "Traceback" not in err


def test_predict_scores_pairs_without_ratings(capsys, tmp_path):
    ratings, pairs = _ratings(tmp_path)
    model = tmp_path / "mf.npz"
    assert run(capsys, "train", "matrix_completion", "--data", ratings, "--epochs", 3, "--out", model, "-q")[0] == 0
    code, out, err = run(capsys, "predict", model, "--data", pairs)
    assert code == 0, err
    got = np.array(out.split(), float)
    assert got.shape == (50,) and "rmse" not in err
    prog = sgdc.runtime.modelfile.load(model)
    lines = [ln.split() for ln in pairs.read_text().splitlines()]
    want = prog.predict({"u": np.array([int(a) for a, _ in lines]), "i": np.array([int(b) for _, b in lines])})
    np.testing.assert_allclose(got, want, rtol=1e-6)
    # a pairs file is no training data: train needs the rating
    code, _, err = run(capsys, "train", "matrix_completion", "--data", pairs, "--epochs", 1)
    assert code == 1 and "expected 3 or 4 columns" in err


def test_info_prints_what_a_model_file_holds(capsys, tmp_path):
    model = tmp_path / "m.npz"
    assert run(capsys, "train", "matrix_completion", "--rows", 2000, "--epochs", 2, "--set", "k=8", "--out", model,
               "-q")[0] == 0
    code, out, err = run(capsys, "info", model, "--json")
    assert code == 0, err
    info = json.loads(out)
    assert info["model"] == "matrix_completion" and info["epochs_done"] == 2 and info["consts"] == {"k": 8, "lam": 0.2}
    assert info["params"]["L"]["shape"][1] == 8 and not info["params"]["L"]["state"]
    assert set(info["quality"]) == {"train_loss", "rmse"} and all(np.isfinite(list(info["quality"].values())))
    assert "const k = 8" in info["spec"]
    code, out, _ = run(capsys, "info", model)
    assert code == 0 and "consts     k = 8, lam = 0.2" in out and "trained    2 epochs" in out
    code, _, err = run(capsys, "info", tmp_path / "missing.npz")
    assert code == 1 and "missing.npz" in err and "Traceback" not in err


def test_init_continues_training_as_one_run_would(capsys, tmp_path):
    """5 epochs, then 5 more from the file (--init), on one thread: bit for bit the 10-epoch run (the step rule,
    the AdaGrad sums and the epochs' shuffles all go on from the file)."""
    data = _classification(tmp_path, "logistic")
    five, more, ten = tmp_path / "5.npz", tmp_path / "5+5.npz", tmp_path / "10.npz"
    common = ("--data", data, "--threads", 1, "-q")
    assert run(capsys, "train", "logistic", *common, "--epochs", 5, "--out", five)[0] == 0
    code, out, err = run(capsys, "train", "logistic", *common, "--epochs", 5, "--init", five, "--out", more, "--json")
    assert code == 0, err
    r = json.loads(out)
    assert r["epochs"] == 5 and r["epochs_done"] == 10
    assert run(capsys, "train", "logistic", *common, "--epochs", 10, "--out", ten)[0] == 0
    a, b = sgdc.runtime.modelfile.load(more), sgdc.runtime.modelfile.load(ten)
    assert a.epochs_done == b.epochs_done == 10 and a.steps_done == b.steps_done
    for k in b.params:
        np.testing.assert_array_equal(np.asarray(a.params[k]), np.asarray(b.params[k]), err_msg=k)


def test_init_refuses_a_model_that_does_not_fit_the_spec(capsys, tmp_path):
    ratings, _ = _ratings(tmp_path)
    model = tmp_path / "mf.npz"
    assert run(capsys, "train", "matrix_completion", "--data", ratings, "--epochs", 1, "--out", model, "-q")[0] == 0
    code, _, err = run(capsys, "train", "matrix_completion", "--data", ratings, "--init", model, "--set", "k=16")
    assert code == 1 and "param 'L' is 59 x 50 in the model file and 59 x 16 in the spec" in err
    code, _, err = run(capsys, "train", "logistic", "--init", model)
    assert code == 1 and "holds a regression model" in err
    code, _, err = run(capsys, "train", "matrix_completion", "--data", ratings, "--init", model, "--dim", "users=5")
    assert code == 1 and "--dim with --init" in err


def test_set_gives_a_const_a_new_value(capsys, tmp_path):
    code, out, err = run(capsys, "compile", "matrix_completion", "--emit", "grad", "--set", "lam=0.05")
    assert code == 0 and "update row    L[u] -= step * (t16 + l2(0.05))" in out
    code, out, err = run(capsys, "compile", "matrix_completion", "--emit", "ast", "--set", "k=7")
    assert code == 0 and "const k = 7" in out
    for bad, msg in [("kk=3", "the spec has no const 'kk' to set (its consts: k, lam)"),
                     ("k=x", "const k = 'x': not a number"), ("k", "--set expects NAME=VALUE")]:
        code, _, err = run(capsys, "train", "matrix_completion", "--set", bad)
        assert code == 1 and msg in err and "Traceback" not in err, (bad, err)
    code, _, err = run(capsys, "train", "matrix_completion", "--set", "k=1.5")  # a spec error, with its caret
    assert code == 1 and "const 'k' = 1.5 is not a positive integer" in err and "^" in err


def test_regular_strength_may_name_a_const(tmp_path):
    text = (EXAMPLES / "logistic.sgd").read_text().replace("dim d ", "const lam = 0.25\ndim d ").replace(
        "l2(1e-6)", "l2(lam)")
    m = sgdc.compile(text).model
    assert [r.strength for r in m.regulars] == [0.25]
    assert [r.strength for r in sgdc.compile(text, consts={"lam": "0.5"}).model.regulars] == [0.5]
    with pytest.raises(sgdc.errors.SpecError, match="'d' is a dim; a regulariser's strength is a number or a const"):
        sgdc.compile(text.replace("l2(lam)", "l2(d)"))


def test_tune_varies_consts(tmp_path):
    from sgdc.tune import tune

    model = sgdc.compile("matrix_completion").model
    fields, _ = synthesize(model, n=3000, seed=1, dims={"users": 40, "items": 50})
    res = tune("matrix_completion", fields, budget=20, vary={"k": [2, 8], "lam": [0.05, 0.2]}, fresh=True,
               knobs=())  # no schedule knobs: the consts alone
    assert sorted(tuple(sorted(v.consts.items())) for v in res.variants) == sorted(
        (("k", k), ("lam", lam)) for k in ("2", "8") for lam in ("0.05", "0.2"))
    assert all(v.label.startswith(f"k={v.consts['k']} lam={v.consts['lam']}") for v in res.variants)
    tried = [v for v in res.variants if v.epochs]
    assert len(tried) >= 2
    assert res.best is not None and res.consts == res.best.consts
    assert res.to_dict()["consts"] == res.consts
    with pytest.raises(sgdc.UserError, match="no const 'rank'"):
        tune("matrix_completion", fields, budget=5, vary={"rank": [2]})
    with pytest.raises(sgdc.UserError, match="both set"):
        tune("matrix_completion", fields, budget=5, consts={"k": 3}, vary={"k": [2, 4]})


def test_round_trip_from_the_shell(tmp_path):
    """``--set``, ``--init``, ``predict --what proba --out`` and ``info``, as a user runs them."""
    ratings, pairs = _ratings(tmp_path)
    clf = _classification(tmp_path, "softmax")

    def sh(*argv):
        p = subprocess.run([sys.executable, "-m", "sgdc.cli", *map(str, argv)], capture_output=True, text=True,
                           cwd=tmp_path)
        assert p.returncode == 0, p.stderr
        return p.stdout

    sh("train", "matrix_completion", "--data", ratings, "--set", "k=16", "--epochs", 2, "--out", "mf.npz", "-q")
    sh("train", "matrix_completion", "--data", ratings, "--set", "k=16", "--epochs", 2, "--init", "mf.npz",
       "--out", "mf.npz", "-q")
    assert "trained    4 epochs" in sh("info", "mf.npz") and "k = 16" in sh("info", "mf.npz")
    sh("predict", "mf.npz", "--data", pairs, "--out", "pairs.pred")
    assert len((tmp_path / "pairs.pred").read_text().split()) == 50
    sh("train", "softmax", "--data", clf, "--epochs", 2, "--out", "sm.npz", "-q")
    sh("predict", "sm.npz", "--data", clf, "--what", "proba", "--out", "proba.txt")
    P = np.loadtxt(tmp_path / "proba.txt")
    assert P.shape[0] == 600 and np.allclose(P.sum(axis=1), 1, atol=1e-5)
