import requests


def send(data):
    requests.post("https://203.0.113.9/b", json=data, timeout=3)
