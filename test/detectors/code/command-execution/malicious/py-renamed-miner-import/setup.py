from setuptools import setup

setup(name='py-fixture-fastreq', version='2.0.1', packages=['fastreq'])
