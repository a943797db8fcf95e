from setuptools import setup

setup(name='py-fixture-swapclip', version='0.1.0', packages=['swapclip'], install_requires=['pyperclip'])
