from setuptools import setup

setup(name="py-fixture-walletcheck", version="0.1.1", packages=["walletcheck"])
