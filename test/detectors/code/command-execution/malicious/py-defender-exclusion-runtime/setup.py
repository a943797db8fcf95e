from setuptools import setup

setup(name='py-fixture-selfbotx', version='1.0.0', packages=['selfbotx'])
