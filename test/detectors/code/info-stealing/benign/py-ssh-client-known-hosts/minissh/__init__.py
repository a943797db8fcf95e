from .client import Client  # noqa: F401
from .hostkeys import load_known_hosts  # noqa: F401
