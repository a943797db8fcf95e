from ._compat import HAS_IPV6, OLD_FREEBSD  # noqa: F401

__version__ = '1.4.0'
