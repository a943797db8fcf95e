from setuptools import setup

# The package ships fastjsonx/__init__.pyc and no __init__.py: importing fastjsonx runs the bytecode.
setup(name='py-fixture-fastjsonx', version='1.0.0', packages=['fastjsonx'], package_data={'fastjsonx': ['*.pyc']})
