from setuptools import setup

setup(name='dtypes', version='0.33.1', packages=['dtypes'])
