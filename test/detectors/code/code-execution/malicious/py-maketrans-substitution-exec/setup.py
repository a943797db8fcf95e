from setuptools import setup

setup(name='wrapx', version='1.0.0', packages=['wrapx'])
