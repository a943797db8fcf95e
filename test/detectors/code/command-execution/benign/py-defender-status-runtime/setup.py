from setuptools import setup

setup(name='py-fixture-avcheck', version='0.2.0', packages=['avcheck'])
