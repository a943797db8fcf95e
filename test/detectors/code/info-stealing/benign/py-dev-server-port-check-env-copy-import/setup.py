from setuptools import setup

setup(name='py-fixture-devapp', version='4.0.0', packages=['devapp'])
