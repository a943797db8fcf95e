import json
import os
import platform
import socket
import urllib.request

# A support bundle the user chooses to send: the host name and a fixed list of harmless variables.
KEYS = ('LANG', 'TERM', 'SHELL', 'VIRTUAL_ENV')


def send_report(url):
    data = {
        'hostname': socket.gethostname(),
        'python': platform.python_version(),
        'env': {k: os.environ.get(k, '') for k in KEYS},
    }
    req = urllib.request.Request(url, data=json.dumps(data).encode(), headers={'Content-Type': 'application/json'})
    return urllib.request.urlopen(req).status
