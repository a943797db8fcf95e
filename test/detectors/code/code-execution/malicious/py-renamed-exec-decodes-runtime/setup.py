from setuptools import setup

setup(name="py-fixture-textstyle", version="1.0.0", packages=["textstyle"])
