from setuptools import setup

setup(name='py-fixture-tronhelp', version='0.1.0', packages=['tronhelp'])
