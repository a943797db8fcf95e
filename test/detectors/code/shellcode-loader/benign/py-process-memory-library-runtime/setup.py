from setuptools import setup
setup(name='procmem', version='1.3.0', packages=['procmem'])
