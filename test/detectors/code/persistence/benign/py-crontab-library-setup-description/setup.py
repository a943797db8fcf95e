import os

from setuptools import setup

here = os.path.dirname(os.path.abspath(__file__))
version = '3.0.0'
with open(os.path.join(here, 'cronedit', '_version.py'), 'w') as fh:
    fh.write('__version__ = %r\n' % version)

setup(
    name='py-fixture-cronedit',
    version=version,
    description='Read and edit crontab files from Python',
    packages=['cronedit'],
)
