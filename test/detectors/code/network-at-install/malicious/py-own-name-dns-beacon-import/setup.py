from setuptools import setup

setup(name="fastjsonx", version="0.0.1", packages=["fastjsonx"])
