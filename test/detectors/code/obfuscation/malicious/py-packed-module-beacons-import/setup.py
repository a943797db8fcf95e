from setuptools import setup

setup(name="py-fixture-quickhex", version="0.1.0", packages=["quickhex"])
