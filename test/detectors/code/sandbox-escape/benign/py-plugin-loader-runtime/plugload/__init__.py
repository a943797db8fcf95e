import importlib

from .compat import text_input  # noqa: F401


def load_plugin(name):
    module = importlib.import_module('plugload_' + name)
    return getattr(module, 'register')


def load_legacy(name):
    return __import__(name, fromlist=['register'])
