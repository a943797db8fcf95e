from setuptools import setup

setup(name="relkit", version="1.0.0", packages=["relkit"], install_requires=["requests"])
