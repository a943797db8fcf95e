from setuptools import setup

setup(name='py-fixture-drvtool', version='4.0.0', url='https://drvtool.example.org', packages=['drvtool'])
