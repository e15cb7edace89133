"""Model files: a round trip for every example spec (bit for bit), and rejection of damaged files."""
from __future__ import annotations

import json

import numpy as np
import pytest

import sgdc
from sgdc.data.synth import synthesize

from conftest import EXAMPLES

SPECS = sorted(p.stem for p in EXAMPLES.glob("*.sgd"))


def _trained(name, n=400):
    prog = sgdc.compile(name)
    fields, dims = synthesize(prog.model, n=n, seed=1)
    prog.fit(fields, epochs=2, seed=0, dims=dims)
    inputs = {k: v for k, v in fields.items() if k != prog.model.target}
    return prog, fields, inputs


@pytest.mark.parametrize("name", SPECS)
def test_roundtrip_bit_for_bit(name, tmp_path):
    prog, fields, inputs = _trained(name)
    path = tmp_path / f"{name}.npz"
    from sgdc.runtime import modelfile

    modelfile.save(path, prog)
    back = sgdc.load(path)
    assert isinstance(back, sgdc.Program)
    assert back.model.name == prog.model.name and back.epochs_done == prog.epochs_done
    for k in prog.params:
        assert np.array_equal(back.params[k], prog.params[k])
    assert np.array_equal(back.decision_function(inputs), prog.decision_function(inputs))
    assert np.array_equal(back.predict(inputs), prog.predict(inputs))
    assert back.loss(fields) == prog.loss(fields)
    # training continues from the loaded params
    back.fit(fields, epochs=1, warm_start=True)
    assert back.epochs_done == prog.epochs_done + 1


@pytest.fixture
def saved(tmp_path):
    from sgdc.runtime import modelfile

    prog, fields, inputs = _trained("logistic")
    path = tmp_path / "m.npz"
    modelfile.save(path, prog)
    return path, prog


def _rewrite(path, change):
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files}
    meta = json.loads(bytes(arrays["meta.json"]).decode())
    change(arrays, meta)
    arrays["meta.json"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    np.savez(path, **arrays)


def test_truncated_is_rejected(saved):
    path, _ = saved
    blob = path.read_bytes()
    for cut in (0, 10, len(blob) // 2, len(blob) - 5):
        path.write_bytes(blob[:cut])
        with pytest.raises(sgdc.UserError, match="m.npz"):
            sgdc.load(path)


def test_flipped_param_byte_is_rejected(saved):
    path, _ = saved

    def change(arrays, meta):
        w = arrays["param.w"].copy()
        w.view(np.uint8)[3] ^= 0x10
        arrays["param.w"] = w

    _rewrite(path, change)
    with pytest.raises(sgdc.UserError, match="checksum"):
        sgdc.load(path)


def test_raw_byte_damage_is_rejected(saved):
    path, _ = saved
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 3] ^= 0xFF
    path.write_bytes(bytes(blob))
    with pytest.raises(sgdc.UserError):
        sgdc.load(path)


@pytest.mark.parametrize("what", ["format", "shape", "spec", "extra", "missing", "dtype", "meta"])
def test_mismatched_files_are_rejected(saved, what):
    path, _ = saved

    def change(arrays, meta):
        if what == "format":
            meta["format"] = 99
        elif what == "shape":
            meta["encoders"]["dims"]["d"] += 1
        elif what == "spec":
            meta["spec"] = meta["spec"].replace("param b : real = 0", "param b : [d] = 0")
        elif what == "extra":
            arrays["param.zzz"] = np.zeros(3, np.float32)
        elif what == "missing":
            del arrays["param.b"]
        elif what == "dtype":
            arrays["param.w"] = arrays["param.w"].astype(np.float64)
        elif what == "meta":
            meta.pop("spec")

    _rewrite(path, change)
    with pytest.raises(sgdc.UserError):
        sgdc.load(path)


def test_not_a_model_file(tmp_path):
    p = tmp_path / "x.npz"
    np.savez(p, a=np.zeros(2))
    with pytest.raises(sgdc.UserError, match="no meta.json"):
        sgdc.load(p)
    with pytest.raises(sgdc.UserError, match="no such model file"):
        sgdc.load(tmp_path / "absent.npz")


def test_format_2_schedule_object_unchanged(tmp_path):
    # the typed training and schedule are written as FORMAT 2 always stored them (text and numbers) and typed
    # again on load: the same values come back
    from sgdc.runtime import modelfile

    prog = sgdc.compile("matrix_completion", precision="D8M16", threads="2", epochs=3, step="0.1 * k / users")
    fields, dims = synthesize(prog.model, n=300, seed=1)
    prog.fit(fields, epochs=1, seed=0, dims=dims)
    path = tmp_path / "m.npz"
    modelfile.save(path, prog)
    with np.load(path) as z:
        meta = json.loads(bytes(z["meta.json"]).decode())
    assert meta["format"] == 2
    assert meta["schedule"] == {"step": "0.1 * k / users", "precision": "D8M16", "rounding": "nearest",
                                "layout": "auto", "data_layout": "auto", "threads": 2, "order": "shuffle",
                                "shard": "auto", "epochs": 3}
    back = sgdc.load(path)
    assert back.training == prog.training and back.schedule == prog.schedule
    assert back.model.math == prog.model.math
