from setuptools import setup

setup(name='py-fixture-zipkit', version='0.1.0', packages=['zipkit'])
