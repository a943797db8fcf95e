from setuptools import setup

setup(name='fixture-imagegen', version='1.0', packages=['fixture_imagegen'])
