from setuptools import setup

setup(name="py-fixture-mcstats", version="1.0.3", packages=["mcstats"])
