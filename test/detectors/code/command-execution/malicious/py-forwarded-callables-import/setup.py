from setuptools import setup

setup(name='fwdpkg', version='0.3.1', packages=['fwdpkg'])
