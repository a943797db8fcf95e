from setuptools import setup

setup(name='py-fixture-dotlint', version='0.6.0', packages=['dotlint'])
