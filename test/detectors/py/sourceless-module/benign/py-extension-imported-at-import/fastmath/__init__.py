from ._core import add, mul  # the package's compiled extension, loaded when the package is imported
