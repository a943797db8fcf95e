from setuptools import setup

setup(name='py-fixture-netcheck', version='1.0.0', packages=['netcheck'])
