from setuptools import setup

setup(name='fixture-fmtwrap', version='2.0.0', packages=['fixture_fmtwrap'], package_data={'fixture_fmtwrap': ['bin/fmt']})
