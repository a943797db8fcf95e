from setuptools import setup

setup(name='py-fixture-crcfast', version='1.0.0', packages=['crcfast'])
