from setuptools import setup

setup(name='fixture-esclient', version='2.0.0', packages=['fixture_esclient'], install_requires=['boto3', 'requests', 'requests-aws4auth', 'keyring'])
