"""Vowpal Wabbit's text format, with its raw features hashed into ``2^bits`` columns.

A line is ``label [importance] ['tag] |namespace feature[:value] ... |namespace ...``::

    1 2.0 'doc7 |words the:2 cat sat |meta len:0.31
    -1 |words dog

* The part before the first ``|``: the label (a number: -1/+1 for binary specs, a class or a real value
  otherwise), then optionally the importance weight (a number >= 0; the spec's weight field, 1 where absent)
  and a tag (``'`` then anything: ignored).
* Each ``|`` starts a namespace: the name written right after it (``|words``), or none (``| the cat``).
  A feature is ``name`` (value 1) or ``name:value``; names hold no spaces, ``|`` or ``:``.
* **The hash** (stable across sgdc versions, and the one a model trained on hashed features needs at predict
  time, where the model's columns give the bits back): 32-bit FNV-1a (offset basis 2166136261, prime
  16777619) over the bytes ``namespace``, ``|``, ``name``, masked to the low ``bits`` bits:
  ``column = fnv1a(b"words|the") & (2**bits - 1)``.  Features of one line that meet in a column are summed
  (a collision), as in Vowpal Wabbit.  ``bits``: 1 to 31, default 18 (Vowpal Wabbit's ``-b``).

The text is read a piece at a time (:func:`sgdc.data.loaders._text_pieces`) and hashed with numpy, all the
features of a piece at once, a byte position at a time.
"""
from __future__ import annotations

import re

import numpy as np

from sgdc.errors import UserError

FNV_OFFSET = 2166136261
FNV_PRIME = 16777619
DEFAULT_BITS = 18
_TOKEN_MAX = 4096  # bytes of one feature name (a longer one is an error, naming the line)


def fnv1a(data: bytes, h: int = FNV_OFFSET) -> int:
    """32-bit FNV-1a of ``data``, continuing from ``h``."""
    for c in data:
        h = ((h ^ c) * FNV_PRIME) & 0xFFFFFFFF
    return h


def column(namespace: str, name: str, bits: int = DEFAULT_BITS) -> int:
    """The column a feature ``name`` of ``namespace`` hashes to (the rule in the module doc)."""
    return fnv1a(namespace.encode() + b"|" + name.encode()) & ((1 << bits) - 1)


def check_bits(bits) -> int:
    if isinstance(bits, bool) or not isinstance(bits, (int, np.integer)) or not 1 <= int(bits) <= 31:
        raise UserError(f"bits must be an integer from 1 to 31 (2^bits hashed columns), not {bits!r}")
    return int(bits)


def _hash_names(buf: np.ndarray, starts: np.ndarray, ends: np.ndarray, seeds: np.ndarray) -> np.ndarray:
    """FNV-1a of every name ``buf[starts[k]:ends[k]]``, continuing from ``seeds[k]``, vectorised over names."""
    h = seeds.astype(np.uint32)
    lens = ends - starts
    prime = np.uint32(FNV_PRIME)
    with np.errstate(over="ignore"):
        for k in range(int(lens.max()) if lens.size else 0):
            m = lens > k
            c = buf[np.where(m, starts + k, 0)].astype(np.uint32)
            h = np.where(m, (h ^ c) * prime, h)
    return h


def load_vw(path, bits: int = DEFAULT_BITS):
    """``(X, y, w)``: ``X`` a CSR matrix of ``2^bits`` columns (canonical, float32), ``y`` float64 labels, ``w``
    float64 importance weights or None when no line gives one."""
    from sgdc.data import loaders as L
    from sgdc.runtime import memory

    bits = check_bits(bits)
    mask = np.uint32((1 << bits) - 1)
    name = L._name(path)
    labels, counts, cols, vals, weights = (L._Grow(np.float64), L._Grow(np.int64), L._Grow(np.int32),
                                           L._Grow(np.float32), L._Grow(np.float64))
    any_weight = False
    ns_seed: dict = {}
    budget = memory.Budget()
    for piece, line0 in L._text_pieces(path, L._CHUNK):
        piece = piece.translate(L._WS)
        lines = piece.split(b"\n")
        heads, bodies, nums = [], [], []
        for k, line in enumerate(lines):
            if not line.strip():
                continue
            bar = line.find(b"|")
            if bar < 0:
                raise UserError(f"{name}:{line0 + k + 1}: no '|' (a Vowpal Wabbit line is 'label [importance] "
                                f"['tag] |namespace features...')")
            heads.append(line[:bar])
            bodies.append(line[bar:])
            nums.append(line0 + k + 1)
        if not nums:
            continue
        y, w = _heads(heads, nums, name)
        if w is not None:
            any_weight = True
        rows, c, v = _bodies(bodies, nums, name, ns_seed, mask)
        rows, c, v = _canonical(rows, c, v)
        labels.extend(y)
        weights.extend(np.ones(len(y)) if w is None else w)
        counts.extend(np.bincount(rows, minlength=len(y)))
        cols.extend(c)
        vals.extend(v)
        budget.check(f"{name}: the data parsed up to line {nums[-1]}",
                     labels.nbytes + counts.nbytes + cols.nbytes + vals.nbytes + weights.nbytes)
    n = labels.n
    if n == 0:
        raise UserError(f"{name}: no examples (the file is empty or holds only blank lines)")
    X = L._grown_csr(counts, vals, cols, 1 << bits)
    w = weights.done()
    return X, labels.done(), (w if any_weight else None)


_NUM = re.compile(rb"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\Z")


def _heads(heads: list, nums: list, name: str) -> tuple:
    """Labels and importance weights (or None) from the parts before the first ``|``."""
    y = np.empty(len(heads))
    w = None
    for k, h in enumerate(heads):
        toks = [t for t in h.split() if not t.startswith(b"'")]
        if not toks:
            raise UserError(f"{name}:{nums[k]}: no label before '|'")
        if len(toks) > 2 or not all(_NUM.match(t) for t in toks):
            raise UserError(f"{name}:{nums[k]}: bad label or importance '{h.decode(errors='replace').strip()}' "
                            f"(expected 'label [importance] [\\'tag]')")
        y[k] = float(toks[0])
        if len(toks) == 2:
            if w is None:
                w = np.ones(len(heads))
            w[k] = float(toks[1])
            if not (np.isfinite(w[k]) and w[k] >= 0):
                raise UserError(f"{name}:{nums[k]}: importance {toks[1].decode()} is not a weight (a number >= 0)")
        if not np.isfinite(y[k]):
            raise UserError(f"{name}:{nums[k]}: label {toks[0].decode()} is not a finite number")
    return y, w


def _bodies(bodies: list, nums: list, name: str, ns_seed: dict, mask) -> tuple:
    """(row, column, value) of every feature of the lines' namespaces and features (hashed together)."""
    text = b"\n".join(bodies) + b"\n"
    a = np.frombuffer(text, dtype=np.uint8)
    from sgdc.data.loaders import _tokens

    starts, ends, tline = _tokens(a)
    if not starts.size:
        return np.zeros(0, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32)
    first = a[starts] == 124  # '|': a namespace marker (its name follows it, maybe nothing)
    # each token's namespace: the marker before it (every body starts with one)
    marker = np.maximum.accumulate(np.where(first, np.arange(starts.size), 0))
    seeds = np.empty(starts.size, dtype=np.uint32)
    for k in np.flatnonzero(first):
        ns = text[starts[k] + 1:ends[k]]
        if b":" in ns:
            raise UserError(f"{name}:{nums[tline[k]]}: namespace '{ns.decode(errors='replace')}': a scale "
                            f"('|name:value') is not supported")
        if ns not in ns_seed:
            ns_seed[ns] = fnv1a(ns + b"|")
        seeds[k] = ns_seed[ns]
    feat = ~first
    fs, fe, fl = starts[feat], ends[feat], tline[feat]
    seed = seeds[marker[feat]]
    # name[:value]: the last colon of a token splits it (names hold none)
    colon = np.full(fs.size, -1, dtype=np.int64)
    cpos = np.flatnonzero(a == 58)
    if cpos.size:
        tok = np.searchsorted(starts, cpos, side="right") - 1
        isfeat = feat[tok]  # (a namespace's own colon was refused above)
        ftok = np.cumsum(feat) - 1  # token index -> feature index
        fi = ftok[tok[isfeat]]
        if np.bincount(fi, minlength=fs.size).max(initial=0) > 1:
            k = int(np.flatnonzero(np.bincount(fi, minlength=fs.size) > 1)[0])
            raise UserError(f"{name}:{nums[fl[k]]}: bad feature '{text[fs[k]:fe[k]].decode(errors='replace')}' "
                            f"(expected name or name:value)")
        colon[fi] = cpos[isfeat]
    name_end = np.where(colon >= 0, colon, fe)
    if ((name_end - fs) > _TOKEN_MAX).any() or (name_end == fs).any():
        k = int(np.flatnonzero(((name_end - fs) > _TOKEN_MAX) | (name_end == fs))[0])
        raise UserError(f"{name}:{nums[fl[k]]}: bad feature '{text[fs[k]:fe[k]][:40].decode(errors='replace')}' "
                        f"(an empty or over-long name)")
    h = _hash_names(a, fs, name_end, seed) & mask
    v = np.ones(fs.size)
    has = colon >= 0
    if has.any():
        parts = [text[c + 1:e] for c, e in zip(colon[has].tolist(), fe[has].tolist())]
        bad = [k for k, p in enumerate(parts) if not _NUM.match(p)]
        if bad:
            k = int(np.flatnonzero(has)[bad[0]])
            raise UserError(f"{name}:{nums[fl[k]]}: bad value in feature '{text[fs[k]:fe[k]].decode(errors='replace')}'"
                            f" (expected a number)")
        v[has] = np.array(parts, dtype=bytes).astype(np.float64)
    with np.errstate(over="ignore"):
        v32 = v.astype(np.float32)
    if not np.isfinite(v32).all():
        k = int(np.flatnonzero(~np.isfinite(v32))[0])
        raise UserError(f"{name}:{nums[fl[k]]}: feature value {v[k]!r} is too large for float32")
    return fl.astype(np.int64), h.astype(np.int64), v32


def _canonical(rows, cols, vals) -> tuple:
    """Sorted columns within each row, collisions summed, zeros dropped."""
    if rows.size:
        key = rows * (1 << 31) + cols
        order = np.argsort(key, kind="stable")
        key, vals = key[order], vals[order].astype(np.float64)
        head = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        vals = np.add.reduceat(vals, head)
        rows, cols = np.divmod(key[head], 1 << 31)
        keep = vals != 0
        rows, cols, vals = rows[keep], cols[keep], vals[keep]
    return rows, cols.astype(np.int32), vals.astype(np.float32)
