from setuptools import setup

setup(name='py-fixture-keyshare', version='0.1.0', packages=['keyshare'])
