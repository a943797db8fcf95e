# setup.py runs a script of its own package that writes the version file: everyday build work.
import subprocess
import sys

from setuptools import setup

subprocess.check_call([sys.executable, 'tools/write_version.py'])

setup(name='fixture-version-script', version='1.0.0', packages=[])
