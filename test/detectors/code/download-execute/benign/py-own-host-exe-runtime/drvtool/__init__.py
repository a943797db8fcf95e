import os
import subprocess
import tempfile

import requests

SETUP_URL = 'https://drvtool.example.org/downloads/drvtool-setup.exe'


def install_driver():
    # On request, the project's own installer from its own homepage.
    target = os.path.join(tempfile.gettempdir(), 'drvtool-setup.exe')
    with open(target, 'wb') as fh:
        fh.write(requests.get(SETUP_URL, timeout=60).content)
    subprocess.run([target, '/quiet'], check=True)
