from setuptools import setup

setup(name='py-fixture-numkit', version='2.1.0', packages=['numkit', 'numkit.testing'])
