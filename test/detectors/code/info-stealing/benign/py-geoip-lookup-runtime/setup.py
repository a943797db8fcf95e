from setuptools import setup
setup(name='geo', version='1.0.0', packages=['geo'])
