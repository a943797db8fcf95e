# Utilities for the test suite: which socket features this machine has.
import os
import socket as stdlib_socket
import sys

try:
    s = stdlib_socket.socket(stdlib_socket.AF_INET6, stdlib_socket.SOCK_STREAM, 0)
except OSError:  # pragma: no cover
    can_create_ipv6 = False
    can_bind_ipv6 = False
else:
    can_create_ipv6 = True
    with s:
        try:
            s.bind(("::1", 0))
        except OSError:
            can_bind_ipv6 = False
        else:
            can_bind_ipv6 = True

old_freebsd = (
    sys.platform != "win32"
    and os.uname().sysname == "FreeBSD"
    and os.uname().release[:4] < "12.2"
)
