from .aminer import AMiner  # noqa: F401
