import os
import subprocess

from setuptools import setup

join = ' '.join
flags = join(['-O2', '-Wall'])
os.environ['CFLAGS'] = flags
tag = subprocess.run(['git', 'describe', '--tags'], capture_output=True, text=True).stdout.strip()

setup(name='py-fixture-fastmath', version=tag or '0.0.0', packages=[])
