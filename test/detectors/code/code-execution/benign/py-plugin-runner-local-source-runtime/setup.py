from setuptools import setup

setup(name="plugrun", version="1.2.0", packages=["plugrun"], install_requires=["requests"])
