import json
import os

import requests

API = 'https://api.telegram.example.org/bot{token}/sendMessage'


def sessions(folder):
    """The session files this bot manager can start, by name."""
    return [f[: -len('.session')] for f in os.listdir(folder) if f.endswith('.session')]


def notify(token, chat_id, folder):
    names = sessions(folder)
    with open(os.path.join(folder, 'status.json')) as fh:
        status = json.load(fh)
    requests.post(API.format(token=token), json={'chat_id': chat_id, 'text': f'{len(names)} sessions, {status}'}, timeout=10)
