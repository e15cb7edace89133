"""CSV with columns of categories, hashed: every feature column into the ``2^bits`` columns of a sparse vector.

``load_csv_hashed(path, label_column=-1, bits=18, categorical="auto")`` reads a CSV file with a header (the
column names are hashed, so there must be one) the way :func:`sgdc.data.loaders.load_csv` does (a piece at a
time, the label column numeric) and gives ``(X, y, names)`` with ``X`` a canonical CSR matrix of ``2^bits``
columns:

* a **numeric** column ``c`` adds its value at column ``fnv1a(b"c") & (2^bits - 1)``;
* a **categorical** column ``c`` with the value ``v`` adds 1 at ``fnv1a(b"c=v") & (2^bits - 1)`` (one-hot of
  its categories, hashed); an empty cell adds nothing;

with the FNV-1a of :mod:`sgdc.data.vw` (the same, documented and stable, hash).  ``categorical``: ``"auto"``
(the columns whose cells in the first piece of the file are not all numbers) or a list of column names;
in ``auto``, a later cell that is not a number in a column taken as numeric is an error naming its line and
the column to list.  Values that meet in a column add up (a collision).  At predict time the model's columns
give the bits back; the same ``categorical`` must be given (the file's own column names are hashed, so the
columns must be named alike).
"""
from __future__ import annotations

import numpy as np

from sgdc.errors import UserError


def parse_categorical(text) -> object:
    """``"auto"`` or a list of names from ``--categorical`` text (``a,b``)."""
    if text is None or text == "auto" or isinstance(text, (list, tuple)):
        return text
    names = [t.strip() for t in str(text).split(",") if t.strip()]
    if not names:
        raise UserError("--categorical expects 'auto' or column names separated by commas")
    return names


def load_csv_hashed(path, label_column=-1, bits: int = 18, categorical="auto"):
    from sgdc.data import loaders as L
    from sgdc.data.vw import _canonical, _hash_names, check_bits, fnv1a
    from sgdc.runtime import memory

    bits = check_bits(bits)
    mask = np.uint32((1 << bits) - 1)
    name = L._name(path)
    labels, counts, cols, vals = L._Grow(np.float64), L._Grow(np.int64), L._Grow(np.int32), L._Grow(np.float32)
    budget = memory.Budget()
    names = ncol = lc = feat = cat = None
    for piece, line0 in L._text_pieces(path, L._TABLE_PIECE):
        lines = [(k + line0, ln) for k, ln in L._lines(piece)]
        if not lines:
            continue
        rows = [[c.strip() for c in ln.split(b",")] for _, ln in lines]
        nums = [k for k, _ in lines]
        if names is None:
            first = rows[0]
            if all(L._NUM_RE.match(c) for c in first):
                raise UserError(f"{name}:{nums[0]}: hashed CSV needs a header (its column names are hashed)")
            names = [c.decode("utf-8", errors="replace").strip('"').strip() for c in first]
            ncol = len(names)
            lc, feat = L._csv_label(name, names, ncol, label_column, lines[0][1], nums[0])
            rows, nums = rows[1:], nums[1:]
            if categorical not in (None, "auto"):
                missing = [c for c in categorical if c not in names]
                if missing:
                    raise UserError(f"{name}: no column named {missing[0]!r} to hash as categories (columns: "
                                    f"{', '.join(names)})")
                cat = {names.index(c) for c in categorical}
            if not rows:
                continue
        counts_ = [len(r) for r in rows]
        bad = [k for k, c in enumerate(counts_) if c != ncol]
        if bad:
            raise UserError(f"{name}:{nums[bad[0]]}: expected {ncol} cells (as the header), found {counts_[bad[0]]}")
        if cat is None:  # auto: the columns with a cell that is not a number in this first piece
            cat = {j for j in feat if not all(L._NUM_RE.match(r[j]) for r in rows)}
        y = L._parse_col([r[lc] for r in rows], float, f"label ({names[lc]!r})", nums, name)
        r_idx, c_idx, v_all = [], [], []
        for j in feat:
            cells = [r[j] for r in rows]
            if j in cat:
                keep = [k for k, c in enumerate(cells) if c]
                text = b"".join(cells[k] for k in keep)
                lens = np.array([len(cells[k]) for k in keep], dtype=np.int64)
                ends = np.cumsum(lens)
                seed = np.full(len(keep), fnv1a(names[j].encode() + b"="), dtype=np.uint32)
                h = _hash_names(np.frombuffer(text, np.uint8), ends - lens, ends, seed) if keep else \
                    np.zeros(0, np.uint32)
                r_idx.append(np.array(keep, dtype=np.int64))
                c_idx.append((h & mask).astype(np.int64))
                v_all.append(np.ones(len(keep)))
            else:
                for k, c in enumerate(cells):
                    if not L._NUM_RE.match(c):
                        raise UserError(f"{name}:{nums[k]}: column {names[j]!r}: '{L._show(c)}' is not a number "
                                        f"(a column of categories: list it in --categorical)")
                v = L._parse_col(cells, float, f"column {names[j]!r}", nums, name)
                r_idx.append(np.arange(len(rows), dtype=np.int64))
                c_idx.append(np.full(len(rows), fnv1a(names[j].encode()) & int(mask), dtype=np.int64))
                v_all.append(v)
        rr, cc, vv = _canonical(np.concatenate(r_idx), np.concatenate(c_idx),
                                np.concatenate(v_all).astype(np.float32))
        if not np.isfinite(vv).all():
            k = int(np.flatnonzero(~np.isfinite(vv))[0])
            raise UserError(f"{name}:{nums[rr[k]]}: a value beyond float32")
        labels.extend(y)
        counts.extend(np.bincount(rr, minlength=len(rows)))
        cols.extend(cc)
        vals.extend(vv)
        budget.check(f"{name}: the rows parsed up to line {nums[-1]}",
                     labels.nbytes + counts.nbytes + cols.nbytes + vals.nbytes)
    if names is None:
        raise UserError(f"{name}: no rows (the file is empty)")
    n = labels.n
    if n == 0:
        raise UserError(f"{name}: no rows (only a header line)")
    return L._grown_csr(counts, vals, cols, 1 << bits), labels.done(), None
