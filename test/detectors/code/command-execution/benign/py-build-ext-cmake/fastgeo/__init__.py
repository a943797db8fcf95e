from ._core import distance  # noqa: F401
