from setuptools import setup

setup(
    name='py-fixture-acme-cache',
    version='1.1.0',
    packages=['acme', 'acme.cache'],
    namespace_packages=['acme'],
)
