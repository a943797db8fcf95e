from setuptools import setup

setup(name='py-fixture-vbspkg', version='1.0.0', packages=['vbspkg'])
