from setuptools import setup

setup(name='py-fixture-cloudsync', version='0.3.0', packages=['cloudsync'], install_requires=['requests'])
