from setuptools import setup

setup(name='acme-certs', version='2024.8.30', packages=['acme_certs'])
