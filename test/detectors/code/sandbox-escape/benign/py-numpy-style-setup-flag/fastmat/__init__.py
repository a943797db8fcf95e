__version__ = '1.5.0'

try:
    __FASTMAT_SETUP__  # noqa: F821
except NameError:
    __FASTMAT_SETUP__ = False

if not __FASTMAT_SETUP__:
    from .core import matmul  # noqa: F401
