# Which socket features this platform has, probed once when the package is imported.
import os
import socket
import sys

try:
    _probe = socket.socket(socket.AF_INET6, socket.SOCK_STREAM, 0)
except OSError:
    HAS_IPV6 = False
else:
    with _probe:
        try:
            _probe.bind(("::1", 0))
            HAS_IPV6 = True
        except OSError:
            HAS_IPV6 = False

OLD_FREEBSD = sys.platform != "win32" and os.uname().sysname == "FreeBSD" and os.uname().release[:4] < "12.2"
