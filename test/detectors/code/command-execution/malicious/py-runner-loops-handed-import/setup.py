from setuptools import setup

setup(name='fastlog', version='0.3.1', packages=['fastlog'])
