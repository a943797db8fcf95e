from .client import Client  # noqa: F401

DEFAULT_TIMEOUT = 30
