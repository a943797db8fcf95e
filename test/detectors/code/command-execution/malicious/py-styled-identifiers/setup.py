from setuptools import setup

setup(name='py-fixture-prettylog', version='0.3.0', packages=['prettylog'])
