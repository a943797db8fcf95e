from setuptools import setup

setup(name='py-fixture-hostctl', version='2.0.1', packages=['hostctl'])
