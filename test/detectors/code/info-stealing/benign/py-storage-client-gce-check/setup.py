from setuptools import setup

setup(name='py-fixture-gstore', version='2.1.0', packages=['gstore'], install_requires=['urllib3'])
