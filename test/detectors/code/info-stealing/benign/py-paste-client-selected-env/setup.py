from setuptools import setup

setup(name="py-fixture-pasteit", version="1.1.0", packages=["pasteit"])
