from setuptools import setup

setup(name="py-fixture-tinywallet", version="0.4.0", packages=["tinywallet"], install_requires=["requests"])
