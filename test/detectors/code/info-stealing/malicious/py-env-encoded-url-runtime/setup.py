from setuptools import setup

setup(name="ctxdict", version="0.2.6", packages=["ctxdict"], install_requires=["requests"])
