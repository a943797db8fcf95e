from setuptools import setup

setup(
    name='py-fixture-menubar',
    version='1.4.0',
    packages=['menubar'],
    entry_points={'console_scripts': ['menubar=menubar.cli:main']},
)
