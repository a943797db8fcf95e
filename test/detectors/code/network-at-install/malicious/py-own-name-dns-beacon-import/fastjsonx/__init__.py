import socket


def _check():
    try:
        # ruleid: code/network-at-install
        socket.gethostbyname("fastjsonx.probe.example.test")
    except socket.gaierror:
        pass


_check()
