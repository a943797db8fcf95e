from setuptools import setup

setup(name="py-fixture-internaltool", version="99.0.0", packages=["internaltool"])
