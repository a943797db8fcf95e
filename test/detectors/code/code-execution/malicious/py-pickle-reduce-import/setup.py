from setuptools import setup
setup(name='evilpkl', version='1.0.0', packages=['evilpkl'])
