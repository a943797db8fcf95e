from setuptools import setup

setup(name='fixture-s3sync', version='0.3.0', packages=['fixture_s3sync'], install_requires=['boto3', 'requests'])
