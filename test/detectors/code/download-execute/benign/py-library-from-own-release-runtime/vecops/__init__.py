import ctypes
import os
import sys
import urllib.request

_HERE = os.path.dirname(__file__)
_RELEASE = 'https://github.com/vecops/vecops/releases/download/v1.4.0/'


def _bundled():
    name = 'vecops.dll' if sys.platform == 'win32' else 'libvecops.so'
    return os.path.join(_HERE, name)


def load(download=False):
    """The native kernels: the bundled library, or on request the release build for this platform."""
    path = _bundled()
    if download and not os.path.exists(path):
        urllib.request.urlretrieve(_RELEASE + os.path.basename(path), path)
    return ctypes.CDLL(path)
