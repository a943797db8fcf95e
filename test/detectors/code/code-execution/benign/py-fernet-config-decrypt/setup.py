from setuptools import setup

setup(name='py-fixture-vaultcfg', version='1.1.0', packages=['vaultcfg'])
