"""CSV with columns of categories, hashed (``--categorical``): the documented columns, auto detection, errors with
their lines, and the logistic spec trained on categories from the shell."""
from __future__ import annotations

import json

import numpy as np
import pytest

from sgdc.cli import main
from sgdc.data.hashed_csv import load_csv_hashed
from sgdc.data.vw import fnv1a
from sgdc.errors import UserError


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def col(text: str, bits: int = 8) -> int:
    return fnv1a(text.encode()) & ((1 << bits) - 1)


def test_columns_are_where_the_documented_hash_puts_them(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("age,city,job,label\n31,paris,eng,1\n45,lyon,,-1\n22,paris,art,1\n")
    X, y, _ = load_csv_hashed(p, bits=8)
    assert X.shape == (3, 256) and X.has_canonical_format and y.tolist() == [1, -1, 1]
    assert X[0, col("age")] == 31 and X[0, col("city=paris")] == 1 and X[0, col("job=eng")] == 1
    assert X[1, col("city=lyon")] == 1 and (X[1] != 0).nnz == 2  # an empty cell: no feature
    X2, _, _ = load_csv_hashed(p, bits=8, categorical=["age", "city", "job"])  # age one-hot too
    assert X2[0, col("age=31")] == 1 and X2[1, col("age=45")] == 1
    X3, _, _ = load_csv_hashed(p, bits=8, label_column="age")  # the label by name
    assert X3.shape == (3, 256)


def test_errors_name_the_line_and_column(tmp_path, monkeypatch):
    import sgdc.data.loaders as L

    def err(text, **kw):
        p = tmp_path / "e.csv"
        p.write_text(text)
        with pytest.raises(UserError) as e:
            load_csv_hashed(p, **kw)
        return str(e.value).replace(f"{p}", "F")

    assert err("1,2\n3,4\n") == "F:1: hashed CSV needs a header (its column names are hashed)"
    assert "no column named 'town'" in err("a,b,label\nx,1,1\n", categorical=["town"])
    assert err("a,b,label\nx,1,1\ny,2\n") == "F:3: expected 3 cells (as the header), found 2"
    assert "label ('label')" in err("a,label\nx,yes\n")
    monkeypatch.setattr(L, "_TABLE_PIECE", 16)  # auto decides on the first piece: 'b' numbers there
    assert err("a,b,label\nx,1,1\ny,2,1\nz,w,1\n") == \
        "F:4: column 'b': 'w' is not a number (a column of categories: list it in --categorical)"


def test_categories_train_from_the_shell(capsys, tmp_path):
    """A label decided by categories (and one number): the logistic spec as shipped learns it through the
    hashed one-hot columns; predict hashes the test file the same way (--categorical, the model's bits)."""
    rng = np.random.default_rng(0)

    def table(n):
        city = rng.choice(["paris", "lyon", "nice", "lille"], n)
        job = rng.choice(["eng", "art", "law"], n)
        x = rng.normal(size=n)
        score = (np.isin(city, ["paris", "nice"]) * 2 - 1) + (job == "art") * 1.5 + 0.5 * x
        y = np.where(score + rng.normal(0, 0.3, n) > 0, 1, -1)
        return "city,job,x,label\n" + "".join(f"{c},{j},{v:.4f},{t}\n" for c, j, v, t in zip(city, job, x, y))

    tr, te = tmp_path / "tr.csv", tmp_path / "te.csv"
    tr.write_text(table(4000))
    te.write_text(table(1000))
    model = tmp_path / "m.npz"
    code, out, err = run(capsys, "train", "logistic", "--data", tr, "--test", te, "--categorical", "auto",
                         "--bits", 10, "--epochs", 10, "--json", "--out", model)
    assert code == 0, err
    r = json.loads(out)
    assert r["dims"]["d"] == 1024 and r["test_accuracy"] >= 0.9
    code, out, _ = run(capsys, "info", model, "--json")
    assert json.loads(out)["hashing"] == {"format": "csv", "bits": 10, "categorical": "auto"}
    proba = tmp_path / "p.txt"
    code, _, err = run(capsys, "predict", model, "--data", te, "--what", "proba", "--out", proba)  # kept
    assert code == 0, err
    p = np.loadtxt(proba)
    yt = np.array([int(line.rsplit(",", 1)[1]) for line in te.read_text().splitlines()[1:]])
    assert p.shape == (1000,) and abs(np.mean((p >= 0.5) == (yt > 0)) - r["test_accuracy"]) < 1e-9
    code, _, err = run(capsys, "convert", tr, tmp_path / "tr.sgdb", "--categorical", "city,job", "--bits", 10)
    assert code == 0, err
    code, out, err = run(capsys, "train", "logistic", "--data", tmp_path / "tr.sgdb", "--epochs", 2, "--json")
    assert code == 0 and json.loads(out)["dims"]["d"] == 1024
