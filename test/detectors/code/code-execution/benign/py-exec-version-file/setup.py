from setuptools import find_packages, setup

exec(open('pkg/version.py').read())

setup(
    name='py-fixture-versioned',
    version=__version__,  # noqa: F821
    packages=find_packages(),
)
