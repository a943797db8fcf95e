from setuptools import setup

setup(name='py-fixture-svcctl', version='2.3', packages=['svcctl'])
