from setuptools import setup
setup(name='ftpsync', version='1.0.0', packages=['ftpsync'])
