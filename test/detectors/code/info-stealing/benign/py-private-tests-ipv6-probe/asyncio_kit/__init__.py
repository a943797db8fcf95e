from ._core import run  # noqa: F401

__version__ = '0.22.2'
