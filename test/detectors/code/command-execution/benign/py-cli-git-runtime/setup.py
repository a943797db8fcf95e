from setuptools import setup

setup(
    name='py-fixture-gitstat',
    version='0.9.0',
    packages=['gitstat'],
    entry_points={'console_scripts': ['gitstat=gitstat.cli:main']},
)
