import os
from setuptools import setup

# A setup.py reading its own version: the module name is a plain constant, so this is an ordinary
# import of the package being installed, not a hidden one.
PACKAGE = "selfver"
VERSION = __import__(PACKAGE).__version__

setup(name=PACKAGE, version=VERSION, packages=[PACKAGE])
