from setuptools import setup

setup(name='py-fixture-clipmate', version='1.0.0', packages=['clipmate'])
