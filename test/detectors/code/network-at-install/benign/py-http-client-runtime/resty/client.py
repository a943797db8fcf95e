import os
import socket
import urllib.parse

import requests


def _proxy():
    return os.environ.get('RESTY_PROXY')


class Client:
    def __init__(self, base_url, token=None):
        self.base_url = base_url.rstrip('/') + '/'
        self.session = requests.Session()
        if token:
            self.session.headers['Authorization'] = 'Bearer ' + token
        proxy = _proxy()
        if proxy:
            self.session.proxies = {'https': proxy}

    def get(self, path, **params):
        resp = self.session.get(urllib.parse.urljoin(self.base_url, path), params=params, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def post(self, path, payload):
        resp = requests.post(urllib.parse.urljoin(self.base_url, path), json=payload, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def reachable(self):
        host = urllib.parse.urlsplit(self.base_url).hostname
        try:
            socket.create_connection((host, 443), timeout=2).close()
            return True
        except OSError:
            return False
