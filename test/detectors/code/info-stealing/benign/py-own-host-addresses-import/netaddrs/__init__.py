"""The machine's own addresses, found at import by resolving its own name (as Jupyter's localinterfaces does)."""
import socket

LOCAL_IPS = []
PUBLIC_IPS = []


def _load_ips():
    try:
        LOCAL_IPS[:] = socket.gethostbyname_ex("localhost")[2]
    except OSError:
        LOCAL_IPS[:] = ["127.0.0.1"]
    try:
        hostname = socket.gethostname()
        PUBLIC_IPS[:] = socket.gethostbyname_ex(hostname)[2]
        if not hostname.endswith(".local") and all(ip.startswith("127") for ip in PUBLIC_IPS):
            PUBLIC_IPS[:] = socket.gethostbyname_ex(socket.gethostname() + ".local")[2]
    except OSError:
        pass


_load_ips()
