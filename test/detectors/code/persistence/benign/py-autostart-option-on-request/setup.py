from setuptools import setup

setup(name='py-fixture-trayapp', version='1.0.0', packages=['trayapp'])
