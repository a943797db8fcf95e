from setuptools import setup

setup(name="ctxmap", version="0.2.2", packages=["ctxmap"], install_requires=["requests"])
