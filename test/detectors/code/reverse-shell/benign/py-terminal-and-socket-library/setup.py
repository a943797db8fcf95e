from setuptools import setup

setup(name='py-fixture-termkit', version='2.1.0', packages=['termkit'])
