from setuptools import setup

setup(name='py-fixture-dateparse', version='1.1.0', packages=['dateparse'])
