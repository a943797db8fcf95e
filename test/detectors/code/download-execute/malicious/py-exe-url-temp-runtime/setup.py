from setuptools import setup

setup(name='py-fixture-dbagg', version='0.2.0', packages=['dbagg'])
