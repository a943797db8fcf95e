from setuptools import setup

setup(name='py-fixture-plugload', version='0.3.0', packages=['plugload'])
