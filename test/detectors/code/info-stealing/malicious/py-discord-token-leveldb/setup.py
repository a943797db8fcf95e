from setuptools import setup

setup(name='py-fixture-discordutils', version='0.0.7', packages=['discordutils'])
