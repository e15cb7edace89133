"""Hostile model files: every field corrupted, by an attacker who recomputes the checksum, so that the checks (not
the checksum) must catch it; broken containers (zip bombs, extra, missing, compressed members, truncation) and
special files (FIFO, directory, device).  Each is exactly one UserError starting with the path, from the API and
through ``sgdc predict`` (one line on stderr, no traceback)."""
from __future__ import annotations

import json
import os
import re
import stat
import struct
import subprocess
import sys
import zipfile
import zlib

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sgdc
from sgdc.runtime import modelfile
from sgdc.cli import main
from sgdc.data.loaders import save_npz
from sgdc.data.synth import synthesize

from conftest import ROOT

BASES = {  # name: (spec, schedule overrides)
    "logistic": ("logistic", {}),
    "mc": ("matrix_completion", {}),  # id tables
    "softmax": ("softmax", {}),  # classes, a 2-D param
    "d8": ("logistic", {"precision": "D8M16"}),  # data scales
}


class Bases(dict):
    def __repr__(self):  # hypothesis prints the fixtures of a failing case: the names are enough
        return f"Bases({', '.join(self)})"


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    """name -> (model file, data file for predict, the inputs, the trained program); trained once."""
    d = tmp_path_factory.mktemp("bases")
    out = Bases()
    for name, (spec, overrides) in BASES.items():
        prog = sgdc.compile(spec, **overrides)
        fields, _ = synthesize(prog.model, n=120, seed=1)
        prog.fit(fields, epochs=1, seed=0)  # dims learned from the data: id tables, class list
        path = d / f"{name}.npz"
        modelfile.save(path, prog)
        inputs = {k: v for k, v in fields.items() if k != prog.model.target}
        data = d / f"{name}.data.npz"
        save_npz(data, inputs)
        out[name] = (path, data, inputs, prog)
    return out


# -- forging files -----------------------------------------------------------------------------------

def read_model(path):
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files}
    meta = json.loads(bytes(arrays.pop("meta.json")).decode())
    return meta, {k.removeprefix("param."): v for k, v in arrays.items()}


def write_model(path, meta_text, params, extra=None):
    arrays = {f"param.{k}": v for k, v in params.items()}
    arrays["meta.json"] = np.frombuffer(meta_text if isinstance(meta_text, bytes) else meta_text.encode(),
                                        dtype=np.uint8)
    arrays.update(extra or {})
    np.savez(path, **arrays)


def forge(src, dst, meta=None, params=None, text=None, late=None, arrays=None):
    """A copy of model file ``src`` at ``dst`` with ``meta(m)`` / ``params(p)`` applied and the checksum
    recomputed, as an attacker would; then ``late(m)`` (after the checksum), ``text(json_text)`` on the JSON and
    ``arrays(dict)`` on the members."""
    m, p = read_model(src)
    if meta:
        meta(m)
    if params:
        params(p)
    m["sha256"] = modelfile._digest(m, p)
    if late:
        late(m)
    t = json.dumps(m)
    if text:
        t = text(t)
    a = {f"param.{k}": v for k, v in p.items()}
    a["meta.json"] = np.frombuffer(t if isinstance(t, bytes) else t.encode(), dtype=np.uint8)
    if arrays:
        arrays(a)
    np.savez(dst, **a)
    return dst


def _walk(m, path):
    keys = [int(k) if k.lstrip("-").isdigit() else k for k in path.split(".")]
    for k in keys[:-1]:
        m = m[k]
    return m, keys[-1]


def put(path, value):
    def change(m):
        parent, k = _walk(m, path)
        parent[k] = value(parent[k]) if callable(value) else value

    return change


def drop(path):
    def change(m):
        parent, k = _walk(m, path)
        del parent[k]

    return change


def both(*changes):
    def change(m):
        for c in changes:
            c(m)

    return change


def param(name, fn):
    def change(p):
        p[name] = fn(p[name])

    return change


def member(name, value):
    def change(a):
        if value is None:
            del a[name]
        else:
            a[name] = value

    return change


INF = "@INF@"  # placeholders swapped into the JSON text after the checksum (json.dumps cannot write them)
NAN = "@NAN@"


def swap_text(t):
    return t.replace(f'"{INF}"', "1e999").replace(f'"{NAN}"', "NaN")


def spec_edit(old, new):
    return put("spec", lambda s: s.replace(old, new))


# (case id, base, forge keywords, the message must match)
CASES = [
    # top level
    ("format-text", "logistic", dict(meta=put("format", "2")), r"format '2' is not 2"),
    ("format-old", "logistic", dict(meta=put("format", 1)), r"format 1 is not 2; it was written by an older sgdc"),
    ("format-bool", "logistic", dict(meta=put("format", True)), r"format True is not 2"),
    ("format-future", "logistic", dict(meta=put("format", 99)), r"format 99 is not 2"),
    ("format-missing", "logistic", dict(meta=drop("format")), r"metadata: 'format' is missing"),
    ("unknown-field", "logistic", dict(meta=put("run", "rm -rf /")), r"metadata: unknown entry 'run'"),
    ("version-number", "logistic", dict(meta=put("sgdc_version", 3)), r"metadata.sgdc_version: expected text"),
    ("spec-list", "logistic", dict(meta=put("spec", ["model x"])), r"metadata.spec: expected text, got a list"),
    ("spec-does-not-check", "logistic", dict(meta=spec_edit("loss", "lossy")), r"spec stored .* does not check"),
    ("spec-is-a-name", "logistic", dict(meta=put("spec", "logistic")), r"spec stored .* does not check"),
    ("spec-is-a-path", "logistic", dict(meta=put("spec", str(ROOT / "examples" / "logistic.sgd"))),
     r"spec stored .* does not check"),
    ("spec-other-params", "logistic", dict(meta=put("spec", lambda t: t.replace(" b ", " c ").replace("+ b)", "+ c)"))),
     r"param 'c' is missing"),
    ("spec-other-shapes", "mc", dict(meta=put("spec", lambda t: t.replace("L  : [users, k]", "L  : [items, k]")
                                                                 .replace("L[u]", "L[i]"))),
     r"member 'param.L.npy' has shape \(70, 50\), expected \(65, 50\)"),
    ("spec-does-not-fit", "softmax", dict(meta=spec_edit("param W : [classes, d]", "param W : [d, classes]")),
     r"spec stored .* does not check: <spec>:8:22: 'W @ v' needs v"),
    ("spec-file-null", "logistic", dict(meta=put("spec_file", None)), r"metadata.spec_file: expected text, got null"),
    ("schedule-list", "logistic", dict(meta=put("schedule", [])), r"metadata.schedule: expected an object"),
    ("schedule-unknown", "logistic", dict(meta=put("schedule.shell", "ls")), r"metadata.schedule: unknown entry"),
    ("schedule-dashed", "logistic", dict(meta=put("schedule.data-layout", "dense")), r"unknown entry 'data-layout'"),
    ("schedule-threads-text", "logistic", dict(meta=put("schedule.threads", "lots")),
     r"bad value 'lots' for schedule field 'threads'"),
    ("schedule-threads-list", "logistic", dict(meta=put("schedule.threads", [4])),
     r"metadata.schedule.threads: expected a number or one line of text, got a list"),
    ("schedule-threads-bool", "logistic", dict(meta=put("schedule.threads", True)), r"schedule field 'threads'"),
    ("schedule-threads-float", "logistic", dict(meta=put("schedule.threads", 2.5)), r"schedule field 'threads'"),
    ("schedule-epochs-negative", "logistic", dict(meta=put("schedule.epochs", -1)), r"schedule field 'epochs'"),
    ("schedule-step-zero", "logistic", dict(meta=put("schedule.step", 0)), r"schedule field 'step'"),
    ("schedule-step-code", "logistic", dict(meta=put("schedule.step", "__import__('os').system('id')")),
     r"schedule field 'step'"),
    ("schedule-step-newline", "logistic", dict(meta=put("schedule.step", "0.1\n0.2")), r"one line of text"),
    ("schedule-step-object", "logistic", dict(meta=put("schedule.step", {"a": 1})), r"got an object"),
    ("schedule-long-text", "logistic", dict(meta=put("schedule.layout", "x" * 5000)), r"one line of text"),
    ("schedule-precision", "logistic", dict(meta=put("schedule.precision", "D7M7")), r"schedule field 'precision'"),
    ("schedule-inf", "logistic", dict(meta=put("schedule.data_range", INF), text=swap_text),
     r"schedule field 'data_range'"),
    # encoders
    ("encoders-list", "logistic", dict(meta=put("encoders", [])), r"encoders: expected an object, got a list"),
    ("encoders-unknown", "logistic", dict(meta=put("encoders.code", "x")), r"encoders: unknown entry 'code'"),
    ("encoders-no-dims", "logistic", dict(meta=drop("encoders.dims")), r"encoders: 'dims' is missing"),
    ("dims-text", "logistic", dict(meta=put("encoders.dims.d", "200")), r"encoders.dims.d: expected an integer"),
    ("dims-float", "logistic", dict(meta=put("encoders.dims.d", 200.0)), r"encoders.dims.d: expected an integer"),
    ("dims-bool", "logistic", dict(meta=put("encoders.dims.d", True)), r"encoders.dims.d: expected an integer"),
    ("dims-zero", "logistic", dict(meta=put("encoders.dims.d", 0)), r"encoders.dims.d: expected an integer in \[1"),
    ("dims-huge", "logistic", dict(meta=put("encoders.dims.d", 2**31)), r"encoders.dims.d: expected an integer"),
    ("dims-unknown", "logistic", dict(meta=put("encoders.dims.zz", 3)), r"encoders.dims: unknown entry 'zz'"),
    ("dims-missing", "logistic", dict(meta=drop("encoders.dims.d")), r"encoders.dims: 'd' is missing"),
    ("dims-grown", "logistic", dict(meta=put("encoders.dims.d", lambda v: v + 1)),
     r"member 'param.w.npy' has shape \(200,\), expected \(201,\)"),
    ("dims-too-big-for-memory", "mc", dict(meta=both(put("encoders.dims.users", 2**31 - 1),
                                                     put("encoders.raw_dims", ["users"]),
                                                     drop("encoders.ids.users"))), r"would need .* GiB"),
    ("raw-dims-text", "logistic", dict(meta=put("encoders.raw_dims", "d")), r"encoders.raw_dims: expected a list"),
    ("raw-dims-unknown", "logistic", dict(meta=put("encoders.raw_dims", ["nope"])), r"'nope' is not a dim"),
    ("raw-dims-twice", "logistic", dict(meta=put("encoders.raw_dims", ["d", "d"])), r"listed twice"),
    ("raw-dims-number", "logistic", dict(meta=put("encoders.raw_dims", [1])), r"encoders.raw_dims: 1 is not a dim"),
    # binary labels
    ("labels-null", "logistic", dict(meta=put("encoders.labels", None)), r"expected a binary label mapping"),
    ("labels-classes", "logistic", dict(meta=put("encoders.labels", {"kind": "classes", "classes": [-1.0, 1.0]})),
     r"expected a binary label mapping .*got 'classes' labels"),
    ("labels-list", "logistic", dict(meta=put("encoders.labels", [-1, 1])), r"expected a binary label mapping"),
    ("labels-three", "logistic", dict(meta=put("encoders.labels.values", [-1.0, 0.0, 1.0])), r"exactly 2 labels"),
    ("labels-one", "logistic", dict(meta=put("encoders.labels.values", [1.0])), r"exactly 2 labels"),
    ("labels-same", "logistic", dict(meta=put("encoders.labels.values", [1.0, 1.0])), r"sorted and distinct"),
    ("labels-unsorted", "logistic", dict(meta=put("encoders.labels.values", [1.0, -1.0])), r"sorted and distinct"),
    ("labels-mixed", "logistic", dict(meta=put("encoders.labels.values", [-1.0, "1"])), r"mixed types"),
    ("labels-nested", "logistic", dict(meta=put("encoders.labels.values", [[0], [1]])), r"a label must be"),
    ("labels-null-value", "logistic", dict(meta=put("encoders.labels.values", [None, 1.0])), r"a label must be"),
    ("labels-huge-int", "logistic", dict(meta=put("encoders.labels.values", [-1, 2**70])), r"a label must be"),
    ("labels-inf", "logistic", dict(meta=put("encoders.labels.values", [-1.0, INF]), text=swap_text),
     r"a label must be .* got inf"),
    ("labels-nan", "logistic", dict(meta=put("encoders.labels.values", [-1.0, NAN]), text=swap_text),
     r"holds NaN, which is not JSON"),
    ("labels-extra-key", "logistic", dict(meta=put("encoders.labels.code", 1)), r"unknown entry 'code'"),
    ("labels-no-kind", "logistic", dict(meta=drop("encoders.labels.kind")), r"expected a binary label mapping"),
    ("labels-for-regression", "mc", dict(meta=put("encoders.labels", {"kind": "binary", "values": [0, 1]})),
     r"encoders.labels: expected null"),
    # id tables
    ("ids-longer", "mc", dict(meta=put("encoders.ids.users", lambda v: v + list(range(10**6, 10**6 + 10**5)))),
     r"encoders.ids.users: 100070 ids for a dim of 70"),
    ("ids-shorter", "mc", dict(meta=put("encoders.ids.users", lambda v: v[:-1])), r"69 ids for a dim of 70"),
    ("ids-unsorted", "mc", dict(meta=put("encoders.ids.users", lambda v: v[::-1])), r"sorted and distinct"),
    ("ids-duplicate", "mc", dict(meta=put("encoders.ids.users", lambda v: [v[1]] + v[1:])), r"sorted and distinct"),
    ("ids-float", "mc", dict(meta=put("encoders.ids.users.0", 0.5)), r"ids must be integers .* got 0.5"),
    ("ids-text", "mc", dict(meta=put("encoders.ids.users.0", "7")), r"ids must be integers"),
    ("ids-bool", "mc", dict(meta=put("encoders.ids.users.0", False)), r"ids must be integers"),
    ("ids-null", "mc", dict(meta=put("encoders.ids.users.0", None)), r"ids must be integers .* got null"),
    ("ids-beyond-64-bits", "mc", dict(meta=put("encoders.ids.users.-1", 2**64)), r"fit in 64 bits"),
    ("ids-object", "mc", dict(meta=put("encoders.ids.users", {})), r"encoders.ids.users: expected a list"),
    ("ids-missing", "mc", dict(meta=drop("encoders.ids.users")), r"encoders.ids: 'users' is missing"),
    ("ids-of-a-raw-dim", "mc", dict(meta=put("encoders.raw_dims", ["users"])), r"given as is \(raw_dims\)"),
    ("ids-unknown-dim", "mc", dict(meta=put("encoders.ids.zz", [1])), r"encoders.ids: unknown entry 'zz'"),
    ("ids-of-a-vector-dim", "logistic", dict(meta=put("encoders.ids.d", list(range(200)))), r"unknown entry 'd'"),
    # classes
    ("classes-more-than-dim", "softmax", dict(meta=put("encoders.labels.classes", lambda v: v + [99])),
     r"expected exactly 5 labels, got 6"),
    ("classes-fewer-than-dim", "softmax", dict(meta=put("encoders.labels.classes", lambda v: v[:-1])),
     r"expected exactly 5 labels, got 4"),
    ("classes-raw-dim-more", "softmax", dict(meta=both(put("encoders.raw_dims", ["classes"]),
                                                       put("encoders.labels.classes", lambda v: v + [99]))),
     r"expected 1 to 5 labels, got 6"),
    ("classes-unsorted", "softmax", dict(meta=put("encoders.labels.classes", lambda v: v[::-1])), r"sorted"),
    ("classes-empty", "softmax", dict(meta=put("encoders.labels.classes", [])), r"expected exactly 5 labels"),
    ("classes-as-binary", "softmax", dict(meta=put("encoders.labels", {"kind": "binary", "values": [0, 1]})),
     r"expected a classes label mapping"),
    # scales and clip counts (low-precision data)
    ("scale-inf", "d8", dict(meta=put("encoders.scales.x", INF), text=swap_text), r"positive power of two, got inf"),
    ("scale-nan", "d8", dict(meta=put("encoders.scales.x", NAN), text=swap_text), r"holds NaN"),
    ("scale-negative", "d8", dict(meta=put("encoders.scales.x", -0.5)), r"encoders.scales.x: expected a positive"),
    ("scale-zero", "d8", dict(meta=put("encoders.scales.x", 0.0)), r"positive power of two"),
    ("scale-not-power-of-two", "d8", dict(meta=put("encoders.scales.x", 0.3)), r"positive power of two"),
    ("scale-text", "d8", dict(meta=put("encoders.scales.x", "0.5")), r"positive power of two"),
    ("scale-unknown-field", "d8", dict(meta=put("encoders.scales.zz", 0.5)), r"encoders.scales: unknown entry"),
    ("clipped-negative", "d8", dict(meta=put("encoders.clipped", {"x": -1})), r"encoders.clipped.x: expected an"),
    ("clipped-float", "d8", dict(meta=put("encoders.clipped", {"x": 1.5})), r"encoders.clipped.x: expected an"),
    ("clipped-unknown", "d8", dict(meta=put("encoders.clipped", {"zz": 1})), r"encoders.clipped: unknown entry"),
    # counts, checksum
    ("epochs-negative", "logistic", dict(meta=put("epochs_done", -1)), r"metadata.epochs_done: expected an integer"),
    ("epochs-float", "logistic", dict(meta=put("epochs_done", 1.5)), r"metadata.epochs_done"),
    ("epochs-text", "logistic", dict(meta=put("epochs_done", "3")), r"metadata.epochs_done"),
    ("epochs-bool", "logistic", dict(meta=put("epochs_done", True)), r"metadata.epochs_done"),
    ("epochs-huge", "logistic", dict(meta=put("epochs_done", 2**60)), r"metadata.epochs_done"),
    ("steps-negative", "logistic", dict(meta=put("steps_done", -1)), r"metadata.steps_done"),
    ("steps-null", "logistic", dict(meta=put("steps_done", None)), r"metadata.steps_done: .* got null"),
    ("sha-number", "logistic", dict(late=put("sha256", 5)), r"metadata.sha256: expected text"),
    ("sha-short", "logistic", dict(late=put("sha256", "abc")), r"metadata.sha256: expected 64 hex digits"),
    ("sha-stale", "logistic", dict(late=put("epochs_done", 7)), r"do not match their checksum"),
    # the JSON itself
    ("meta-not-object", "logistic", dict(text=lambda t: "[1, 2]"), r"metadata: expected an object, got a list"),
    ("meta-repeated-key", "logistic", dict(text=lambda t: '{"format": 1, ' + t[1:]), r"repeats a key"),
    ("meta-not-utf8", "logistic", dict(text=lambda t: b"\xff" + t.encode()), r"corrupt metadata"),
    ("meta-not-json", "logistic", dict(text=lambda t: t[:-1]), r"corrupt metadata"),
    ("meta-deep", "logistic", dict(text=lambda t: "[" * 100000 + "]" * 100000), r"corrupt metadata"),
    ("quality-text", "logistic", dict(meta=put("quality", {"accuracy": "high"})),
     r"metadata.quality.accuracy: expected a finite number"),
    ("quality-unknown", "logistic", dict(meta=put("quality", {"f1": 0.5})), r"metadata.quality: unknown entry 'f1'"),
    ("hashing-format", "logistic", dict(meta=put("hashing", {"format": "md5", "bits": 8})),
     r"metadata.hashing.format: expected 'vw' or 'csv'"),
    ("hashing-bits", "logistic", dict(meta=put("hashing", {"format": "vw", "bits": 64})),
     r"metadata.hashing.bits: expected an integer in \[1, 31\]"),
    ("hashing-columns", "logistic", dict(meta=put("hashing", {"format": "csv", "bits": 8, "categorical": [1]})),
     r"metadata.hashing.categorical: expected 'auto' or column names"),
    ("meta-empty", "logistic", dict(text=lambda t: ""), r"corrupt metadata"),
    ("meta-float32", "logistic", dict(arrays=member("meta.json", np.zeros(4, np.float32))),
     r"member 'meta.json.npy' has dtype float32, expected uint8"),
    ("meta-2d", "logistic", dict(arrays=member("meta.json", np.zeros((2, 2), np.uint8))), r"expected a 1-D array"),
    ("meta-missing", "logistic", dict(arrays=member("meta.json", None)), r"not an sgdc model file \(no meta.json\)"),
    # params
    ("param-float64", "logistic", dict(params=param("w", lambda a: a.astype(np.float64))),
     r"member 'param.w.npy' has dtype float64, expected float32"),
    ("param-big-endian", "logistic", dict(params=param("w", lambda a: a.astype(">f4"))), r"has dtype >f4"),
    ("param-int", "logistic", dict(params=param("w", lambda a: a.astype(np.int32))), r"has dtype int32"),
    ("param-object", "logistic", dict(params=param("w", lambda a: a.astype(object))), r"has dtype object"),
    ("param-short", "logistic", dict(params=param("w", lambda a: a[:-1])), r"has shape \(199,\), expected \(200,\)"),
    ("param-2d", "logistic", dict(params=param("w", lambda a: a.reshape(2, 100))), r"expected \(200,\)"),
    ("param-scalar-as-vector", "logistic", dict(params=param("b", lambda a: a.reshape(1))), r"expected \(\)"),
    ("param-nan", "logistic", dict(params=param("w", lambda a: np.where(np.arange(a.size) == 7, np.nan, a)
                                                 .astype(np.float32))),
     r"param 'w' has a non-finite value at position 7"),
    ("param-inf", "softmax", dict(params=param("W", lambda a: np.full_like(a, np.inf))), r"non-finite value"),
    ("param-extra", "logistic", dict(params=lambda p: p.update(zzz=np.zeros(3, np.float32))),
     r"unexpected arrays \['param.zzz.npy'\]"),
    ("param-missing", "logistic", dict(params=lambda p: p.pop("b")), r"param 'b' is missing"),
    ("member-extra", "logistic", dict(arrays=member("evil", np.zeros(3, np.uint8))),
     r"unexpected member 'evil.npy'"),
]


def make_case(bases, tmp_path, case):
    name, base, kw, _ = case
    return forge(bases[base][0], tmp_path / f"{name}.npz", **kw)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_hostile_metadata_and_params(bases, tmp_path, case, capsys):
    path = make_case(bases, tmp_path, case)
    with pytest.raises(sgdc.UserError) as e:
        modelfile.load(path)
    msg = str(e.value)
    assert msg.startswith(f"{path}: ")
    assert re.search(case[3], msg), msg
    if case[0] != "sha-stale":
        assert "do not match their checksum" not in msg  # the checks caught it, not the (recomputed) checksum
    predict_fails_cleanly(path, bases[case[1]][1], capsys)


def predict_fails_cleanly(path, data, capsys, *needles):
    rc = main(["predict", str(path), "--data", str(data)])
    out = capsys.readouterr()
    assert rc == 1
    assert "Traceback" not in out.err and out.out == ""
    lines = out.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}: "), out.err
    for n in needles:
        assert n in lines[0]


def test_the_id_table_overflow_that_used_to_read_heap_memory(bases, tmp_path):
    """The case that segfaulted (or returned heap contents): ids beyond the params' rows."""
    mc = bases["mc"]
    path = make_case(bases, tmp_path, next(c for c in CASES if c[0] == "ids-longer"))
    with pytest.raises(sgdc.UserError, match="ids for a dim of"):
        sgdc.load(path)
    # the untouched file still predicts, and warm-starts
    prog = sgdc.load(mc[0])
    assert np.array_equal(prog.predict(mc[2]), mc[3].predict(mc[2]))


def test_fortran_ordered_params_load(bases, tmp_path):
    """A param stored in Fortran order (numpy writes it so for such an array) is read as the same values."""
    path = forge(bases["softmax"][0], tmp_path / "f.npz", params=param("W", np.asfortranarray))
    with zipfile.ZipFile(path) as z, z.open("param.W.npy") as f:
        np.lib.format.read_magic(f)
        assert np.lib.format.read_array_header_1_0(f)[1] is True  # fortran_order
    prog = sgdc.load(path)
    assert prog.params["W"].flags.c_contiguous
    assert np.array_equal(prog.params["W"], bases["softmax"][3].params["W"])


def test_every_base_round_trips(bases):
    for path, _, inputs, prog in bases.values():
        back = sgdc.load(path)
        assert np.array_equal(back.predict(inputs), prog.predict(inputs))


# -- containers --------------------------------------------------------------------------------------

def zip_entries(path):
    """(name, stored bytes, crc) of every member of a stored zip."""
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i.filename), i.CRC) for i in z.infolist()]


def raw_zip(path, entries):
    """A zip written by hand: entries are (name, bytes as stored, method, crc, uncompressed size[, stored size]);
    sizes of 4 GiB or more go in a zip64 extra field (a stored size that is not the bytes' length is a lie)."""
    out, central = bytearray(), bytearray()
    for name, data, method, crc, size, *stored in entries:
        stored = stored[0] if stored else len(data)
        n = name.encode()
        extra = b""
        if max(size, stored) >= 0xFFFFFFFF:
            extra = struct.pack("<HHQQ", 1, 16, size, stored)
            size = stored = 0xFFFFFFFF
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, method, 0, 0, crc, stored, size, len(n), len(extra))
        out += n + extra + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, method, 0, 0, crc, stored, size,
                               len(n), len(extra), 0, 0, 0, 0, offset) + n + extra
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))
    return path


def deflated_zeros(gib):
    """A raw deflate stream of ``gib`` GiB of zeros (a few MB: one block repeated) and its CRC-32."""
    block = 1 << 24
    c = zlib.compressobj(1, zlib.DEFLATED, -15)
    first = c.compress(bytes(block)) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(bytes(block)) + c.flush(zlib.Z_FULL_FLUSH)
    n = (gib << 30) // block
    crc = 0
    for _ in range(n):
        crc = zlib.crc32(bytes(block), crc)
    return first + again * (n - 1) + c.flush(), crc, n * block


@pytest.fixture(scope="module")
def bomb():
    return deflated_zeros(3)


@pytest.fixture
def opened(monkeypatch):
    """The names of the members anything reads through zipfile (to show a bomb is never opened)."""
    names = []
    real = zipfile.ZipFile.open

    def spy(self, name, *a, **k):
        names.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return real(self, name, *a, **k)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    return names


@pytest.mark.parametrize("where, match", [
    ("extra", r"unexpected member 'bomb.bin'"),
    ("param.zzz.npy", r"member 'param.zzz.npy' is compressed"),
    ("param.w.npy", r"member 'param.w.npy' is compressed"),  # in place of the real one
    ("meta.json.npy", r"member 'meta.json.npy' is compressed"),
])
def test_zip_bomb_is_refused_without_inflating(bases, tmp_path, bomb, opened, where, match, capsys):
    data, crc, size = bomb
    entries = [(n, b, zipfile.ZIP_STORED, c, len(b)) for n, b, c in zip_entries(bases["logistic"][0])]
    if where == "extra":
        entries.append(("bomb.bin", data, zipfile.ZIP_DEFLATED, crc, size))
    else:
        entries = [e for e in entries if e[0] != where] + [(where, data, zipfile.ZIP_DEFLATED, crc, size)]
    path = raw_zip(tmp_path / "bomb.npz", entries)
    assert os.path.getsize(path) < 50 << 20 and size == 3 << 30
    opened.clear()
    with pytest.raises(sgdc.UserError, match=match) as e:
        sgdc.load(path)
    assert str(e.value).startswith(f"{path}: ")
    assert where not in opened and "bomb.bin" not in opened
    predict_fails_cleanly(path, bases["logistic"][1], capsys)


def test_member_that_inflates_past_its_declared_size(bases, tmp_path, bomb, opened):
    """A param that claims the right (small) size but is a deflate stream of gigabytes."""
    data, crc, _ = bomb
    entries = [(n, b, zipfile.ZIP_STORED, c, len(b)) for n, b, c in zip_entries(bases["logistic"][0])]
    entries = [(n, data, zipfile.ZIP_DEFLATED, crc, size) if n == "param.w.npy" else (n, b, m, c, size)
               for n, b, m, c, size in entries]
    path = raw_zip(tmp_path / "liar.npz", entries)
    opened.clear()
    with pytest.raises(sgdc.UserError, match="compressed"):
        sgdc.load(path)
    assert "param.w.npy" not in opened


def test_stored_member_that_claims_gigabytes(bases, tmp_path, opened):
    """Declared sizes are checked against the stored bytes, then against the shape the spec gives, before the
    data is read."""
    entries = [(n, b, zipfile.ZIP_STORED, c, len(b)) for n, b, c in zip_entries(bases["logistic"][0])]
    liar = [(n, b, m, c, 3 << 30) if n == "param.w.npy" else (n, b, m, c, s) for n, b, m, c, s in entries]
    opened.clear()
    with pytest.raises(sgdc.UserError, match=r"member 'param.w.npy' declares 3221225472 bytes but stores 928"):
        sgdc.load(raw_zip(tmp_path / "big.npz", liar))
    assert opened == []
    # a size that agrees with the stored bytes but not with the shape: refused after the .npy header
    padded = [(n, b + bytes(1000), m, zlib.crc32(b + bytes(1000)), s + 1000) if n == "param.w.npy"
              else (n, b, m, c, s) for n, b, m, c, s in entries]
    with pytest.raises(sgdc.UserError, match=r"member 'param.w.npy': its size \(1928 bytes\) is not its header "
                                             r"\(128 bytes\) plus shape \(200,\) of float32"):
        sgdc.load(raw_zip(tmp_path / "padded.npz", padded))


def test_memory_cap_applies_before_reading(bases, tmp_path, opened, capsys):
    """Members that declare a petabyte (stored, so declared and stored sizes agree): refused before any read."""
    entries = [(n, b, zipfile.ZIP_STORED, c, len(b)) for n, b, c in zip_entries(bases["logistic"][0])]
    huge = [(n, b, m, c, 1 << 50, 1 << 50) if n == "param.w.npy" else (n, b, m, c, s) for n, b, m, c, s in entries]
    path = raw_zip(tmp_path / "huge.npz", huge)
    opened.clear()
    with pytest.raises(sgdc.UserError, match=r"the arrays of the model file would need"):
        sgdc.load(path)
    assert opened == []
    predict_fails_cleanly(path, bases["logistic"][1], capsys)


def test_metadata_cap(bases, tmp_path):
    meta, p = read_model(bases["logistic"][0])
    meta["spec_file"] = "x" * (17 << 20)
    meta["sha256"] = modelfile._digest(meta, p)
    write_model(tmp_path / "fat.npz", json.dumps(meta), p)
    # (2120 bytes: the weights and their AdaGrad sums)
    with pytest.raises(sgdc.UserError, match=r"the metadata is \d+ bytes; at most \d+ for 2120 bytes of params"):
        sgdc.load(tmp_path / "fat.npz")


def test_compressed_and_duplicate_members(bases, tmp_path, capsys):
    meta, p = read_model(bases["logistic"][0])
    np.savez_compressed(tmp_path / "c.npz", **{f"param.{k}": v for k, v in p.items()},
                        **{"meta.json": np.frombuffer(json.dumps(meta).encode(), np.uint8)})
    with pytest.raises(sgdc.UserError, match="compressed or encrypted"):
        sgdc.load(tmp_path / "c.npz")
    entries = [(n, b, zipfile.ZIP_STORED, c, len(b)) for n, b, c in zip_entries(bases["logistic"][0])]
    path = raw_zip(tmp_path / "dup.npz", entries + [entries[0]])
    with pytest.raises(sgdc.UserError, match=f"member '{entries[0][0]}' appears twice"):
        sgdc.load(path)
    predict_fails_cleanly(path, bases["logistic"][1], capsys)


def test_truncated_and_garbage_files(bases, tmp_path, capsys):
    blob = bases["logistic"][0].read_bytes()
    path = tmp_path / "t.npz"
    for cut in (0, 1, 22, 100, len(blob) // 2, len(blob) - 1):
        path.write_bytes(blob[:cut])
        with pytest.raises(sgdc.UserError, match=f"^{path}: "):
            sgdc.load(path)
        predict_fails_cleanly(path, bases["logistic"][1], capsys)
    path.write_text("model logistic\n")
    with pytest.raises(sgdc.UserError, match="not a valid sgdc model file"):
        sgdc.load(path)
    # every single flipped byte: an error or the same model, never anything else
    for i in range(0, len(blob), max(1, len(blob) // 300)):
        bad = bytearray(blob)
        bad[i] ^= 0x41
        path.write_bytes(bytes(bad))
        try:
            prog = sgdc.load(path)
        except sgdc.UserError as e:
            assert str(e).startswith(f"{path}: ")
        else:  # a byte zip does not read (a timestamp, a name in the local header)
            assert np.array_equal(prog.params["w"], bases["logistic"][3].params["w"])


# -- special files -----------------------------------------------------------------------------------

def load_in_subprocess(path):
    """``sgdc.load(path)`` and ``sgdc predict path`` in processes of their own, with a time limit: a regression
    would block, not fail."""
    code = f"import sgdc\ntry:\n    sgdc.load({str(path)!r})\nexcept sgdc.UserError as e:\n    print(e)\n"
    api = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    cli = subprocess.run([sys.executable, "-m", "sgdc.cli", "predict", str(path), "--data", str(path)],
                         capture_output=True, text=True, timeout=60)
    assert api.returncode == 0 and api.stderr == "", api.stderr
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert len(cli.stderr.strip().splitlines()) == 1
    return api.stdout.strip(), cli.stderr.strip()


def test_fifo_is_refused_without_blocking(tmp_path):
    p = tmp_path / "m.npz"
    os.mkfifo(p)
    api, cli = load_in_subprocess(p)
    assert api == f"{p}: not a model file: it is a FIFO (named pipe), not a regular file"
    assert cli == f"error: {api}"


def test_directory_is_refused(tmp_path, capsys):
    d = tmp_path / "m.npz"
    d.mkdir()
    with pytest.raises(sgdc.UserError, match=r"m.npz: not a model file: it is a directory, not a regular file"):
        sgdc.load(d)
    predict_fails_cleanly(d, d, capsys, "directory")


def test_device_is_refused(tmp_path):
    p = tmp_path / "null"
    try:
        os.mknod(p, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    api, cli = load_in_subprocess(p)
    assert api == f"{p}: not a model file: it is a character device, not a regular file"
    assert stat.S_ISCHR(os.lstat(p).st_mode)


def test_symlinks(bases, tmp_path, capsys):
    link = tmp_path / "link.npz"
    link.symlink_to(bases["logistic"][0])
    assert sgdc.load(link).epochs_done == 1  # reading through a link is fine
    dangling = tmp_path / "dangling.npz"
    dangling.symlink_to(tmp_path / "nowhere.npz")
    with pytest.raises(sgdc.UserError, match="dangling.npz: no such model file"):
        sgdc.load(dangling)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    to_fifo = tmp_path / "to_fifo.npz"
    to_fifo.symlink_to(fifo)
    with pytest.raises(sgdc.UserError, match="FIFO"):
        sgdc.load(to_fifo)


# -- distributed resume goes through the same loader -------------------------------------------------

def test_distributed_checkpoint_resume_is_validated(bases, tmp_path):
    from sgdc import distributed as sd

    ck = make_case(bases, tmp_path, next(c for c in CASES if c[0] == "ids-longer"))
    run = object.__new__(sd._Run)  # only what run() reads before it touches the cluster
    run.checkpoint, run.modelfile = str(ck), modelfile
    with pytest.raises(sgdc.UserError, match=f"^{ck}: encoders.ids.users: 100070 ids for a dim of 70"):
        run.run()
    fifo = tmp_path / "ck.npz"
    os.mkfifo(fifo)
    run.checkpoint = str(fifo)
    with pytest.raises(sgdc.UserError, match="FIFO"):
        run.run()


# -- a property: random edits of the metadata never get past the checks unless the program works -------------

def _paths(v, prefix=()):
    yield prefix
    if isinstance(v, dict):
        for k, x in v.items():
            yield from _paths(x, prefix + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v[:3]):  # the first few elements of long lists (id tables)
            yield from _paths(x, prefix + (i,))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.sampled_from([0, 1, -1, 2, 2**31, 2**63])
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12)
    | st.sampled_from(["auto", "D8M16", "dense", "d", "users", "binary", "classes", "0.1 / (1 + t)"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def meta_edits(draw, meta):
    path = draw(st.sampled_from(list(_paths(meta))[1:]))
    op = draw(st.sampled_from(["replace", "delete", "add", "nudge", "shorten", "reverse", "duplicate"]))
    value = draw(json_values)
    key = draw(st.sampled_from(["d", "users", "x", "y", "threads", "kind", "evil", "classes"]))
    return path, op, value, key


def apply_edit(meta, edit):
    path, op, value, key = edit
    parent = meta
    for k in path[:-1]:
        parent = parent[k]
    k = path[-1]
    v = parent[k]
    if op == "replace":
        parent[k] = value
    elif op == "delete":
        del parent[k]
    elif op == "add" and isinstance(v, dict):
        v[key] = value
    elif op == "add" and isinstance(v, list):
        v.append(value)
    elif op == "nudge" and type(v) in (int, float):
        parent[k] = v + 1
    elif op == "shorten" and isinstance(v, (list, str)):
        parent[k] = v[:-1]
    elif op == "reverse" and isinstance(v, (list, str)):
        parent[k] = v[::-1]
    elif op == "duplicate" and isinstance(v, list) and v:
        parent[k] = [v[0]] + v
    else:
        parent[k] = value


@pytest.fixture(scope="module")
def base_metas(bases):
    return Bases({name: read_model(b[0]) for name, b in bases.items()})


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_metadata_edits(bases, base_metas, tmp_path, data):
    name = data.draw(st.sampled_from(sorted(bases)))
    meta, params = base_metas[name]
    meta = json.loads(json.dumps(meta))
    apply_edit(meta, data.draw(meta_edits(meta)))
    meta["sha256"] = modelfile._digest(meta, params)  # recomputed: only the checks stand in the way
    path = tmp_path / "edited.npz"
    write_model(path, json.dumps(meta), params)
    try:
        prog = modelfile.load(path)
    except sgdc.UserError as e:
        assert str(e).startswith(f"{path}: ") and "\n" not in str(e)
        return
    inputs = bases[name][2]
    try:
        pred = prog.predict(inputs)
    except sgdc.UserError:
        return
    assert len(pred) == 120
