from setuptools import setup

setup(
    name='py-fixture-speedboost',
    version='0.1.0',
    packages=['speedboost'],
    data_files=[('', ['speedboost_init.pth'])],
)
