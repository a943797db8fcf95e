from setuptools import setup

setup(name='py-fixture-ycolor', version='0.4.6', packages=['ycolor'])
