from setuptools import setup

setup(name="py-fixture-minirepl", version="0.1.0", packages=["minirepl"])
