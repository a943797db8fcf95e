from setuptools import setup

setup(name='hostlog', version='0.9.1', packages=['hostlog'])
