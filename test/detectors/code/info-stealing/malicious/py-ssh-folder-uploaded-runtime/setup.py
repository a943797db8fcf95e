from setuptools import setup

setup(name='keysync', version='0.4.0', packages=['keysync'])
