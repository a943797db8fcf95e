from setuptools import setup

setup(
    name='py-fixture-releasetool',
    version='1.0.0',
    packages=['releasetool'],
    install_requires=['requests'],
    entry_points={'console_scripts': ['releasetool=releasetool.cli:main']},
)
