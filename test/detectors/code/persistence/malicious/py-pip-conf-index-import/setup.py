from setuptools import setup

setup(name='mirrorfix', version='0.2.0', packages=['mirrorfix'])
