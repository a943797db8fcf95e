from setuptools import setup

setup(name='py-fixture-graphsets', version='2.8.0', packages=['graphsets'])
