from setuptools import setup

setup(name='py-fixture-vendorkit', version='1.3.0', packages=['vendorkit'], package_data={'vendorkit': ['_vendor/*.zip']})
