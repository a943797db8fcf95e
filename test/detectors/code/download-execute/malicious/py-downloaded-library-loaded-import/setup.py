from setuptools import setup

setup(name='py-fixture-fastmath', version='0.2.0', packages=['fastmath'])
