from setuptools import setup

setup(name="cellrun", version="0.9.0", packages=["cellrun"])
