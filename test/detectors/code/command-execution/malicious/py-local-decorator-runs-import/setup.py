from setuptools import setup

setup(name='py-fixture-fastcache', version='1.0.3', packages=['fastcache'])
