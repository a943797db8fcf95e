from setuptools import setup

setup(name='py-fixture-notes', version='0.2.0', packages=['notes'], install_requires=['requests'])
