import attrs  # noqa: F401
