# Loads the bundled default plugin by path at import. The plugin was written on Windows: its first line is
# two characters and CRLF, which puts \r\n where a .pyc header has it; it is still source.
import importlib.util
import os

_spec = importlib.util.spec_from_file_location('default_plugin', os.path.join(os.path.dirname(__file__), 'default_plugin.py'))
default_plugin = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(default_plugin)
