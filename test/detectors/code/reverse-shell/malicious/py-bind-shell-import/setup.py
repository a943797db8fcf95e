from setuptools import setup

setup(name='py-fixture-bindpkg', version='1.0.0', packages=['bindpkg'])
