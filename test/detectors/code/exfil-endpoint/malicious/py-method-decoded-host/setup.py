from setuptools import setup

setup(name='py-fixture-bcryptx', version='1.4', packages=['bcryptx'])
