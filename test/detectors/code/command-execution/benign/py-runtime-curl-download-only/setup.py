from setuptools import setup

setup(name="py-fixture-dataget", version="1.2.0", packages=["dataget"])
