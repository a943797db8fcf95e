"""Load configuration files written in Python, like Sphinx's conf.py."""
import os

from .loader import load_config  # noqa: F401

DEFAULT_NAME = os.environ.get('CONFIGPY_NAME', 'settings.py')
