from setuptools import setup

setup(name='py-fixture-mathplus', version='0.1.1', packages=['mathplus'], install_requires=['requests'])
