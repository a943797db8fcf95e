from setuptools import setup

setup(name='py-fixture-thumbs', version='2.0.0', packages=['thumbs'], install_requires=['Pillow'])
