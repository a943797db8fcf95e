from setuptools import setup

setup(name='python-dateutil', version='2.9.0.post0', packages=['dateutil'])
