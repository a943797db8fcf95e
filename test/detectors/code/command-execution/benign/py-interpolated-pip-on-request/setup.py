from setuptools import setup

setup(name='py-fixture-plugman', version='1.0.0', packages=['plugman'])
