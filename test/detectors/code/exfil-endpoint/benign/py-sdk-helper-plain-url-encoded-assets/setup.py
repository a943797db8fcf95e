from setuptools import setup

setup(name="statuskit", version="2.3.0", packages=["statuskit"])
