from setuptools import setup

setup(name='py-fixture-devsync', version='1.0.0', packages=['devsync'])
