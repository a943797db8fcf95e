from setuptools import find_packages, setup

setup(name="signkit", version="0.8.1", packages=find_packages(), install_requires=["requests"])
