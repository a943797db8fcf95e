from .providers import ru_RU  # noqa: F401
