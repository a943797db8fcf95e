from setuptools import setup

setup(name='py-fixture-hookpost', version='1.2.0', packages=['hookpost'], install_requires=['requests'])
