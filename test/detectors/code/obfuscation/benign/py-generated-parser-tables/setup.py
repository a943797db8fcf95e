from setuptools import setup

setup(name='py-fixture-tinycalc', version='0.7.0', packages=['tinycalc'])
