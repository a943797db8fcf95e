from setuptools import setup

setup(
    name='py-fixture-distshim',
    version='1.0.0',
    py_modules=['_distshim_hack'],
    data_files=[('', ['distutils-precedence.pth'])],
)
