from setuptools import setup
setup(name='winhelper', version='0.2', packages=['winhelper'])
