"""Clipboard helpers for a CLI: copy output, paste input, and a validator for addresses the user pastes."""
import re

import pyperclip

ETH_ADDRESS = re.compile(r'^0x[a-fA-F0-9]{40}$')


def copy_result(text):
    pyperclip.copy(text)


def paste_address():
    text = pyperclip.paste().strip()
    if not ETH_ADDRESS.match(text):
        raise ValueError('the clipboard does not hold an Ethereum address')
    return text
