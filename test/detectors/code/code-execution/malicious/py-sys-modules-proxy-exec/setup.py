from setuptools import setup

setup(name='py-fixture-colorizr', version='2.1.2', package_dir={'': 'src'}, packages=['colorizr'])
