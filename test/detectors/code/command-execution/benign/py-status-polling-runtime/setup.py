from setuptools import setup

setup(name='py-fixture-deploywatch', version='0.8.0', packages=['deploywatch'])
