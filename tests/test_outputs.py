"""Output paths (sgdc.data.fileio.atomic_write): never a device, FIFO or folder; symlinks written through; modes as
``open()`` gives them.  Special files are nodes made in a tmp folder (never the real /dev/null)."""
from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys

import numpy as np
import pytest

import sgdc
from sgdc.runtime import modelfile
from sgdc.cli import main
from sgdc.data.fileio import atomic_write

from conftest import ROOT

LOGISTIC = str(ROOT / "examples" / "logistic.sgd")
TRAIN = ["train", LOGISTIC, "--rows", "40", "--epochs", "1", "--quiet"]


@pytest.fixture(scope="module")
def trained():
    from sgdc.data.synth import synthesize

    prog = sgdc.compile("logistic")
    fields, dims = synthesize(prog.model, n=60, seed=1)
    prog.fit(fields, epochs=1, seed=0)
    return prog


@contextlib.contextmanager
def umask(mask):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def char_device(path):
    try:
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return os.lstat(path)


def leftovers(folder):
    return sorted(p for p in os.listdir(folder) if p.startswith(".sgdc-"))


def write_bytes(data):
    return lambda fh: fh.write(data)


def cli(argv, capsys):
    rc = main([str(a) for a in argv])
    err = capsys.readouterr().err
    return rc, err


def assert_one_error(rc, err, *needles):
    assert rc == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    for n in needles:
        assert n in err, err


# -- targets that are not regular files --------------------------------------------------------------

def test_char_device_is_refused_and_left_alone(tmp_path, trained, capsys):
    dev = tmp_path / "null"
    before = char_device(dev)
    with pytest.raises(sgdc.UserError, match=r"cannot write model file .*null: it is a character device, not a "
                                             r"regular file"):
        modelfile.save(dev, trained)
    with pytest.raises(sgdc.UserError, match="character device"):
        atomic_write(dev, write_bytes(b"x"))
    rc, err = cli(TRAIN + ["--out", dev], capsys)
    assert_one_error(rc, err, str(dev), "character device")
    after = os.lstat(dev)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino
    assert stat.S_IMODE(after.st_mode) == 0o600
    assert leftovers(tmp_path) == []


def test_fifo_is_refused_without_blocking(tmp_path, trained):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(sgdc.UserError, match="it is a FIFO"):
        modelfile.save(fifo, trained)  # never opened: no reader needed, nothing blocks
    # the command line too, in a process of its own with a time limit (a regression would hang, not fail)
    r = subprocess.run([sys.executable, "-m", "sgdc.cli", *TRAIN, "--out", str(fifo)], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [f"error: cannot write model file {fifo}: it is a FIFO (named pipe), "
                                             f"not a regular file"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert leftovers(tmp_path) == []


def test_directory_is_refused(tmp_path, trained, capsys):
    d = tmp_path / "models"
    d.mkdir()
    with pytest.raises(sgdc.UserError, match="it is a directory"):
        modelfile.save(d, trained)
    rc, err = cli(TRAIN + ["--out", d], capsys)
    assert_one_error(rc, err, "it is a directory")
    assert d.is_dir() and list(d.iterdir()) == [] and leftovers(tmp_path) == []


def test_every_writer_goes_through_the_same_check(tmp_path):
    from sgdc.data.loaders import save_npz
    from sgdc.tune import write_schedule_file

    dev = tmp_path / "dev"
    char_device(dev)
    with pytest.raises(sgdc.UserError, match="cannot write data file .*character device"):
        save_npz(dev, {"x": np.zeros((2, 2))})
    with pytest.raises(sgdc.UserError, match="cannot write schedule file .*character device"):
        write_schedule_file(dev, {"threads": 2})
    assert stat.S_ISCHR(os.lstat(dev).st_mode)


# -- symbolic links ----------------------------------------------------------------------------------

def test_symlink_is_written_through(tmp_path, trained, capsys):
    real = tmp_path / "real.npz"
    real.write_bytes(b"old")
    os.chmod(real, 0o640)
    link = tmp_path / "link.npz"
    link.symlink_to(real)
    modelfile.save(link, trained)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o640
    back = sgdc.load(link)  # reading through a link is fine too
    assert np.array_equal(back.params["w"], trained.params["w"])
    rc, err = cli(TRAIN + ["--out", link], capsys)
    assert rc == 0, err
    assert link.is_symlink() and sgdc.load(real).epochs_done == 1
    assert leftovers(tmp_path) == []


def test_relative_symlink_in_another_folder(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "t.bin").write_bytes(b"old")
    link = tmp_path / "a" / "l.bin"
    link.symlink_to(os.path.join("..", "b", "t.bin"))
    atomic_write(link, write_bytes(b"new"))
    assert link.is_symlink() and (tmp_path / "b" / "t.bin").read_bytes() == b"new"
    assert leftovers(tmp_path / "a") == [] and leftovers(tmp_path / "b") == []


def test_dangling_symlink_is_refused(tmp_path):
    link = tmp_path / "l.npz"
    link.symlink_to(tmp_path / "nowhere" / "m.npz")
    with pytest.raises(sgdc.UserError, match="dangling"):
        atomic_write(link, write_bytes(b"x"))
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(sgdc.UserError, match="dangling or looping"):
        atomic_write(loop, write_bytes(b"x"))
    assert link.is_symlink() and not (tmp_path / "nowhere").exists() and leftovers(tmp_path) == []


def test_symlink_to_a_device_is_refused(tmp_path):
    dev = tmp_path / "dev"
    char_device(dev)
    link = tmp_path / "l"
    link.symlink_to(dev)
    with pytest.raises(sgdc.UserError, match="character device"):
        atomic_write(link, write_bytes(b"x"))
    assert link.is_symlink() and stat.S_ISCHR(os.lstat(dev).st_mode)


def test_someone_elses_symlink_in_a_sticky_folder_is_not_followed(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("giving a link to another user needs root")
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    planted = shared / "model.npz"
    planted.symlink_to(victim)
    os.lchown(planted, 12345, 12345)
    with pytest.raises(sgdc.UserError, match="belongs to another user"):
        atomic_write(planted, write_bytes(b"evil"))
    assert victim.read_bytes() == b"precious"
    own = shared / "mine.npz"
    own.symlink_to(victim)  # one's own link there is fine
    atomic_write(own, write_bytes(b"mine"))
    assert victim.read_bytes() == b"mine"


# -- modes and ownership -----------------------------------------------------------------------------

@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_file_gets_the_umask_mode(tmp_path, trained, mask, mode):
    p = tmp_path / "m.npz"
    with umask(mask):
        modelfile.save(p, trained)
    assert stat.S_IMODE(os.stat(p).st_mode) == mode


def test_umask_through_the_command_line(tmp_path):
    p = tmp_path / "m.npz"
    code = f"import os, sys; os.umask(0o027); from sgdc.cli import main; sys.exit(main({TRAIN + ['--out', str(p)]!r}))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640


def test_existing_file_keeps_its_mode_and_owner(tmp_path, trained):
    p = tmp_path / "m.npz"
    p.write_bytes(b"old")
    os.chmod(p, 0o640)
    root = os.geteuid() == 0
    if root:
        os.chown(p, 12345, 23456)
    with umask(0o077):
        modelfile.save(p, trained)
    st = os.stat(p)
    assert stat.S_IMODE(st.st_mode) == 0o640
    if root:
        assert (st.st_uid, st.st_gid) == (12345, 23456)
    assert sgdc.load(p).epochs_done == trained.epochs_done


def test_replacing_a_regular_file_is_atomic_and_leaves_no_temp(tmp_path):
    p = tmp_path / "f.bin"
    atomic_write(p, write_bytes(b"one"))
    atomic_write(p, write_bytes(b"two"))
    assert p.read_bytes() == b"two" and leftovers(tmp_path) == []


# -- errors: the old file stays, the temporary file goes ----------------------------------------------

def test_temp_file_removed_on_any_error(tmp_path):
    p = tmp_path / "f.bin"
    p.write_bytes(b"old")

    def fails_with(exc):
        def write(fh):
            fh.write(b"partial")
            raise exc

        return write

    with pytest.raises(RuntimeError):
        atomic_write(p, fails_with(RuntimeError("bug")))
    with pytest.raises(KeyboardInterrupt):
        atomic_write(p, fails_with(KeyboardInterrupt()))
    with pytest.raises(sgdc.UserError, match="cannot write file .*No space left"):
        atomic_write(p, fails_with(OSError(28, "No space left on device")))
    assert p.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_target_that_changes_while_written_is_not_replaced(tmp_path):
    p = tmp_path / "f.bin"
    p.write_bytes(b"old")

    def swap(fh):
        fh.write(b"new")
        p.unlink()
        os.mkfifo(p)  # someone made it a FIFO meanwhile: checked again before the rename

    with pytest.raises(sgdc.UserError, match="FIFO"):
        atomic_write(p, swap)
    assert stat.S_ISFIFO(os.lstat(p).st_mode) and leftovers(tmp_path) == []


def test_missing_folder_is_one_user_error(tmp_path, capsys):
    rc, err = cli(TRAIN + ["--out", tmp_path / "no" / "m.npz"], capsys)
    assert_one_error(rc, err, "cannot write model file", "No such file or directory")


@pytest.mark.parametrize("flag", ["--out", "--plot"])
def test_outputs_are_checked_before_training(tmp_path, capsys, flag):
    pytest.importorskip("matplotlib")
    node = tmp_path / "node"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    assert main([*TRAIN, flag, str(node)]) == 1
    out, err = capsys.readouterr()
    assert "trained" not in out and "it is a character device, not a regular file" in err
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_plots_are_written_atomically_with_the_umask(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    plot = tmp_path / "loss.png"
    with umask(0o022):
        assert main([*TRAIN, "--plot", str(plot)]) == 0
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and stat.S_IMODE(plot.stat().st_mode) == 0o644
    assert not list(tmp_path.glob(".sgdc-*.tmp"))


def test_a_class_dim_set_larger_than_the_classes_predicts_seen_classes():
    # the scores of the unused class rows were argmax candidates: an IndexError past the class list
    prog = sgdc.compile("softmax", step="0.5")
    rng = np.random.default_rng(0)
    X = rng.normal(size=(90, 6)).astype(np.float32)
    y = np.array(["a", "b", "c"] * 30)
    prog.fit(X, y, epochs=2, dims={"classes": 10})
    prog.params["W"][3:] = 100.0  # the unused rows score highest
    assert set(prog.predict(X)) <= {"a", "b", "c"}
