from setuptools import setup

setup(name='py-fixture-charsetkit', version='3.4.7', packages=['charsetkit'])
