from setuptools import setup

setup(name='py-fixture-pyclip', version='0.0.5', packages=['pyclip'])
