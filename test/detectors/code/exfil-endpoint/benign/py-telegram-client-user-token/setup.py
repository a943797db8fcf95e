from setuptools import setup

setup(name="py-fixture-tgnotify", version="2.0.0", packages=["tgnotify"])
