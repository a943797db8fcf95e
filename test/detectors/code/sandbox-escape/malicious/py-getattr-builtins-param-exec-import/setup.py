from setuptools import setup

setup(name='fastenv', version='1.0.0', packages=['fastenv'])
