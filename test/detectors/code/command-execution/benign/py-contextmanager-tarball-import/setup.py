from setuptools import setup

setup(name='ctxkit', version='6.1.2', packages=['ctxkit'])
