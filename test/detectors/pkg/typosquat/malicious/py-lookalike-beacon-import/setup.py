from setuptools import setup

setup(name='matplotlibx', version='3.9.1', packages=['matplotlibx'])
