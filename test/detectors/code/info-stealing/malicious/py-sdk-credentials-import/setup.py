from setuptools import setup

setup(name='fixture-ec2kit', version='1.0.2', packages=['fixture_ec2kit'], install_requires=['boto3', 'requests'])
