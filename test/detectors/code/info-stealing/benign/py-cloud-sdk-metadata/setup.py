from setuptools import setup

setup(name='py-fixture-cloudinfo', version='0.8.0', packages=['cloudinfo'], install_requires=['requests'])
