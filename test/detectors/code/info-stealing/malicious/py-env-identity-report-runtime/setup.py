from setuptools import setup

setup(name='py-fixture-mlcnightly', version='99.99.103', py_modules=['mlcx'])
