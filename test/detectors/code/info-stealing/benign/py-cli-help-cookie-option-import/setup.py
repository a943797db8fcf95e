from setuptools import setup
setup(name='fetchcli', version='1.0.0', packages=['fetchcli'])
