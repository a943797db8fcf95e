from .settings import server_host  # noqa: F401

__version__ = '5.2.1'
