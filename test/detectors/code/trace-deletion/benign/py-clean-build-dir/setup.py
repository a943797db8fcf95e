import os
import shutil

from setuptools import setup

# Start from a clean tree: stale objects from another Python version break the extension build.
shutil.rmtree('build', ignore_errors=True)
if os.path.exists('MANIFEST'):
    os.remove('MANIFEST')

setup(name='py-fixture-cleanbuild', version='1.0.0', packages=['cleanbuild'])
