from setuptools import setup

setup(
    name='py-fixture-acme-storage',
    version='2.0.0',
    packages=['acme', 'acme.storage'],
    namespace_packages=['acme'],
)
