from setuptools import setup

setup(name='modelcache', version='2.0.0', packages=['modelcache'])
