from setuptools import setup

setup(name="py-fixture-colorx", version="0.0.7", packages=["colorx"])
