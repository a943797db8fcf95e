from setuptools import setup

setup(name='py-fixture-diagkit', version='1.1.0', packages=['diagkit'])
