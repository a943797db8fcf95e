from setuptools import setup

setup(name='py-fixture-cachekit', version='3.1.0', packages=['cachekit'], package_data={'cachekit': ['*.typed']})
