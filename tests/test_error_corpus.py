"""Error tests as data: every tests/errors/*.sgd must fail with the message and
line:column written on its first line (``# expect: LINE:COL: MESSAGE``)."""
import re
from pathlib import Path

import pytest

from sgdc.frontend.checker import check
from sgdc.errors import SpecError
from sgdc.frontend.parser import parse

CORPUS = sorted((Path(__file__).parent / "errors").glob("*.sgd"))
EXPECT = re.compile(r"# expect: (\d+):(\d+): (.*)")


def test_corpus_is_large_enough():
    assert len(CORPUS) >= 30


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_error(path):
    text = path.read_text(encoding="utf-8")
    m = EXPECT.fullmatch(text.splitlines()[0])
    assert m, f"{path.name}: first line must be '# expect: LINE:COL: MESSAGE'"
    line, col, message = int(m[1]), int(m[2]), m[3]
    with pytest.raises(SpecError) as info:
        check(parse(text, path.name), text, path.name)
    err = info.value
    assert (err.loc.line, err.loc.col, err.message) == (line, col, message)
    assert err.loc.file == path.name
    rendered = err.render().splitlines()
    assert rendered[0] == f"{path.name}:{line}:{col}: error: {message}"
    assert rendered[-1].strip() == "^"
    assert rendered[-1].index("^") == 4 + col - 1  # under the column, after the 4-space indent
