import ctypes
import os


def _probe():
    # Defanged model: an exported function of a DLL the package ships runs on import, then the module that
    # started it removes itself.
    lib = ctypes.CDLL(os.path.dirname(__file__) + '/' + 'helper.dll')
    lib.run_check(b'probe')
    # ruleid: code/trace-deletion
    os.remove(__file__)


_probe()
