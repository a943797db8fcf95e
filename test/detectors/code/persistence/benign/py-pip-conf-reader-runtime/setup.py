from setuptools import setup

setup(name='pipinfo', version='1.1.0', packages=['pipinfo'])
