from setuptools import setup

setup(name='py-fixture-cachepkg', version='1.0.0', packages=['cachepkg'])
