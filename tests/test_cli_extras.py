"""CLI extras: progress/quiet, early stopping flags, --plot, cache info/clear, --color, step shorthands."""
from __future__ import annotations

import io
import json

import pytest

from sgdc import cli
from sgdc.errors import UserError
from sgdc.ir.schedule import expand_step_shorthand


def run(capsys, *argv):
    rc = cli.main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_json_and_quiet_are_silent_on_stderr(capsys, monkeypatch):
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    rc, out, err = run(capsys, "train", "logistic", "--epochs", "2", "--rows", "300", "--json")
    assert rc == 0 and err == "" and json.loads(out)["epochs"] == 2
    rc, out, err = run(capsys, "train", "logistic", "--epochs", "2", "--rows", "300", "--quiet")
    assert rc == 0 and err == ""


def test_progress_bar_on_a_terminal(capsys, monkeypatch):
    pytest.importorskip("tqdm")
    buf = io.StringIO()
    monkeypatch.setattr(cli.sys, "stderr", buf)
    monkeypatch.setattr(buf, "isatty", lambda: True, raising=False)
    assert cli.main(["train", "logistic", "--epochs", "3", "--rows", "300"]) == 0
    text = buf.getvalue()
    assert "3/3" in text and "loss" in text and "ex/s" in text


def test_progress_without_tqdm_prints_lines(monkeypatch, capsys):
    import builtins

    real_import = builtins.__import__

    def no_tqdm(name, *a, **kw):
        if name == "tqdm":
            raise ImportError("no tqdm")
        return real_import(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", no_tqdm)
    p = cli.Progress(2, data_bytes=3_000_000)
    p.update({"epoch": 1, "train_loss": 0.5, "seconds": 0.01, "examples": 100, "val_loss": 0.4})
    p.close()
    err = capsys.readouterr().err
    assert "epoch 1: loss 0.5" in err and "ex/s 1e+04" in err and "MB/s 300" in err  # 3 MB in 0.01 s


def test_early_stopping_flags(capsys):
    rc, out, _ = run(capsys, "train", "logistic", "--epochs", "40", "--rows", "2000", "--json",
                     "--validation-fraction", "0.25", "--patience", "1", "--tol", "0.01")
    r = json.loads(out)
    assert rc == 0 and r["stopped_early"] and r["epochs"] < 40
    assert len(r["val_loss"]) == r["epochs"] and 1 <= r["best_epoch"] <= r["epochs"]
    rc, _, err = run(capsys, "train", "logistic", "--validation-fraction", "1.5")
    assert rc == 1 and "validation_fraction" in err


def test_plot(capsys, tmp_path):
    pytest.importorskip("matplotlib")
    png = tmp_path / "loss.png"
    rc, out, _ = run(capsys, "train", "least_squares", "--epochs", "3", "--rows", "300", "--plot", str(png), "--json")
    assert rc == 0 and json.loads(out)["plot"] == str(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_without_matplotlib(capsys, monkeypatch, tmp_path):
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    rc, _, err = run(capsys, "train", "logistic", "--plot", str(tmp_path / "x.png"))
    assert rc == 1 and "matplotlib" in err and "sgdc[plot]" in err


def test_cache_info_and_clear(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SGDC_CACHE_DIR", str(tmp_path / "c"))
    run(capsys, "train", "svm", "--epochs", "1", "--rows", "100", "--quiet")
    rc, out, _ = run(capsys, "cache", "info", "--json")
    info = json.loads(out)
    assert rc == 0 and info["entries"] >= 1 and info["dir"] == str(tmp_path / "c")
    rc, out, _ = run(capsys, "cache", "clear")
    assert rc == 0 and "removed" in out
    rc, out, _ = run(capsys, "cache", "info")
    assert rc == 0 and "0 entries" in out


def test_compile_color(capsys):
    pytest.importorskip("pygments")
    rc, out, _ = run(capsys, "compile", "logistic", "--emit", "ast", "--color")
    assert rc == 0 and "\x1b[" in out and "logistic" in out
    rc, out, _ = run(capsys, "compile", "logistic", "--emit", "llvm", "--color")
    assert rc == 0 and "\x1b[" in out and "define" in out


def test_lexer_entry_point_and_tokens():
    pytest.importorskip("pygments")
    from pygments.token import Error, Keyword, Name

    from sgdc.frontend.highlight import SgdLexer

    from conftest import EXAMPLES

    for spec in EXAMPLES.glob("*.sgd"):
        toks = list(SgdLexer().get_tokens(spec.read_text()))
        assert not [t for t in toks if t[0] is Error], spec
    toks = list(SgdLexer().get_tokens("model m\nloss dot(w, x)\n"))
    assert (Keyword, "loss") in toks and (Name.Builtin, "dot") in toks


@pytest.mark.parametrize("text, want", [
    ("constant(0.1)", "(0.1)"),
    ("inverse(0.1, 0.01)", "(0.1) / (1 + (0.01) * t)"),
    ("invsqrt(0.1)", "(0.1) / sqrt(1 + (1) * t)"),
    ("decay(0.1, 0.5)", "(0.1) / (1 + (0.5) * epoch)"),
    ("optimal(3e-4)", "1 / ((3e-4) * (t + (3e-4)^(-0.75)))"),
    ("0.1 / (1 + epoch)", "0.1 / (1 + epoch)"),
    ("sqrt(2)", "sqrt(2)"),
])
def test_step_shorthands(text, want):
    assert expand_step_shorthand(text) == want


def test_step_shorthand_on_the_cli(capsys):
    rc, out, _ = run(capsys, "train", "logistic", "--epochs", "1", "--rows", "200", "--json", "--step", "inverse(0.1, 0.01)")
    assert rc == 0 and json.loads(out)["step"] == "0.1 / (1 + 0.01 * t)"
    with pytest.raises(UserError, match="decay"):
        expand_step_shorthand("decay(0.1)")


LINEAR = ("model m\ndim d\ndata x : [d]\ndata y : label\nparam w : [d] = 0\nloss log1p(exp(-y * dot(w, x)))\n"
          "predict dot(w, x)\nschedule\n  step 0.1\n")


@pytest.mark.parametrize("lines, at, message", [
    (["precision D8M16", "average epoch"], (11, 3), "average epoch with a fixed-point model (precision D8M16)"),
    (["l1_penalty cumulative", "precision D16M16"], (10, 3), "l1_penalty cumulative with a fixed-point model"),
    (["adaptive normalized", "l2_penalty exact"], (10, 3), "adaptive normalized with l2_penalty exact"),
    (["precision D8M16G8"], (10, 3), "precision D8M16G8: a gradient narrower than or as narrow as the model"),
    (["shard strata"], (10, 3), "shard strata needs one or two index fields that pick param rows; m has 0"),
])
def test_check_refuses_what_compiling_refuses_at_the_schedule_field(capsys, tmp_path, lines, at, message):
    """What the back end does not run is refused by ``sgdc check`` as by compiling, with the position of the
    schedule field that asks for it and a caret under it."""
    spec = tmp_path / "m.sgd"
    spec.write_text(LINEAR + "".join(f"  {line}\n" for line in lines))
    for command in (["check", str(spec)], ["train", str(spec), "--rows", "100", "--epochs", "1"]):
        rc, out, err = run(capsys, *command)
        first, source, caret = err.splitlines()[:3]
        assert rc == 1 and first.startswith(f"{spec}:{at[0]}:{at[1]}: error: not supported yet: {message}"), err
        assert source.strip() == open(spec).read().splitlines()[at[0] - 1].strip()
        assert caret.index("^") == 4 + at[1] - 1


def test_an_override_that_is_not_supported_has_no_position(capsys):
    rc, out, err = run(capsys, "train", "logistic", "--rows", "100", "--epochs", "1", "--precision", "D8M16",
                       "--average", "epoch")
    assert rc == 1 and err.startswith("error: not supported yet: average epoch with a fixed-point model"), err
