from setuptools import setup

setup(name='py-fixture-internal-utils', version='99.0.0', packages=['internal_utils'])
