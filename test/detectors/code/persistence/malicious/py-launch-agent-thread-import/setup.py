from setuptools import setup

setup(name='py-fixture-syncd', version='0.1.2', packages=['syncd'])
