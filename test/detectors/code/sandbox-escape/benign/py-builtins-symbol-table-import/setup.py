from setuptools import setup

setup(name='py-fixture-minicomp', version='0.29.0', packages=['minicomp'])
