"""The version of sgdc (its own module, so low layers can name it without importing the package)."""

__version__ = "0.1.0"
