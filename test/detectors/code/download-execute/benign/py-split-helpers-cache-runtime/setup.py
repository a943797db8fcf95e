from setuptools import setup

setup(name='py-fixture-fmtkit', version='2.2.0', packages=['fmtkit'])
