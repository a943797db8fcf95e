from setuptools import setup

setup(name='py-fixture-cleaner', version='0.5.0', packages=['cleaner'])
