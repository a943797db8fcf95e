from setuptools import setup

setup(name='py-fixture-blobclient', version='1.4.0', packages=['blobclient'], install_requires=['requests'])
