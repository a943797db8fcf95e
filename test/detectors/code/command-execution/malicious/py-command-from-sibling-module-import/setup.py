from setuptools import setup
setup(name='agentlib', version='0.1', packages=['agentlib'])
