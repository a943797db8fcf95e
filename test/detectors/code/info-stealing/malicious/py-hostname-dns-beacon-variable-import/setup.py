from setuptools import setup

setup(name='colorlog2', version='1.0.0', packages=['colorlog2'])
