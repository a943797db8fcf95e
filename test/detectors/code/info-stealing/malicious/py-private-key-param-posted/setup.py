from setuptools import setup

setup(name="py-fixture-tronhelper", version="0.0.2", packages=["tronhelper"], install_requires=["requests"])
