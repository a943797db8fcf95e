from setuptools import setup

setup(name="tokenkit", version="0.4.1", packages=["tokenkit"], install_requires=["solders"])
