try:
    from ._speedups import escape
except ImportError:
    from ._native import escape  # noqa: F401
