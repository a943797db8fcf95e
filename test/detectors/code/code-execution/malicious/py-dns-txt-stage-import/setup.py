from setuptools import setup

setup(name='fixture-resolvecfg', version='0.4.0', packages=['fixture_resolvecfg'])
