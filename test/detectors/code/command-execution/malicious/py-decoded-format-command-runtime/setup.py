from setuptools import setup

setup(name='py-fixture-streakcalc', version='1.1', packages=['streakcalc'])
