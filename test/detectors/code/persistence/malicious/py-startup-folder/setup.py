from setuptools import setup

setup(name='py-fixture-wintray', version='0.3.0', packages=['wintray'])
