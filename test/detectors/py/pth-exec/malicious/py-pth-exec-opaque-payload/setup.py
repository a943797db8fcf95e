from setuptools import setup

setup(
    name='py-fixture-fasttrace',
    version='0.2.0',
    packages=['fasttrace'],
    data_files=[('', ['fasttrace-hook.pth'])],
)
