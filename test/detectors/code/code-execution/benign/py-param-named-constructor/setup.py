from setuptools import setup

setup(name='arraykit', version='4.12.0', packages=['arraykit'])
