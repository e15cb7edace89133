"""A Pygments lexer for ``.sgd`` specs (needs Pygments; registered as the
``pygments.lexers`` entry point ``sgd``, so ``pygmentize -l sgd FILE`` works
once sgdc is installed).

:func:`highlight` colours text for a terminal: ``.sgd`` source with
:class:`SgdLexer`, LLVM IR with Pygments' own ``LlvmLexer``.
"""
from __future__ import annotations

try:
    from pygments.lexer import RegexLexer, bygroups, words
    from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, Text, Whitespace
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError("sgdc.frontend.highlight needs Pygments: pip install 'sgdc[highlight]'") from e

from sgdc.ir.ops import FUNCTIONS

KEYWORDS = ("model", "dim", "const", "data", "param", "loss", "regular", "predict", "schedule", "on")
TYPES = ("real", "label", "index")
BUILTINS = FUNCTIONS + ("l1", "l2", "normal", "uniform")  # the op registry's functions, regularisers, initialisers
SCHEDULE_FIELDS = ("step", "precision", "rounding", "layout", "data_layout", "threads", "order", "shard",
                   "epochs", "sync")
SCHEDULE_VARS = ("epoch", "t")


class SgdLexer(RegexLexer):
    """Lexer for sgdc model specs."""

    name = "sgd"
    aliases = ["sgd", "sgdc"]
    filenames = ["*.sgd"]
    mimetypes = ["text/x-sgd"]

    tokens = {
        "root": [
            (r"#.*?$", Comment.Single),
            (r"\s+", Whitespace),
            (r"(model)(\s+)([A-Za-z_]\w*)", bygroups(Keyword.Declaration, Whitespace, Name.Class)),
            (words(KEYWORDS, suffix=r"\b"), Keyword),
            (words(TYPES, suffix=r"\b"), Keyword.Type),
            (words(BUILTINS, suffix=r"\b"), Name.Builtin),
            (words(SCHEDULE_FIELDS, suffix=r"\b"), Name.Attribute),
            (words(SCHEDULE_VARS, suffix=r"\b"), Name.Variable.Magic),
            (r"D(8|16|32)M(8|16|32)(G(8|16|32))?(C(8|16|32))?\b", Name.Constant),
            (r"(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?", Number),
            (r"[A-Za-z_]\w*", Name),
            (r"[-+*/^@=]", Operator),
            (r"[()\[\],:]", Punctuation),
            (r".", Text),
        ]
    }


def highlight(text: str, language: str = "sgd") -> str:
    """``text`` with ANSI colours (``language``: ``sgd`` or ``llvm``)."""
    import pygments
    from pygments.formatters import TerminalFormatter

    if language == "sgd":
        lexer = SgdLexer()
    else:
        from pygments.lexers import get_lexer_by_name

        lexer = get_lexer_by_name(language)
    return pygments.highlight(text, lexer, TerminalFormatter())
