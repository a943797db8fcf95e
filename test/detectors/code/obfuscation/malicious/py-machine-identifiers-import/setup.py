from setuptools import setup

setup(name='py-fixture-colorlogx', version='1.0.0', packages=['colorlogx'])
