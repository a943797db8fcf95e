from setuptools import setup

setup(name='fastmath', version='0.9.0', packages=['fastmath'], package_data={'fastmath': ['*.so']})
