from setuptools import setup

setup(name='py-fixture-wrapkit', version='1.0.0', packages=['wrapkit'])
