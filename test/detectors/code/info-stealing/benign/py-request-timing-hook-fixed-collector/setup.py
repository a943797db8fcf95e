from setuptools import setup

setup(name="reqtiming", version="0.3.0", packages=["reqtiming"], install_requires=["requests"])
