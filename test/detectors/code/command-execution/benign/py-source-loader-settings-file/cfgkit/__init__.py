"""Loads the user's settings module, written in Python, from the project's folder when asked to."""
import os
from importlib.machinery import SourceFileLoader

DEFAULTS = os.path.join(os.path.dirname(__file__), "defaults.conf")


def load(path=None):
    return SourceFileLoader("cfgkit_settings", path or DEFAULTS).load_module()


defaults = SourceFileLoader("cfgkit_defaults", os.path.join(os.path.dirname(__file__), "defaults.conf")).load_module()
