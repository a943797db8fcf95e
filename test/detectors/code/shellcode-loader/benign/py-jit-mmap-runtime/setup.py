from setuptools import setup
setup(name='tinyjit', version='0.1.0', packages=['tinyjit'])
