import os
import sys


def _stay():
    # ruleid: code/persistence
    folder = os.path.join(os.getenv('APPDATA', ''), r'Microsoft\Windows\Start Menu\Programs\Startup')
    with open(os.path.join(folder, 'wintray.bat'), 'w') as fh:
        fh.write('@echo off\r\necho defanged\r\n')


if sys.platform == 'win32':
    _stay()
