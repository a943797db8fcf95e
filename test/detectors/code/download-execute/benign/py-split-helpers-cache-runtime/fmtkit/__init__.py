import os
import subprocess
import sys

import requests

# On request: fetch the formatter binary into the user's cache and run it in the foreground, its output
# shown to the user. The same split as a dropper, without anything that hides it.
URL = 'https://downloads.example.org/fmtkit/fmt-linux-x64'
CACHE = os.path.join(os.path.expanduser('~'), '.cache', 'fmtkit')


def fetch_binary():
    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, 'fmt')
    resp = requests.get(URL, timeout=60)
    with open(path, 'wb') as fh:
        fh.write(resp.content)
    os.chmod(path, 0o755)
    return path


def download(url, dest):
    resp = requests.get(url, timeout=60)
    with open(dest, 'wb') as fh:
        fh.write(resp.content)


def run(dest, *args):
    return subprocess.run([dest, *args], check=False).returncode


def format_files(paths):
    binary = fetch_binary()
    return subprocess.call([binary, *paths], stdout=sys.stdout)


def format_with(url, paths):
    dest = os.path.join(CACHE, 'fmt-custom')
    download(url, dest)
    return run(dest, *paths)
