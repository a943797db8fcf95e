from setuptools import setup

setup(name="cfgkit", version="1.0", packages=["cfgkit"])
