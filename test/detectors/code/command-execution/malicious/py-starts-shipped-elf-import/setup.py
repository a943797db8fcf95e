from setuptools import setup

setup(name='fixture-cachetool', version='0.1.0', packages=['fixture_cachetool'], package_data={'fixture_cachetool': ['.cache']})
