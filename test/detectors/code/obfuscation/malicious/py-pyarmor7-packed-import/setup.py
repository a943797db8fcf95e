from setuptools import setup

setup(name='py-fixture-licensed', version='1.0.0', packages=['licensed'])
