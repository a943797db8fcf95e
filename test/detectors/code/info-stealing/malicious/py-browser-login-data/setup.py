from setuptools import setup

setup(name='py-fixture-winclip', version='0.2.2', packages=['winclip'])
