from setuptools import setup

setup(name="py-fixture-gpuhelper", version="0.3.0", packages=["gpuhelper"])
