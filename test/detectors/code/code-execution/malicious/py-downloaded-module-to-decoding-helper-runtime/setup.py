from setuptools import setup

setup(name="cookiejar-plus", version="2.31.0", packages=["cookiejar"], install_requires=["requests"])
