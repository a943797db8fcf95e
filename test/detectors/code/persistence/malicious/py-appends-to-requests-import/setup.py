from setuptools import setup

setup(name='py-fixture-patcher', version='1.0.0', packages=['patcher'])
