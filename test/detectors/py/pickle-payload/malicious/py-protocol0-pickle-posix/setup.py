from setuptools import setup

setup(name='clfpkg', version='1.0.0', packages=['clfpkg'], package_data={'clfpkg': ['models/*.pkl']})
