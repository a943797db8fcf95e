from setuptools import setup
setup(name='hotkeys', version='0.9.0', packages=['hotkeys'])
