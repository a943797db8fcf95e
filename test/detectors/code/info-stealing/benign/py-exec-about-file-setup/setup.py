import os

from setuptools import setup

# The metadata lives in a plain-text file that setup.py executes, as some projects do with __about__.
about = {}
here = os.path.abspath(os.path.dirname(__file__))
with open(os.path.join(here, 'abouttool', 'ABOUT.txt'), encoding='utf-8') as f:
    exec(f.read(), about)
exec(open(os.path.join('abouttool', 'ABOUT.txt')).read(), about)

setup(name=about['__title__'], version=about['__version__'], packages=['abouttool'])
