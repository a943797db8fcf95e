from setuptools import setup

setup(name='fixture-warmcache', version='0.2.0', packages=['fixture_warmcache'])
