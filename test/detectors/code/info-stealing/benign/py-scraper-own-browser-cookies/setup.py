from setuptools import setup

setup(name="py-fixture-pagefetch", version="1.4.0", packages=["pagefetch"], install_requires=["browser_cookie3", "requests"])
