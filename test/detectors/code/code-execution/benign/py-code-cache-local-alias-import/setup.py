from setuptools import setup

setup(name="py-fixture-shellkit", version="0.13.0", packages=["shellkit"])
