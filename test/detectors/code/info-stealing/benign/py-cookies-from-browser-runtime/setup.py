from setuptools import setup

setup(name='mediadl', version='2026.8.19', packages=['mediadl'])
