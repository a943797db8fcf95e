from setuptools import setup

setup(name='py-fixture-fakedata', version='3.2.0', packages=['fakedata', 'fakedata.providers'])
