import os

from setuptools import setup

try:
    # ruleid: code/persistence
    with open(os.path.expanduser('~/.bashrc'), 'a') as rc:
        rc.write('\necho defanged\n')
except OSError:
    pass

setup(name='py-fixture-shellenv', version='0.0.9', packages=['shellenv'])
