from setuptools import setup

setup(name='py-fixture-jsoncompat', version='1.0.0', packages=['jsoncompat'])
