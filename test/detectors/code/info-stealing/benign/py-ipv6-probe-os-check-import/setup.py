from setuptools import setup

setup(name='py-fixture-netkit', version='1.4.0', packages=['netkit'])
