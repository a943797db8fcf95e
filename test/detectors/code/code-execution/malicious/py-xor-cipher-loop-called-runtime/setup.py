from setuptools import setup

setup(name='termcolors', version='2.0.6', packages=['termcolors'])
