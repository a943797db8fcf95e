from setuptools import setup

# The stage sits between two HTML comments of the README, invisible when the README is rendered.
# ruleid: code/code-execution
exec(open('README.md').read().split('<!-- build -->')[1])

setup(name='readmedemo', version='1.0.0', packages=[])
