from .initialise import init, deinit  # noqa: F401
