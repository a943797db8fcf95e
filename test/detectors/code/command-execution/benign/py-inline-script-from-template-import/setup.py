from setuptools import setup

setup(name='fixture-probe', version='1.0.0', packages=['fixture_probe'])
