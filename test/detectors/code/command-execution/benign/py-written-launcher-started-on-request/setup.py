from setuptools import setup

setup(name='py-fixture-launcher', version='1.0.0', packages=['launcher'])
