from setuptools import setup
setup(name='typingstats', version='0.3', packages=['typingstats'])
