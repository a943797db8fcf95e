from .loader import DEFAULT_LOCALE  # noqa: F401
