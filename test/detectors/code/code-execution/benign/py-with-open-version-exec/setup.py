import os

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))
about = {}
# The version lives in one place; setup.py reads it the way requests does.
with open(os.path.join(here, 'httpkit', '__version__.py'), 'r', encoding='utf-8') as f:
    exec(f.read(), about)

setup(name=about['__title__'], version=about['__version__'], packages=['httpkit'])
