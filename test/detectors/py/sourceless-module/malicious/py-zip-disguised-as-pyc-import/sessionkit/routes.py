import os
from zipimport import zipimporter as load


class Routes:
    """A route table; its class body loads a ZIP archive named like a cached bytecode file."""

    def __init__(self):
        self.items = []

    def _path(name):
        return os.path.join(os.path.dirname(__file__), '__pycache__', name)

    try:
        # ruleid: py/sourceless-module
        load(_path('session.pyc')).load_module('session')
    except Exception:
        pass
