from setuptools import setup

setup(name='py-fixture-awsmini', version='2.0.0', packages=['awsmini'])
