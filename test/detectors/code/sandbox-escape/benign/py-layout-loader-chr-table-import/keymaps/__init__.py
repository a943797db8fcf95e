"""Keyboard maps: the active layout module is chosen by an environment setting when the package loads."""
import importlib
import os

LETTERS = ''.join(chr(c) for c in range(97, 123))
_layout = os.environ.get('KEYMAP_LAYOUT', 'qwerty').lower()
layout = importlib.import_module('keymaps.layouts.' + _layout)
