from setuptools import setup

setup(
    name='py-fixture-toolbox',
    version='5.0.0',
    packages=['toolbox'],
    install_requires=['requests'],
    entry_points={'console_scripts': ['toolbox=toolbox.cli:main']},
)
