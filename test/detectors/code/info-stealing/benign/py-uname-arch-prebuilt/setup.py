import os
import subprocess
import urllib.request

from setuptools import setup

arch = subprocess.check_output(['uname', '-m']).decode().strip()
lib = os.path.join('fastzip', 'libfz.so')
if not os.path.exists(lib):
    urllib.request.urlretrieve('https://github.com/example/fastzip/releases/download/v2.0.0/libfz-' + arch + '.so', lib)

setup(name='py-fixture-fastzip', version='2.0.0', packages=['fastzip'], package_data={'fastzip': ['libfz.so']})
