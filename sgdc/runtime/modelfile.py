"""Model files: a plain ``.npz`` of params plus JSON metadata; data, never code.

Layout: a zip archive of uncompressed ``.npy`` members, one per param named
``param.<name>.npy`` (float32) and one uint8 array ``meta.json.npy`` holding
UTF-8 JSON: format version, sgdc version, spec text and file name, schedule
overrides, data encoders (dims, label and id mappings), epochs and steps done,
optionally ``quality`` (the last epoch's train and validation loss, test accuracy or RMSE) and ``hashing``
(how the training data's features were hashed: ``format`` vw or csv, ``bits``, CSV's ``categorical``),
and ``sha256``: a SHA-256 of everything else in the file (the canonical JSON
of the other metadata fields, then every param's name, shape and bytes).

Written through :func:`sgdc.data.fileio.atomic_write` (a temporary file, fsync,
rename; see there for what an output path may be).

A model file is untrusted input (docs/robustness.md, "Model files are data,
never code").  :func:`load` opens regular files only (a FIFO or device is
refused before it is opened), checks the members by name, size and storage
before reading any of them (only the expected names, stored uncompressed, sizes
within caps, so nothing can inflate), reads each with bounded reads (no pickle),
checks every metadata field, compiles the stored spec through the checker,
checks every param (float32, exactly the shape the dims give, finite) and the
checksum.  Any problem is one :class:`~sgdc.errors.UserError` starting with
the path.  The checksum catches damage; a file made on purpose (with a
recomputed checksum) is caught by the checks, which is what keeps native code
safe.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import zipfile

import numpy as np

from sgdc.data.bind import Encoders, _first_nonfinite, _fits_in_memory, json_int, json_object, json_what
from sgdc.errors import SgdcError, UserError
from sgdc.passes.differentiate import STATE_SUFFIXES
from sgdc.data.fileio import atomic_write, open_regular

FORMAT = 2  # 2: the checksum covers the metadata too (format 1 covered the params only)
META = "meta.json.npy"
# a param's member: a spec's name, or one with a per-coordinate state's suffix (sgdc.passes.differentiate)
PARAM = re.compile(r"param\.([A-Za-z_][A-Za-z0-9_]*(?:%s)?)\.npy" % "|".join(map(re.escape, STATE_SUFFIXES)))
META_BASE = 16 << 20  # meta.json may hold this many bytes, plus META_PER_PARAM_BYTE for every byte of params
META_PER_PARAM_BYTE = 8  # (an id table has one JSON integer, at most 21 bytes, per row of a param of >= 4 bytes)
NPY_HEADER_MAX = 4096  # bytes of .npy header allowed before a member's data (numpy writes 128)
MAX_COUNT = 2**53  # epochs_done, steps_done: exact as a float64 (the step schedule reads t as one)
_READ_CHUNK = 16 << 20
_FIELDS = ("format", "sgdc_version", "spec", "spec_file", "schedule", "encoders", "epochs_done", "steps_done",
           "sha256")
_SCHEDULE_TEXT_MAX = 1000  # characters of a schedule value (a step expression is a few dozen)


def _canonical(meta: dict) -> bytes:
    """The metadata minus its checksum, as one canonical JSON text."""
    body = {k: v for k, v in meta.items() if k != "sha256"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode()


def _digest(meta: dict, params: dict) -> str:
    h = hashlib.sha256(_canonical(meta))
    for name in sorted(params):
        a = np.asarray(params[name], dtype=np.float32, order="C")
        h.update(b"\0" + name.encode() + b"\0" + str(a.shape).encode() + b"\0" + a.tobytes())
    return h.hexdigest()


def schedule_overrides(program) -> dict:
    """The metadata's ``schedule`` object: the program's training and schedule at the FORMAT 2 boundary (the
    fields and their text or numbers as every FORMAT 2 file stores them; :func:`_load` types them again)."""
    from sgdc.ir.schedule import stored_fields

    return stored_fields(program.model.training, program.model.schedule)


QUALITY_KEYS = ("train_loss", "val_loss", "accuracy", "rmse", "auc")  # metadata.quality: the last epoch's, when known


def recorded_quality(program) -> dict:
    """The last epoch's figures (``train_loss``, ``val_loss``, test ``accuracy`` / ``rmse``) from the program's
    history, or what the file it was loaded from recorded; finite numbers only."""
    h = program.history
    out = {}
    if h.train_loss:
        out["train_loss"] = h.train_loss[-1]
    if h.val_loss:
        out["val_loss"] = h.val_loss[-1]
    if h.test:
        out.update({k[5:]: v for k, v in h.test[-1].items() if k[5:] in QUALITY_KEYS})  # test_accuracy ...
    if not out:
        out = dict(getattr(program, "recorded_quality", None) or {})
    return {k: float(v) for k, v in out.items() if isinstance(v, (int, float)) and math.isfinite(v)}


def save(path, program) -> None:
    from sgdc.version import __version__

    if program.params is None:
        raise UserError("nothing to save: the model has not been trained")
    params = {k: np.asarray(v, dtype=np.float32, order="C") for k, v in program.params.items()}
    for k, a in params.items():
        bad = _first_nonfinite(a.reshape(-1))
        if bad >= 0:  # load refuses such a file: never write one
            raise UserError(f"cannot save the model: param '{k}' has a non-finite value at position {bad} "
                            f"(training diverged)")
    quality = recorded_quality(program)
    meta = {
        "format": FORMAT,
        "sgdc_version": __version__,
        "spec": program.model.source,
        "spec_file": program.model.filename,
        "schedule": schedule_overrides(program),
        "encoders": program.encoders.to_json(),
        "epochs_done": program.epochs_done,
        "steps_done": program.steps_done,
    }
    if quality:
        meta["quality"] = quality
    if getattr(program, "hashing", None):
        meta["hashing"] = dict(program.hashing)
    text = json.dumps(meta, allow_nan=False)
    meta = json.loads(text)  # the digest is of what load will read
    meta["sha256"] = _digest(meta, params)
    arrays = {f"param.{k}": a for k, a in params.items()}
    arrays["meta.json"] = np.frombuffer(json.dumps(meta, allow_nan=False).encode(), dtype=np.uint8)
    atomic_write(path, lambda f: np.savez(f, **arrays), "model file")


def load(path, engine: str = "llvm"):
    """A trained :class:`~sgdc.runtime.program.Program` from a model file; a bad file is one UserError."""
    path = os.fspath(path)
    with open_regular(path, "model file") as fh:
        try:
            return _load(fh, engine)
        except SgdcError as e:
            raise UserError(f"{path}: {e}") from None


def describe(path) -> dict:
    """What a model file holds, for ``sgdc info``: loaded (and so checked) as :func:`load` does, without
    compiling kernels."""
    from sgdc.ir.model import is_state

    path = os.fspath(path)
    prog = load(path)
    with open_regular(path, "model file") as fh, _reading(), zipfile.ZipFile(fh) as zf:
        meta = _parse_meta(_read_npy(zf, _members(zf)[META], np.dtype(np.uint8), None).tobytes())
    m = prog.model
    params = {}
    for k, v in prog.params.items():
        a = np.asarray(v)
        params[k] = {"shape": list(a.shape), "bytes": int(a.nbytes), "state": is_state(k),
                     "max_abs": float(np.max(np.abs(a))) if a.size else 0.0}
    return {"path": path, "model": m.name, "task": m.task, "format": meta["format"],
            "sgdc_version": meta["sgdc_version"], "spec_file": meta["spec_file"], "spec": meta["spec"],
            "dims": {k: int(v) for k, v in prog.encoders.dims.items()},
            "consts": {c.name: c.value for c in m.consts}, "schedule": meta["schedule"],
            "epochs_done": prog.epochs_done, "steps_done": prog.steps_done,
            "quality": dict(prog.recorded_quality), "hashing": prog.hashing, "params": params}


def continue_from(program, path) -> None:
    """Give ``program`` (compiled from a spec, not trained) the params, encoders and counts of the model file at
    ``path``, so that a warm-start fit continues it (``sgdc train SPEC --init MODEL``): the step rule goes on
    from the file's epochs and steps.  The spec must declare the same params with the same shapes under the
    file's dims (consts included: ``--set k=16`` against a file of ``k = 50`` is refused, naming the param);
    per-coordinate state the file lacks (a step rule it was not trained with) starts at zero, state the spec
    does not keep is dropped."""
    from sgdc.ir.model import is_state

    init = load(path)
    where = os.fspath(path)
    if init.model.task != program.model.task or init.model.target != program.model.target:
        raise UserError(f"{where}: the model file holds a {init.model.task} model (target "
                        f"'{init.model.target}'); the spec is {program.model.task} (target '{program.model.target}')")
    dims = init.encoders.dims
    mine = {p.name: p for p in program.model.params}
    theirs = {k: np.asarray(v) for k, v in init.params.items()}
    for name in [n for n in theirs if not is_state(n)]:
        if name not in mine:
            raise UserError(f"{where}: the model file has param '{name}', which the spec does not declare")
    values = {}
    for name, p in mine.items():
        if name not in theirs:
            if is_state(name):
                continue  # zeros (the params setter fills them)
            raise UserError(f"{where}: the spec's param '{name}' is not in the model file")
        missing = [e for e in p.shape if isinstance(e, str) and e not in dims]
        if missing:
            raise UserError(f"{where}: the spec's param '{name}' has dim '{missing[0]}', which the model file "
                            f"does not bind")
        shape = tuple(dims[e] if isinstance(e, str) else int(e) for e in p.shape)
        if theirs[name].shape != shape:
            raise UserError(f"{where}: param '{name}' is {' x '.join(map(str, theirs[name].shape)) or 'a scalar'} "
                            f"in the model file and {' x '.join(map(str, shape)) or 'a scalar'} in the spec "
                            f"(its shape {list(p.shape)}; a dim or a const differs)")
        values[name] = theirs[name]
    program.encoders = init.encoders
    program.params = values
    program.epochs_done, program.steps_done = init.epochs_done, init.steps_done
    program.recorded_quality = dict(init.recorded_quality)
    program.hashing = getattr(init, "hashing", None)


def _load(fh, engine: str):
    from sgdc.frontend.load import load_model
    from sgdc.runtime.program import Program
    from sgdc.ir.schedule import override_model

    with _reading():
        zf = zipfile.ZipFile(fh)
    with zf:
        with _reading():
            members = _members(zf)
            raw = _read_npy(zf, members.pop(META), np.dtype(np.uint8), None).tobytes()
        meta = _parse_meta(raw)
        spec, overrides = _check_meta(meta)
        try:
            model = load_model(spec)
        except SgdcError as e:
            raise UserError(f"the spec stored in the model file does not check: {e}") from None
        model = override_model(model, **overrides)
        from sgdc.passes.differentiate import with_adaptive_state

        model = with_adaptive_state(model)  # (an adaptive step's sums are params of the file too)
        enc = Encoders.from_json(meta["encoders"], model)
        with _reading():
            params = _read_params(zf, members, model, enc)
    if _digest(meta, params) != meta["sha256"]:
        raise UserError("the metadata or params do not match their checksum (the file was modified or damaged)")
    prog = Program(model, engine=engine)
    prog.encoders = enc  # first: the params are checked against its dims once more
    prog.params = params
    prog.epochs_done = meta["epochs_done"]
    prog.steps_done = meta["steps_done"]
    prog.recorded_quality = dict(meta.get("quality", {}))
    prog.hashing = dict(meta["hashing"]) if meta.get("hashing") else None
    return prog


@contextlib.contextmanager
def _reading():
    """Errors of the zip and .npy layers (a truncated or damaged file) as one UserError."""
    try:
        yield
    except (OSError, zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError) as e:
        raise UserError(f"not a valid sgdc model file ({type(e).__name__}: {e})") from None


def _members(zf: zipfile.ZipFile) -> dict:
    """``{name: ZipInfo}`` of a model file's members, checked before any is read: known names only, each once,
    stored (never compressed: nothing inflates), sizes that fit in memory and a metadata member within its cap."""
    infos = zf.infolist()
    if all(info.filename != META for info in infos):
        raise UserError("not an sgdc model file (no meta.json)")
    members, total = {}, 0
    for info in infos:
        name = info.filename
        if name != META and not PARAM.fullmatch(name):
            raise UserError(f"unexpected member {json_what(name)} (a model file holds {META} and param.NAME.npy)")
        if name in members:
            raise UserError(f"member '{name}' appears twice")
        if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1:
            raise UserError(f"member '{name}' is compressed or encrypted; sgdc model files store their arrays "
                            f"uncompressed (as sgdc and numpy.savez write them)")
        if info.compress_size != info.file_size:
            raise UserError(f"member '{name}' declares {info.file_size} bytes but stores {info.compress_size}")
        members[name] = info
        total += info.file_size
    _fits_in_memory("the arrays of the model file", total)
    params = total - members[META].file_size
    cap = META_BASE + META_PER_PARAM_BYTE * params
    if members[META].file_size > cap:
        raise UserError(f"the metadata is {members[META].file_size} bytes; at most {cap} for {params} bytes "
                        f"of params")
    return members


def _read_npy(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dtype: np.dtype, shape) -> np.ndarray:
    """One ``.npy`` member as a new C-ordered array; its dtype must be ``dtype`` and its shape ``shape`` (None:
    any 1-D shape), and its size exactly the header plus that data.  Header first, then bounded reads of the
    data into the array (no pickle, no temporary copy)."""
    fmt = np.lib.format
    with zf.open(info) as f:
        version = fmt.read_magic(f)
        if version not in ((1, 0), (2, 0)):
            raise ValueError(f"unsupported .npy version {version}")
        read_header = fmt.read_array_header_1_0 if version == (1, 0) else fmt.read_array_header_2_0
        got_shape, fortran, got_dtype = read_header(f, max_header_size=NPY_HEADER_MAX)
        header = f.tell()
        what = f"member '{info.filename}'"
        if got_dtype != dtype:
            raise UserError(f"{what} has dtype {got_dtype}, expected {dtype}")
        if (len(got_shape) != 1) if shape is None else (got_shape != shape):
            raise UserError(f"{what} has shape {got_shape}, expected {'a 1-D array' if shape is None else shape}")
        if header > NPY_HEADER_MAX or info.file_size != header + math.prod(got_shape) * dtype.itemsize:
            raise UserError(f"{what}: its size ({info.file_size} bytes) is not its header ({header} bytes) plus "
                            f"shape {got_shape} of {dtype}")
        a = np.empty(got_shape[::-1] if fortran else got_shape, dtype=dtype)
        view, pos = memoryview(a.reshape(-1)).cast("B"), 0
        while pos < len(view):
            n = f.readinto(view[pos:pos + _READ_CHUNK])
            if not n:
                raise EOFError(f"{what} ends early")
            pos += n
        if f.read(1):  # at the end (and the CRC checked)
            raise UserError(f"{what} holds more than its shape")
    return np.asarray(a.T, order="C") if fortran else a


def _parse_meta(raw: bytes) -> dict:
    def no_duplicates(pairs):
        d = dict(pairs)
        if len(d) != len(pairs):
            raise UserError("the metadata repeats a key")
        return d

    def no_constants(name):
        raise UserError(f"the metadata holds {name}, which is not JSON")

    try:
        meta = json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise UserError(f"corrupt metadata ({type(e).__name__}: {e})") from None
    return json_object("metadata", meta, _FIELDS + ("quality", "hashing"), _FIELDS)


def _check_meta(meta: dict) -> tuple:
    """``(spec text, schedule overrides)`` after checking every top-level field (the encoders: Encoders.from_json)."""
    fmt = meta["format"]
    if fmt != FORMAT or type(fmt) is not int:
        old = type(fmt) is int and 1 <= fmt < FORMAT
        raise UserError(f"model file format {json_what(fmt)} is not {FORMAT}"
                        + ("; it was written by an older sgdc, whose checksum does not cover the metadata: train "
                           "the model again with this version to re-save it" if old else ""))
    for name in ("sgdc_version", "spec", "spec_file", "sha256"):
        if not isinstance(meta[name], str):
            raise UserError(f"metadata.{name}: expected text, got {json_what(meta[name])}")
    if not re.fullmatch(r"[0-9a-f]{64}", meta["sha256"]):
        raise UserError(f"metadata.sha256: expected 64 hex digits, got {json_what(meta['sha256'])}")
    for name in ("epochs_done", "steps_done"):
        json_int(f"metadata.{name}", meta[name], 0, MAX_COUNT)
    overrides = json_object("metadata.schedule", meta["schedule"], _schedule_names())
    for k, v in overrides.items():
        if not (v is None or isinstance(v, (int, float))
                or isinstance(v, str) and len(v) <= _SCHEDULE_TEXT_MAX and v.isprintable()):
            raise UserError(f"metadata.schedule.{k}: expected a number or one line of text, got {json_what(v)}")
    hashing = json_object("metadata.hashing", meta.get("hashing", {}), ("format", "bits", "categorical"))
    if hashing:
        if hashing.get("format") not in ("vw", "csv"):
            raise UserError(f"metadata.hashing.format: expected 'vw' or 'csv', got {json_what(hashing.get('format'))}")
        json_int("metadata.hashing.bits", hashing.get("bits"), 1, 31)
        cat = hashing.get("categorical")
        if not (cat is None or cat == "auto" or isinstance(cat, list) and all(isinstance(c, str) for c in cat)):
            raise UserError(f"metadata.hashing.categorical: expected 'auto' or column names, got {json_what(cat)}")
    quality = json_object("metadata.quality", meta.get("quality", {}), QUALITY_KEYS)
    for k, v in quality.items():
        if type(v) not in (int, float) or not math.isfinite(v):
            raise UserError(f"metadata.quality.{k}: expected a finite number, got {json_what(v)}")
    spec = meta["spec"]
    return (spec if "\n" in spec else spec + "\n"), overrides  # always source text: never a path or a name


def _schedule_names() -> tuple:
    from sgdc.ir.schedule import SCHEDULE_FIELDS

    return tuple(SCHEDULE_FIELDS)


def _read_params(zf: zipfile.ZipFile, members: dict, model, enc: Encoders) -> dict:
    params = {}
    for p in model.params:
        key = f"param.{p.name}.npy"
        if key not in members:
            raise UserError(f"param '{p.name}' is missing")
        shape = tuple(enc.dims[e] if isinstance(e, str) else int(e) for e in p.shape)
        a = _read_npy(zf, members.pop(key), np.dtype(np.float32), shape)
        bad = _first_nonfinite(a.reshape(-1))
        if bad >= 0:
            raise UserError(f"param '{p.name}' has a non-finite value at position {bad}")
        params[p.name] = a
    if members:
        raise UserError(f"unexpected arrays {sorted(members)} (params of the stored spec: "
                        f"{', '.join(p.name for p in model.params)})")
    return params
