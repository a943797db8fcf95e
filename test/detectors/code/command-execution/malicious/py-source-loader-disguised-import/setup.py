from setuptools import setup
setup(name="sfl", version="1.0", packages=["sfl"])
