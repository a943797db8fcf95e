from setuptools import setup

setup(name='chromeutil', version='0.1.0', packages=['chromeutil'])
