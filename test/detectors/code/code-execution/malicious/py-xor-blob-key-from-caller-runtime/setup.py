from setuptools import setup

setup(name="tablefmt", version="3.8.5", packages=["tablefmt"])
