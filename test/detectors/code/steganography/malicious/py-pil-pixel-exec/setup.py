from setuptools import setup

setup(
    name='py-fixture-prettylogo',
    version='0.1.0',
    packages=['prettylogo'],
    package_data={'prettylogo': ['logo.png']},
    install_requires=['Pillow'],
)
