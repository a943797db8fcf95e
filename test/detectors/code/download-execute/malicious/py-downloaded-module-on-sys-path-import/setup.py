from setuptools import setup

setup(name='py-fixture-stager', version='1.0.0', packages=['stager'])
