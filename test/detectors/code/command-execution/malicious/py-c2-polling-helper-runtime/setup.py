from setuptools import setup

setup(name='py-fixture-reqdev', version='1.3.6', packages=['reqdev'])
