from setuptools import setup

setup(name="netcheck", version="1.0.0", packages=["netcheck"])
