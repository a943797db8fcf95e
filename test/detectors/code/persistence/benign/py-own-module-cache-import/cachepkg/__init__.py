# Writes a cache file next to its own module on first import.
import os

import cachepkg.tables

with open(os.path.join(os.path.dirname(cachepkg.tables.__file__), 'tables.cache'), 'w') as fh:
    fh.write('built')
