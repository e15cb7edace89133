"""Model files: a plain ``.npz`` of params plus JSON metadata, never pickle.

Layout: one array per param named ``param.<name>`` (float32) and one uint8
array ``meta.json`` holding UTF-8 JSON: format version, sgdc version, spec
text and file name, schedule overrides, data encoders (dims, label and id
mappings), epochs done, and a SHA-256 of the param bytes.

Written atomically: to a temporary file in the same directory, flushed and
fsynced, then ``os.replace``\\ d over the target, so a reader (or an
interrupted run) sees either the old file or the new one, never half.
Loading checks everything and raises :class:`~sgdc.errors.UserError` for a
truncated, tampered or mismatched file.
"""
from __future__ import annotations

import hashlib
import json
import os
import zipfile

import numpy as np

from .bind import Encoders
from .fileio import atomic_write
from .errors import SgdcError, UserError

FORMAT = 1


def _digest(params: dict) -> str:
    h = hashlib.sha256()
    for name in sorted(params):
        a = np.ascontiguousarray(params[name], dtype=np.float32)
        h.update(name.encode() + b"\0" + str(a.shape).encode() + b"\0" + a.tobytes())
    return h.hexdigest()


def schedule_overrides(program) -> dict:
    s = program.model.schedule
    return {
        "step": s.step_text, "precision": s.precision, "rounding": s.rounding, "layout": s.layout,
        "data_layout": s.data_layout, "threads": s.threads, "order": s.order, "shard": s.shard, "epochs": s.epochs,
    }


def save(path, program) -> None:
    from . import __version__

    if program.params is None:
        raise UserError("nothing to save: the model has not been trained")
    meta = {
        "format": FORMAT,
        "sgdc_version": __version__,
        "spec": program.model.source,
        "spec_file": program.model.filename,
        "schedule": schedule_overrides(program),
        "encoders": program.encoders.to_json(),
        "epochs_done": program.epochs_done,
        "steps_done": program.steps_done,
        "params_sha256": _digest(program.params),
    }
    arrays = {f"param.{k}": np.asarray(v, dtype=np.float32) for k, v in program.params.items()}
    arrays["meta.json"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    atomic_write(path, lambda f: np.savez(f, **arrays), "model file")


def load(path, engine: str = "llvm"):
    """A trained :class:`~sgdc.runtime.Program` from a model file."""
    from .frontend import load_model
    from .runtime import Program

    path = os.fspath(path)
    try:
        with np.load(path, allow_pickle=False) as z:
            files = {k: z[k] for k in z.files}
    except FileNotFoundError:
        raise UserError(f"{path}: no such model file") from None
    except (OSError, ValueError, zipfile.BadZipFile, EOFError, KeyError) as e:
        raise UserError(f"{path}: not a valid sgdc model file ({type(e).__name__}: {e})") from None
    if "meta.json" not in files:
        raise UserError(f"{path}: not an sgdc model file (no meta.json)")
    try:
        meta = json.loads(bytes(files.pop("meta.json").astype(np.uint8)).decode())
        if meta.get("format") != FORMAT:
            raise UserError(f"{path}: model file format {meta.get('format')!r} is not {FORMAT}")
        spec = meta["spec"]
        overrides = dict(meta["schedule"])
        enc = Encoders.from_json(meta["encoders"])
    except UserError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
        raise UserError(f"{path}: corrupt metadata ({type(e).__name__}: {e})") from None
    try:
        model = load_model(spec if "\n" in spec else spec + "\n", **overrides)
    except SgdcError as e:
        raise UserError(f"{path}: the spec stored in the model file does not check: {e}") from None
    params = {}
    for p in model.params:
        key = f"param.{p.name}"
        if key not in files:
            raise UserError(f"{path}: param '{p.name}' is missing")
        a = files.pop(key)
        if a.dtype != np.float32:
            raise UserError(f"{path}: param '{p.name}' has dtype {a.dtype}, expected float32")
        want = tuple(enc.dims.get(e, -1) if isinstance(e, str) else e for e in p.shape)
        if a.shape != want:
            raise UserError(f"{path}: param '{p.name}' has shape {a.shape}, expected {want}")
        params[p.name] = np.array(a, dtype=np.float32, order="C")
    if files:
        raise UserError(f"{path}: unexpected arrays {sorted(files)}")
    if _digest(params) != meta.get("params_sha256"):
        raise UserError(f"{path}: params do not match their checksum (the file was modified or damaged)")
    prog = Program(model, engine=engine)
    prog.params = params
    prog.encoders = enc
    prog.epochs_done = int(meta.get("epochs_done", 0))
    prog.steps_done = int(meta.get("steps_done", 0))
    return prog
