"""Parser tests: the examples, golden IR, round trips and robustness."""
import os
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sgdc.frontend import ast as A
from sgdc.frontend.checker import check
from sgdc.errors import SgdcError, SpecError
from sgdc.ir.model import format_model
from sgdc.frontend.parser import MAX_DEPTH, parse, parse_expr

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.sgd"))
GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("SGDC_UPDATE_GOLDEN") == "1"


def load(path):
    text = path.read_text(encoding="utf-8")
    return check(parse(text, path.name), text, path.name)


def test_six_examples():
    assert {p.stem for p in EXAMPLES} >= {
        "least_squares", "logistic", "matrix_completion", "psd_completion", "softmax", "svm"}


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_checks_and_matches_golden(path):
    model = load(path)
    assert model.source == path.read_text(encoding="utf-8")
    assert model.filename == path.name
    text = format_model(model)
    golden = GOLDEN / f"{path.stem}.ir"
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"missing {golden}; run with SGDC_UPDATE_GOLDEN=1 to create it"
    assert text == golden.read_text(encoding="utf-8"), (
        f"IR of {path.name} differs from {golden.name}; if the example changed on purpose, "
        "regenerate with SGDC_UPDATE_GOLDEN=1 and review the diff")


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_round_trips(path):
    spec = parse(path.read_text(encoding="utf-8"))
    text = A.format_spec(spec)
    assert parse(text) == spec
    assert A.format_spec(parse(text)) == text  # canonical text is a fixed point
    # the canonical text checks to the same model
    assert check(parse(text), text) == load(path)


def test_positions():
    spec = parse("model m\n  dim d\nloss  a + b  # c\n", "f.sgd")
    dim = spec.statements[1]
    assert (dim.loc.line, dim.loc.col) == (2, 3)
    assert (dim.names[0].loc.line, dim.names[0].loc.col) == (2, 7)
    loss = spec.statements[2].expr
    assert isinstance(loss, A.BinOp) and (loss.loc.line, loss.loc.col) == (3, 9)
    assert loss.lhs.loc.file == "f.sgd" and loss.lhs.loc.col == 7


@pytest.mark.parametrize("text, canon", [
    ("-x^2", "-x^2"),
    ("(-x)^2", "(-x)^2"),
    ("a^b^c", "a^b^c"),
    ("(a^b)^c", "(a^b)^c"),
    ("2^-1", "2^-1"),
    ("a - (b - c)", "a - (b - c)"),
    ("(a - b) - c", "a - b - c"),
    ("a / (b * c)", "a / (b * c)"),
    ("a @ b * c", "a @ b * c"),
    ("a + b * c", "a + b * c"),
    ("(a + b) * c", "(a + b) * c"),
    ("--x", "--x"),
    ("f()[u, i]", "f()[u, i]"),
    ("1e-5 + 2.50 + 3", "1e-05 + 2.5 + 3"),
])
def test_precedence_and_canonical_text(text, canon):
    e = parse_expr(text)
    assert A.format_expr(e) == canon
    assert parse_expr(canon) == e


def test_precedence_shapes():
    e = parse_expr("-x^2")
    assert isinstance(e, A.Neg) and isinstance(e.arg, A.BinOp) and e.arg.op == "^"
    e = parse_expr("a^b^c")
    assert e.op == "^" and e.rhs.op == "^"
    e = parse_expr("a - b - c")
    assert e.op == "-" and e.lhs.op == "-"
    e = parse_expr("a + b @ c")
    assert e.op == "+" and e.rhs.op == "@"
    assert parse_expr("16").value == 16 and isinstance(parse_expr("16").value, int)
    assert isinstance(parse_expr("16.0").value, float)


def test_newlines_are_not_significant():
    one = parse("model m dim d data x : [d] data y : real param w : [d] = 0 "
                "loss (dot(w, x) - y)^2 predict dot(w, x) schedule step 0.1 epochs 3")
    many = parse("model m\ndim d\ndata x : [d]\ndata y : real\nparam w : [d] = 0\n"
                 "loss (dot(w, x)\n - y)^2\npredict dot(w, x)\nschedule\n step 0.1\n epochs 3\n")
    assert one == many


@pytest.mark.parametrize("text", [
    "model m\nloss " + "(" * 5000 + "x" + ")" * 5000,
    "model m\nloss " + "-" * 5000 + "x",
    "model m\nloss " + "exp(" * 5000 + "x" + ")" * 5000,
    "model m\nloss " + "x^" * 5000 + "x",
    "model m\nloss " + " + ".join(["x"] * 5000),
    "model m\nloss " + "w" + "[u]" * 5000,
])
def test_deep_nesting_is_a_clean_error_or_parses(text):
    try:
        spec = parse(text)
    except SpecError as e:
        assert "nested too deeply" in e.message
        assert e.loc is not None
    else:  # parentheses alone add no depth
        depth = _depth(spec.statements[1].expr)
        assert depth <= MAX_DEPTH


def _depth(e):
    stack, best = [(e, 1)], 0
    while stack:
        n, d = stack.pop()
        best = max(best, d)
        stack.extend((c, d + 1) for c in A.children(n))
    return best


def test_depth_limit_boundary():
    ok = "model m\nloss " + "-" * (MAX_DEPTH - 1) + "x"
    parse(ok)
    with pytest.raises(SpecError, match="nested too deeply"):
        parse("model m\nloss " + "-" * MAX_DEPTH + "x")


@pytest.mark.parametrize("text, message", [
    ("model m\nloss x )", "unexpected ')'; expected an operator or a new statement"),
    ("model m\nloss (x + )", "unexpected ')'; expected an expression"),
    ("model m\nloss x $ y", "unknown character '$'"),
    ("model m\nloss x +", "unexpected end of input; expected an expression"),
    ("model m\nloss 1e999", "number 1e999 is too large"),
    ("model m\nloss 1" + "0" * 400, "number is too large"),
])
def test_syntax_messages(text, message):
    with pytest.raises(SpecError) as info:
        parse(text)
    assert info.value.message == message


# ---------------------------------------------------------------------------
# Property: random ASTs survive format_spec -> parse
# ---------------------------------------------------------------------------

NAMES = st.sampled_from(["a", "b", "w", "x1", "_z", "Foo", "epoch", "t", "step", "u"])
NUMS = st.one_of(
    st.integers(min_value=0, max_value=10**20),
    st.floats(min_value=0, allow_nan=False, allow_infinity=False),
)
SIGNED = st.one_of(st.integers(min_value=-10**6, max_value=10**6),
                   st.floats(allow_nan=False, allow_infinity=False))


def _exprs():
    leaves = st.one_of(NUMS.map(A.Number), NAMES.map(A.Name))

    def extend(children):
        return st.one_of(
            children.map(A.Neg),
            st.builds(A.BinOp, st.sampled_from(A.BINOPS), children, children),
            st.builds(A.Call, NAMES, st.lists(children, max_size=3).map(tuple)),
            st.builds(A.Index, children, st.lists(children, min_size=1, max_size=2).map(tuple)),
        )

    return st.recursive(leaves, extend, max_leaves=12)


EXPRS = _exprs()
IDENTS = NAMES.map(A.Ident)
EXTENTS = st.one_of(IDENTS, st.integers(min_value=1, max_value=1000).map(A.Number))
STATEMENTS = st.one_of(
    st.builds(A.ModelDecl, IDENTS),
    st.builds(A.DimDecl, st.lists(IDENTS, min_size=1, max_size=3).map(tuple)),
    st.builds(A.ConstDecl, IDENTS, SIGNED.map(A.Number)),
    st.builds(A.DataDecl, IDENTS, st.one_of(
        st.builds(A.DataType, st.sampled_from(["real", "label"])),
        st.builds(A.DataType, st.sampled_from(["index", "vector"]), EXTENTS))),
    st.builds(A.ParamDecl, IDENTS, st.one_of(st.none(), st.lists(EXTENTS, min_size=1, max_size=3).map(tuple)),
              st.one_of(SIGNED.map(lambda v: A.InitSpec(None, (A.Number(v),))),
                        st.builds(A.InitSpec, IDENTS, st.lists(SIGNED.map(A.Number), max_size=3).map(tuple)))),
    st.builds(A.LossDecl, EXPRS),
    st.builds(A.PredictDecl, EXPRS),
    st.builds(A.RegularDecl, IDENTS, SIGNED.map(A.Number), st.lists(IDENTS, min_size=1, max_size=3).map(tuple)),
    st.builds(A.ScheduleDecl, st.lists(st.builds(A.SchedField, IDENTS, EXPRS), max_size=4).map(tuple)),
)
SPECS = st.lists(STATEMENTS, max_size=8).map(lambda s: A.Spec(tuple(s)))

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(EXPRS)
def test_expression_round_trip(e):
    assert parse_expr(A.format_expr(e)) == e


@FAST
@given(SPECS)
def test_spec_round_trip(spec):
    text = A.format_spec(spec)
    assert parse(text) == spec


# ---------------------------------------------------------------------------
# Property: any text gives a spec or an SgdcError, never anything else
# ---------------------------------------------------------------------------

EXAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in EXAMPLES]


def _parse_and_check(text):
    try:
        check(parse(text, "fuzz.sgd"), text, "fuzz.sgd")
    except SgdcError as e:
        e.render()  # rendering never fails either


@st.composite
def mutated_examples(draw):
    text = draw(st.sampled_from(EXAMPLE_TEXTS))
    tokens = text.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split(" ")
    for _ in range(draw(st.integers(1, 4))):
        if not tokens:
            break
        i = draw(st.integers(0, len(tokens) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "replace"]))
        if op == "delete":
            del tokens[i]
        elif op == "duplicate":
            tokens.insert(i, tokens[i])
        elif op == "swap":
            j = draw(st.integers(0, len(tokens) - 1))
            tokens[i], tokens[j] = tokens[j], tokens[i]
        else:
            tokens[i] = draw(st.sampled_from(
                ["x", "y", "w", "1", "-", "^", "@", "[", "]", "(", ")", "epoch", "t", "dot", "sum",
                 "loss", "predict", "schedule", "step", "real", "index", "1e999", "0", ",", ":"]))
    return " ".join(tokens)


@FAST
@given(mutated_examples())
def test_mutated_examples_only_raise_sgdc_errors(text):
    _parse_and_check(text)


@FAST
@given(st.binary(max_size=300))
def test_random_bytes_only_raise_sgdc_errors(data):
    _parse_and_check(data.decode("utf-8", errors="replace"))


@FAST
@given(st.text(alphabet=string.printable + "·é\x00", max_size=200))
def test_random_text_only_raises_sgdc_errors(text):
    _parse_and_check(text)
    _parse_and_check("model m\n" + text)
