from setuptools import setup

setup(name="appsettings", version="1.4.0", packages=["appsettings"], install_requires=["requests"])
