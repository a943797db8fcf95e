from setuptools import setup

setup(name='py-fixture-colorfmt', version='0.4.0', packages=['colorfmt'])
