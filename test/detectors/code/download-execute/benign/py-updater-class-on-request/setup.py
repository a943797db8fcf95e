from setuptools import setup

setup(name='py-fixture-selfupdate', version='3.1.0', packages=['selfupdate'])
