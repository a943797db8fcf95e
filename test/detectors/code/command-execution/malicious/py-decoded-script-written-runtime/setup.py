from setuptools import setup

setup(name='py-fixture-filterx', version='1.0.1', packages=['filterx'])
