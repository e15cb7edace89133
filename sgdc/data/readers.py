"""The one dispatch from a text data format to its reader: what :func:`sgdc.data.datafiles.read` binds and
:func:`sgdc.data.binary.convert` writes."""
from __future__ import annotations

from sgdc.errors import UserError

TEXT_FORMATS = ("svmlight", "csv", "ratings", "vw")


def parse_text(path, fmt: str, *, pairs: bool = False, bits: int | None = None, categorical=None,
               width: int | None = None) -> tuple:
    """``(kind, loaded)``: what the reader of ``fmt`` returns, and the kind of arrays it is (hashed text, Vowpal
    Wabbit's or a CSV with ``categorical`` columns, is a CSR like svmlight's).  ``pairs``: a ratings file may
    hold ``user item`` pairs only; ``bits``: the hashed columns (``2^bits``, default 18); ``width`` (scoring): a
    CSV file of that many columns has no label column."""
    from sgdc.data import loaders
    from sgdc.data.vw import DEFAULT_BITS

    bits = DEFAULT_BITS if bits is None else bits
    if fmt == "svmlight":
        return fmt, loaders.load_svmlight(path, with_weights=True)
    if fmt == "csv" and categorical is not None:
        from sgdc.data.hashed_csv import load_csv_hashed

        return "svmlight", load_csv_hashed(path, bits=bits, categorical=categorical)
    if fmt == "csv":
        return fmt, loaders.load_csv(path, width=width)
    if fmt == "vw":
        from sgdc.data.vw import load_vw

        return "svmlight", load_vw(path, bits)
    if fmt == "ratings":
        return fmt, loaders.load_ratings(path, pairs=pairs)
    raise UserError(f"{path}: format {fmt} is not a text format ({', '.join(TEXT_FORMATS)})")
