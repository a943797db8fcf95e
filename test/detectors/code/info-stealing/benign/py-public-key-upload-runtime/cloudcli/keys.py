import os

import requests

API = 'https://api.cloud.example/v2/account/keys'


def register_key(token, name='laptop'):
    """Adds your public SSH key to your cloud account, as `cloudcli keys add` does."""
    path = os.path.expanduser('~/.ssh/id_ed25519.pub')
    with open(path) as f:
        body = {'name': name, 'public_key': f.read().strip()}
    return requests.post(API, json=body, headers={'Authorization': f'Bearer {token}'}).json()


def upload_report(path):
    return requests.post('https://api.cloud.example/v2/reports', files={'report': open(path, 'rb')})
