from setuptools import setup

from resourcekit import __version__

setup(name='py-fixture-resourcekit', version=__version__, packages=['resourcekit'])
