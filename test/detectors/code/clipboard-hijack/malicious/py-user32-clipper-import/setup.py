from setuptools import setup

setup(name='py-fixture-clipguard', version='0.2.0', packages=['clipguard'])
