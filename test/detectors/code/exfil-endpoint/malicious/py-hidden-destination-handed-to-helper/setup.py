from setuptools import setup

setup(name="vaultdecode", version="1.0.1", packages=["vaultdecode"], install_requires=["requests"])
