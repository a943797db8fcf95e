import ctypes
import os
import shutil
import tempfile

# Loads the bundled library from a temporary copy (some filesystems forbid loading from the package folder)
# and removes the copy when done; the package's own files stay.
_tmp = os.path.join(tempfile.mkdtemp(), '_impl.so')
shutil.copy(os.path.join(os.path.dirname(__file__), '_impl.so'), _tmp)
_lib = ctypes.CDLL(_tmp)
os.remove(_tmp)
