from setuptools import setup

setup(name="py-fixture-agentkit", version="1.0.0", packages=["agentkit"])
