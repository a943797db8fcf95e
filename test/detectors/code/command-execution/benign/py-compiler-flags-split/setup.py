from setuptools import setup

setup(name="py-fixture-poolbuild", version="0.3.0", packages=["poolbuild"])
