from setuptools import setup

setup(name='py-fixture-colorlogz', version='0.1.0', packages=['colorlogz'])
