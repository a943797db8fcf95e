from ._ext import load  # noqa: F401
