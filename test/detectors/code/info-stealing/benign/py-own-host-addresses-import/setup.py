from setuptools import setup

setup(name='netaddrs', version='8.10.0', packages=['netaddrs'])
