from setuptools import setup
setup(name='tables', version='1.0.0', packages=['tables'])
