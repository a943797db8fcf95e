from setuptools import setup
setup(name='fastlib', version='1.0.0', packages=['fastlib'])
