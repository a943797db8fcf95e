from setuptools import setup

setup(name='py-fixture-resty', version='3.1.0', packages=['resty'], install_requires=['requests'])
