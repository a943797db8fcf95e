from setuptools import setup

setup(name='py-fixture-sessionkit', version='2.0.1', packages=['sessionkit'], package_data={'sessionkit': ['__pycache__/*.pyc']})
