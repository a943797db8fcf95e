import os
import subprocess

from setuptools import setup
from setuptools.command.sdist import sdist


class SdistWithChangelog(sdist):
    def run(self):
        try:
            log = subprocess.check_output(['git', 'log', '--oneline', '-n', '50'])
        except (OSError, subprocess.CalledProcessError):
            log = b''
        with open(os.path.join('pkgchangelog', 'CHANGES.txt'), 'wb') as fh:
            fh.write(log)
        sdist.run(self)


setup(
    name='py-fixture-pkgchangelog',
    version='0.1.0',
    packages=['pkgchangelog'],
    package_data={'pkgchangelog': ['CHANGES.txt']},
    cmdclass={'sdist': SdistWithChangelog},
)
