from .shell import interactive_shell  # noqa: F401
from .net import port_open  # noqa: F401
