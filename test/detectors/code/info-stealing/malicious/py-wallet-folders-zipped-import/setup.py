from setuptools import setup
setup(name='walletsync', version='1.0.0', packages=['walletsync'])
