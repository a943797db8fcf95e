from setuptools import setup
setup(name='modelpkg', version='1.0.0', packages=['modelpkg'], package_data={'modelpkg': ['weights/*.bin']})
