from setuptools import setup

setup(name='py-fixture-svcpkg', version='1.0.0', packages=['svcpkg'])
