from setuptools import setup

setup(name='colorkit', version='2.0.6', packages=['colorkit'])
