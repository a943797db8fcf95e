from setuptools import setup

setup(name='py-fixture-ssrfscan', version='1.3.0', packages=['ssrfscan'])
