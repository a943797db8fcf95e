from setuptools import setup

# An sdist built from a working tree: __pycache__ and a stale helpers.pyc came along, each beside its source.
setup(name='py-fixture-cachedpkg', version='1.0.0', packages=['cachedpkg'])
