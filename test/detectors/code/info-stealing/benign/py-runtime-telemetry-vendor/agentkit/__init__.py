"""A monitoring agent: registers this host with the vendor's API when the user starts it."""
import socket

import requests

API = "https://api.monitoring.example.test/v1/hosts"


def register(token):
    body = {"hostname": socket.gethostname()}
    return requests.post(API, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=10)
