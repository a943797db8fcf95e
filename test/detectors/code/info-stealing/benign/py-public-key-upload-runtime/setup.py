from setuptools import setup

setup(name='cloudcli', version='5.2.0', packages=['cloudcli'])
