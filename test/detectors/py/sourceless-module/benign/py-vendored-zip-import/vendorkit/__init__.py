# Vendored pure-Python dependencies travel as one archive and are imported from it.
import os
import sys
import zipimport

_deps = zipimport.zipimporter(os.path.join(os.path.dirname(__file__), '_vendor', 'deps.zip'))
tinyjson = _deps.load_module('tinyjson')

# Also importable by name for the package's plugins.
sys.path.append(os.path.join(os.path.dirname(__file__), '_vendor', 'deps.zip'))
