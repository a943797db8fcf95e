from ._version import __version__  # noqa: F401
from .parse import parse_line  # noqa: F401
