from setuptools import setup

setup(name='py-fixture-keytool', version='0.3.0', packages=['keytool'])
