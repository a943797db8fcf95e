from setuptools import setup

setup(name='py-fixture-gputil', version='0.4.0', packages=['gputil'])
