from setuptools import setup

setup(name='py-fixture-wordfreq-lite', version='1.0.0', packages=['wordfreq_lite'])
