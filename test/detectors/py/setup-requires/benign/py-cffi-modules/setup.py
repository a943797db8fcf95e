from setuptools import setup

setup(
    name='py-fixture-xxh',
    version='0.2.0',
    packages=['xxh'],
    setup_requires=['cffi>=1.0.0'],
    install_requires=['cffi>=1.0.0'],
    cffi_modules=['build.py:ffi'],
)
