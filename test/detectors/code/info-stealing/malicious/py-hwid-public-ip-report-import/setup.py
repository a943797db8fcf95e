from setuptools import setup
setup(name='hwid', version='1.0.0', packages=['hwid'])
