from setuptools import setup

setup(name='py-fixture-botkit', version='3.0.0', packages=['botkit'])
