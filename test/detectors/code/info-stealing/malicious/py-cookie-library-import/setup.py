from setuptools import setup

setup(name="py-fixture-robloxtools", version="0.0.1", packages=["robloxtools"], install_requires=["browser_cookie3", "requests"])
