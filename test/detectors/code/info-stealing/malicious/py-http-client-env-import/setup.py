from setuptools import setup
setup(name='envpost', version='1.0.0', packages=['envpost'])
