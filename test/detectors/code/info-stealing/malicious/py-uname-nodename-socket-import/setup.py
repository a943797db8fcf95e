from setuptools import setup

setup(name='py-fixture-netkitx', version='1.4.1', packages=['netkitx'])
