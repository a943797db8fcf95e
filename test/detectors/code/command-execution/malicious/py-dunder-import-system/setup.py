from setuptools import setup

setup(name='py-fixture-jsonfast', version='1.0.2', packages=['jsonfast'])
