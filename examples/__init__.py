"""The example specs (``*.sgd``), installed as package data so that ``sgdc train NAME`` finds them."""
