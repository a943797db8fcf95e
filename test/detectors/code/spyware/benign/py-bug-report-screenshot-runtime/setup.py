from setuptools import setup
setup(name='bugreport', version='2.0.1', packages=['bugreport'])
