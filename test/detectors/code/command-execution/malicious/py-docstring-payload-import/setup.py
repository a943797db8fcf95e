from setuptools import setup

setup(name="docpkg", version="1.0", packages=["docpkg"])
