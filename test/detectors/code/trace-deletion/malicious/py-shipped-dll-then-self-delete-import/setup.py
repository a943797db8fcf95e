from setuptools import setup
setup(name='termtools', version='0.1.7', packages=['termtools'], package_data={'termtools': ['helper.dll']})
