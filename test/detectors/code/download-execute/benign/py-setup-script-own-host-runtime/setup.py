from setuptools import setup

setup(name='py-fixture-devenv', version='0.9.0', packages=['devenv'])
