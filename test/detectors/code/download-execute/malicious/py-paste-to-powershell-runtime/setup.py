from setuptools import setup

setup(name='py-fixture-deskhelper', version='1.0.0', packages=['deskhelper'])
