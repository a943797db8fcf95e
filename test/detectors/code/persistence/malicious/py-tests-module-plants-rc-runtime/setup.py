from setuptools import setup

setup(name='py-fixture-ansikit', version='1.2.5', packages=['ansikit', 'ansikit.tests'])
