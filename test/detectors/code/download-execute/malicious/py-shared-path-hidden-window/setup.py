from setuptools import setup

setup(name='py-fixture-colorpack', version='0.0.1', packages=['colorpack'])
