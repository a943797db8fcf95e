from setuptools import setup

setup(name='py-fixture-toolserver', version='1.0', packages=['toolserver'])
