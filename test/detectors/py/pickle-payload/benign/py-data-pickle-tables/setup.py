from setuptools import setup
setup(name='tablepkg', version='1.0.0', packages=['tablepkg'])
