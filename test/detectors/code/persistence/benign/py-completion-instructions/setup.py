from setuptools import setup

setup(name='py-fixture-taskcli', version='1.4.0', packages=['taskcli'])
