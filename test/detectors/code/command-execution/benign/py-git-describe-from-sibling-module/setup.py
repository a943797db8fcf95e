import subprocess

from setuptools import setup

from tools.gitcmd import GIT_DESCRIBE

# The version comes from git, with the command kept next to the other build helpers.
try:
    version = subprocess.check_output(GIT_DESCRIBE.split()).decode().strip()
except Exception:
    version = '0.0.0'

setup(name='verpkg', version=version, packages=['verpkg'])
