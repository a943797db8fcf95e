from setuptools import setup

setup(name='py-fixture-pluginhost', version='1.0.0', packages=['pluginhost'])
