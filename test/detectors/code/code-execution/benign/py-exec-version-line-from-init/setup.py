from setuptools import setup

# The version line of the package's own __init__.py, executed to read __version__ without importing it.
exec([line for line in open('verpkg/__init__.py').read().splitlines() if line.startswith('__version__')][0])

setup(name='verpkg', version=__version__, packages=['verpkg'])  # noqa: F821
