from setuptools import setup

setup(name="fixture-httpkit", version="2.0.0", packages=["fixture_httpkit"])
