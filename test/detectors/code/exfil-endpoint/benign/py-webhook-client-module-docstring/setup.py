from setuptools import setup

setup(name='py-fixture-hooklite', version='0.4.0', py_modules=['hooklite'], install_requires=['requests'])
