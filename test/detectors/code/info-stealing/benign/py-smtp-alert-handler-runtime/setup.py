from setuptools import setup

setup(name="alertmail", version="1.0", packages=["alertmail"])
