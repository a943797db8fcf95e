from setuptools import setup

setup(name='benchpkg', version='1.4.0', packages=['benchpkg'])
