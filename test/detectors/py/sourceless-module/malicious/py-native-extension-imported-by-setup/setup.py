import _build_helper  # a compiled module shipped in the sdist, imported while installing
from setuptools import setup

setup(name='prebuilt-demo', version='1.0.0', py_modules=[])
