from setuptools import setup

setup(name='py-fixture-cfgloader', version='2.0.1', packages=['cfgloader'])
