from setuptools import setup

setup(name="py-fixture-records", version="2.1.0", packages=["records"])
