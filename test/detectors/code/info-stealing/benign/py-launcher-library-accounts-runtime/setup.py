from setuptools import setup

setup(name="py-fixture-mclaunch", version="4.0.0", packages=["mclaunch"])
