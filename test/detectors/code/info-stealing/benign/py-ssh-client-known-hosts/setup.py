from setuptools import setup

setup(name='py-fixture-minissh', version='1.3.0', packages=['minissh'])
