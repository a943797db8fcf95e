from setuptools import setup

setup(name='py-fixture-plugins', version='1.0.0', packages=['plugins'])
