from setuptools import setup

setup(name="py-fixture-tinyping", version="0.2.0", packages=["tinyping"])
