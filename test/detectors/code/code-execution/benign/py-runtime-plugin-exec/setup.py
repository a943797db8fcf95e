from setuptools import setup

setup(name='py-fixture-configpy', version='0.5.0', packages=['configpy'])
