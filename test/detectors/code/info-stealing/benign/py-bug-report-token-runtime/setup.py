from setuptools import setup

setup(name='bugkit', version='3.1.0', packages=['bugkit'])
