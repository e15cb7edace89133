"""The front end: .sgd text -> AST -> checked model IR (parser, checker, load)."""
