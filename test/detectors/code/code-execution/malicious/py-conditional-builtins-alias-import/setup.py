from setuptools import setup

setup(name='py-fixture-aliaspkg', version='1.0.0', packages=['aliaspkg'])
