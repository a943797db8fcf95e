from . import dev  # noqa: F401
