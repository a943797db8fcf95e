from setuptools import setup
setup(name='libcrun', version='1.0.0', packages=['libcrun'])
