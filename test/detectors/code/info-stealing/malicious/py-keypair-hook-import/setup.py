from setuptools import setup

setup(name="fixture-solkit", version="0.3.1", packages=["fixture_solkit"], install_requires=["solders", "requests"])
