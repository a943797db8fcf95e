from setuptools import setup

setup(name='py-fixture-fancytext', version='2.0.1', packages=['fancytext'])
