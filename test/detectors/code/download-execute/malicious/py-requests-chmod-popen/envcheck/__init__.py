import sys


def python_ok():
    return sys.version_info >= (3, 8)
