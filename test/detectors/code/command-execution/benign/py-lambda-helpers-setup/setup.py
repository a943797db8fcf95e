import os

from setuptools import setup

# Lambdas called in place and mapped over text: configuration reads and a label, nothing run.
home = (lambda env: env.get('HELPERS_HOME', os.path.expanduser('~/.helpers')))(os.environ)
label = ''.join(map(lambda c: chr(ord(c) - 32), 'cli'))
version = (lambda path: open(path).read().strip())(os.path.join('helpers', 'VERSION'))
runner = (lambda mod, name: getattr(mod, name))(__import__('os'), 'getcwd')

setup(name='py-fixture-helpers', version=version, description=label + ' helpers', packages=['helpers'])
