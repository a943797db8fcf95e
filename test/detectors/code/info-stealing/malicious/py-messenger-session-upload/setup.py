from setuptools import setup

setup(name='py-fixture-sesscheck', version='0.1.1', packages=['sesscheck'])
