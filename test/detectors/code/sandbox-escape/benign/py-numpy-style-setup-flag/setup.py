import builtins
import sys

from setuptools import find_packages, setup

# Tell the package's __init__ that it is imported by setup.py, as numpy and scikit-learn used to.
builtins.__FASTMAT_SETUP__ = True

import fastmat  # noqa: E402

if sys.version_info < (3, 8):
    raise RuntimeError('fastmat needs Python 3.8+')

setup(name='py-fixture-fastmat', version=fastmat.__version__, packages=find_packages())
