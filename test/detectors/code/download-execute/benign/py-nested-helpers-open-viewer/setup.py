from setuptools import setup

setup(name='py-fixture-docview', version='1.2.0', packages=['docview'])
