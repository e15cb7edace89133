"""The command line: every example trains through it, errors are one message and a non-zero exit."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from sgdc.cli import main

from conftest import EXAMPLES, dataset

EXAMPLE_NAMES = sorted(p.stem for p in EXAMPLES.glob("*.sgd"))


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_example_trains_on_generated_data(capsys, name, tmp_path):
    model = tmp_path / "m.npz"
    code, out, err = run(capsys, "train", EXAMPLES / f"{name}.sgd", "--rows", 400, "--epochs", 3, "--json", "--out", model)
    assert code == 0, err
    r = json.loads(out)
    assert r["epochs"] == 3 and r["threads"] == 1 and r["precision"] == "D32M32"
    assert len(r["seconds_per_epoch"]) == 3 and len(r["train_loss"]) == 3
    assert all(np.isfinite(r["train_loss"]))
    assert r["compile_seconds"] > 0
    assert ("test_accuracy" in r) or ("test_rmse" in r) or ("test_auc" in r)
    assert model.exists()


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_example_trains_with_reference_engine(capsys, name):
    code, out, err = run(capsys, "train", EXAMPLES / f"{name}.sgd", "--rows", 200, "--epochs", 1, "--json", "--engine", "reference")
    assert code == 0, err
    assert json.loads(out)["engine"] == "reference"


def test_generated_data_is_learnable(capsys):
    code, out, _ = run(capsys, "train", EXAMPLES / "logistic.sgd", "--json", "--epochs", 5)
    assert code == 0
    assert json.loads(out)["test_accuracy"] > 0.8


@pytest.mark.parametrize("emit", ["ast", "ir", "grad", "llvm", "llvm-opt", "asm"])
def test_compile_emits(capsys, emit):
    code, out, err = run(capsys, "compile", EXAMPLES / "logistic.sgd", "--emit", emit)
    assert code == 0, err
    marker = {"ast": "model logistic", "ir": "data y : label", "grad": "update sparse w",
              "llvm": "define void @\"sgdc_train\"", "llvm-opt": "sgdc_train", "asm": "sgdc_train"}[emit]
    assert marker in out


def test_check_ok_and_spec_error_has_caret(capsys, tmp_path):
    code, out, _ = run(capsys, "check", EXAMPLES / "svm.sgd")
    assert code == 0 and "ok" in out
    bad = tmp_path / "bad.sgd"
    bad.write_text("model m\ndim d\ndata x : [d]\ndata y : real\nparam w : [d] = 0\nloss (dot(w, x) - yy)^2\npredict dot(w, x)\n")
    code, out, err = run(capsys, "check", bad)
    assert code == 1
    assert f"{bad}:6:19:" in err and "yy" in err
    assert err.rstrip().splitlines()[-1].strip() == "^"
    assert "Traceback" not in err


def test_unsupported_schedule_value_is_a_clear_error(capsys):
    code, _, err = run(capsys, "train", EXAMPLES / "logistic.sgd", "--precision", "D8M8G8", "--rows", 100)
    assert code == 1 and "not supported yet" in err


def test_bad_override_value(capsys):
    code, _, err = run(capsys, "train", EXAMPLES / "logistic.sgd", "--rounding", "sideways")
    assert code == 1 and "rounding" in err


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["train"])
    assert e.value.code == 2


def test_missing_data_file(capsys, tmp_path):
    code, _, err = run(capsys, "train", EXAMPLES / "logistic.sgd", "--data", tmp_path / "nope.svm")
    assert code == 1 and "nope.svm" in err


def test_bad_data_file_names_line(capsys, tmp_path):
    f = tmp_path / "bad.svm"
    f.write_text("1 1:0.5 2:1\n-1 3:zz\n")
    code, _, err = run(capsys, "train", EXAMPLES / "logistic.sgd", "--data", f, "--format", "svmlight")
    assert code == 1 and "bad.svm:2" in err and "Traceback" not in err


def test_a9a_train_predict_round_trip(capsys, tmp_path):
    train, test = dataset("a9a", "a9a"), dataset("a9a", "a9a.t")
    model = tmp_path / "a9a.npz"
    code, out, err = run(capsys, "train", EXAMPLES / "logistic.sgd", "--data", train, "--test", test,
                         "--epochs", 3, "--json", "--out", model)
    assert code == 0, err
    r = json.loads(out)
    assert r["test_accuracy"] >= 0.84 and r["layouts"] == {"x": "sparse"}
    code, out, err = run(capsys, "predict", model, "--data", test, "--json")
    assert code == 0, err
    p = json.loads(out)
    assert p["examples"] == 16281 and abs(p["test_accuracy"] - r["test_accuracy"]) < 1e-9
    assert set(p["predictions"]) <= {-1, 1}


def test_ratings_through_cli(capsys):
    code, out, err = run(capsys, "train", EXAMPLES / "matrix_completion.sgd", "--data", dataset("movielens-100k", "u1.base"),
                         "--test", dataset("movielens-100k", "u1.test"), "--format", "ratings", "--epochs", 10, "--json")
    assert code == 0, err
    r = json.loads(out)
    assert r["dims"]["users"] == 943 and r["test_rmse"] < 0.96


def test_tampered_model_file_is_rejected(capsys, tmp_path):
    model = tmp_path / "m.npz"
    assert run(capsys, "train", EXAMPLES / "logistic.sgd", "--rows", 300, "--epochs", 1, "--out", model)[0] == 0
    import zipfile

    with zipfile.ZipFile(model) as z:
        arrays = {n: z.read(n) for n in z.namelist()}
    w = bytearray(arrays["param.w.npy"])
    w[-1] ^= 0xFF
    arrays["param.w.npy"] = bytes(w)
    bad = tmp_path / "bad.npz"
    with zipfile.ZipFile(bad, "w") as z:
        for n, b in arrays.items():
            z.writestr(n, b)
    data = tmp_path / "d.svm"
    data.write_text("1 1:1\n-1 2:1\n")
    code, _, err = run(capsys, "predict", bad, "--data", data)
    assert code == 1 and "checksum" in err
    trunc = tmp_path / "trunc.npz"
    trunc.write_bytes(model.read_bytes()[:100])
    code, _, err = run(capsys, "predict", trunc, "--data", data)
    assert code == 1 and "not a valid sgdc model file" in err


def test_console_script_no_traceback(tmp_path):
    bad = tmp_path / "bad.sgd"
    bad.write_bytes(b"model \xff\xfe\n")
    p = subprocess.run([sys.executable, "-m", "sgdc.cli", "check", str(bad)], capture_output=True, text=True)
    assert p.returncode == 1 and "Traceback" not in p.stderr and p.stderr.strip()


def test_dump_passes_and_compile_go_through_one_pipeline(capsys, monkeypatch):
    # training and `sgdc compile` build through sgdc.pipeline: the same passes, dumped in order
    monkeypatch.setenv("SGDC_DUMP_PASSES", "1")
    assert main(["compile", "logistic", "--emit", "llvm-opt"]) == 0
    err = capsys.readouterr().err
    passes = [line[len("--- after "):-len(" ---")] for line in err.splitlines() if line.startswith("--- after ")]
    assert passes == ["check", "differentiate", *(f"{p} (x sparse)" for p in
                      ("loops", "precision", "rounding", "constraints", "threads", "lookahead", "prefetch", "llvm")),
                      "optimise"], passes
    assert "data_layout auto: x sparse shown" in err
    monkeypatch.delenv("SGDC_DUMP_PASSES")
    assert main(["compile", "logistic", "--emit", "llvm", "--data-layout", "dense"]) == 0
    out, err = capsys.readouterr()
    assert "indptr" not in out and "data_layout auto" not in err  # the dense kernels, and no note
    assert main(["compile", "logistic", "--emit", "llvm"]) == 0
    assert "indptr" in capsys.readouterr().out  # under auto without data: the sparse ones


def test_check_refuses_what_compiling_would(tmp_path, capsys):
    """``sgdc check`` runs the schedule's support checks and lowers the gradient, so a spec it accepts compiles:
    a combination this version does not run is refused by both, with the same message."""
    spec = tmp_path / "c.sgd"
    spec.write_text("model m\ndim d\ndata x : [d]\ndata y : label\nparam w : [d] = 0\n"
                    "loss log1p(exp(-y * dot(w, x)))\nregular l1(0.01) on w\npredict dot(w, x)\n"
                    "schedule\n  precision D8M16\n  l1_penalty cumulative\n")
    assert main(["check", str(spec)]) == 1
    check = capsys.readouterr().err
    assert "not supported yet: l1_penalty cumulative with a fixed-point model" in check
    assert main(["train", str(spec), "-q"]) == 1
    assert capsys.readouterr().err == check


@pytest.mark.parametrize("spec, y", [("least_squares", np.zeros(0)), ("multioutput", np.zeros((0, 3)))])
def test_no_examples_to_predict_is_no_lines_and_no_examples_to_test_on_is_an_error(capsys, tmp_path, spec, y):
    """Data of 0 rows: ``predict`` writes no lines (no score: there is nothing to score), ``train --test`` and
    ``evaluate`` are one error (``predict`` raised from a reshape, ``train`` printed ``test rmse nan``)."""
    import sgdc
    from sgdc.runtime import modelfile

    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 5))
    prog = sgdc.compile(spec).fit(X, X[:, :y.shape[1]] if y.ndim == 2 else X[:, 0], epochs=1)
    modelfile.save(tmp_path / "m.npz", prog)
    np.savez(tmp_path / "empty.npz", x=np.zeros((0, 5)))
    np.savez(tmp_path / "empty_y.npz", x=np.zeros((0, 5)), y=y)
    np.savez(tmp_path / "train.npz", x=X, y=X[:, :y.shape[1]] if y.ndim == 2 else X[:, 0])
    for data in ("empty.npz", "empty_y.npz"):
        code, out, err = run(capsys, "predict", tmp_path / "m.npz", "--data", tmp_path / data)
        assert (code, out, err) == (0, "", "")
        code, out, err = run(capsys, "predict", tmp_path / "m.npz", "--data", tmp_path / data, "--json")
        assert code == 0 and json.loads(out)["examples"] == 0 and json.loads(out)["predictions"] == []
    code, out, err = run(capsys, "train", spec, "--data", tmp_path / "train.npz", "--test", tmp_path / "empty_y.npz")
    assert code == 1 and err == "error: no examples to test on: the test data is empty\n"
    with pytest.raises(sgdc.UserError, match="no examples to evaluate"):
        prog.evaluate({"x": np.zeros((0, 5)), "y": y})


@pytest.mark.parametrize("spec, outputs", [("least_squares", 0), ("multioutput", 3)])
def test_a_csv_to_score_of_the_trained_width_is_features_alone(capsys, tmp_path, spec, outputs):
    """A CSV file to score with as many columns as the model's features has no label column: all of them are
    features (its last column was taken as the target, the model scored the rest padded with a zero feature)."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 5))
    Y = X @ rng.normal(size=(5, max(outputs, 1)))
    head = "a,b,c,d,e"
    if outputs:
        np.savez(tmp_path / "train.npz", x=X, y=Y)
        train = tmp_path / "train.npz"
    else:
        train = tmp_path / "train.csv"
        np.savetxt(train, np.c_[X, Y[:, 0]], delimiter=",", header=head + ",y", comments="", fmt="%.6f")
    np.savetxt(tmp_path / "x.csv", X, delimiter=",", header=head, comments="", fmt="%.6f")
    np.savetxt(tmp_path / "x_nohdr.csv", X, delimiter=",", fmt="%.6f")
    code, _, err = run(capsys, "train", spec, "--data", train, "--epochs", "20", "--out", tmp_path / "m.npz")
    assert code == 0, err
    got = []
    for f in ("x.csv", "x_nohdr.csv"):
        code, out, err = run(capsys, "predict", tmp_path / "m.npz", "--data", tmp_path / f)
        assert code == 0 and err == "", err
        got.append(np.loadtxt(out.splitlines()).reshape(len(X), -1))
    np.testing.assert_array_equal(got[0], got[1])
    np.testing.assert_allclose(got[0], Y.reshape(len(X), -1), atol=0.05)
