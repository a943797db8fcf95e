from setuptools import setup

setup(name='py-fixture-vecops', version='1.4.0', packages=['vecops'])
