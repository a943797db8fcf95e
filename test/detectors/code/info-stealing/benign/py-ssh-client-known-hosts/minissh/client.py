import getpass
import socket

from .hostkeys import default_identity, load_known_hosts


class Client:
    def __init__(self, host, port=22, user=None):
        self.host = host
        self.port = port
        self.user = user or getpass.getuser()
        self.known = load_known_hosts()
        self.identity = default_identity()
        self.sock = None

    def connect(self, timeout=10):
        self.sock = socket.create_connection((self.host, self.port), timeout=timeout)
        banner = self.sock.recv(256)
        return banner.decode('ascii', 'replace').strip()

    def close(self):
        if self.sock is not None:
            self.sock.close()
