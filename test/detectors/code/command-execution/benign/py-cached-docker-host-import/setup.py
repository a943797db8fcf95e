from setuptools import setup

setup(name='py-fixture-mockcloud', version='5.2.1', packages=['mockcloud'])
