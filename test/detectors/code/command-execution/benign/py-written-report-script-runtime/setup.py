from setuptools import setup

setup(name='py-fixture-winreport', version='0.5.0', packages=['winreport'])
