from setuptools import setup

setup(name='py-fixture-cliputil', version='1.2.0', packages=['cliputil'], install_requires=['pyperclip'])
