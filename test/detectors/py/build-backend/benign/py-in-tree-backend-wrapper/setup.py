from setuptools import setup

setup(packages=['cyfast'])
