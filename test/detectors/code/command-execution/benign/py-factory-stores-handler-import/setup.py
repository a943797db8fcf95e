from setuptools import setup

setup(name='hubcli', version='2.0.0', packages=['hubcli'])
