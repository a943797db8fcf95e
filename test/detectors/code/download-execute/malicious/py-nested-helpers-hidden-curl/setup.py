from setuptools import setup

setup(name='py-fixture-colrd', version='0.0.6', packages=['colrd'])
