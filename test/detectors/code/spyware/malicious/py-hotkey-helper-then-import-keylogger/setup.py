from setuptools import setup

setup(name='hotkeys', version='1.0.0', packages=['hotkeys'])
