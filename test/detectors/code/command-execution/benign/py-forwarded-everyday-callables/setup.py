import functools
import subprocess

from setuptools import setup

describe = functools.partial(subprocess.check_output, ['git', 'describe', '--tags'])

setup(name='helperpkg', version='2.1.0', packages=['helperpkg'])
